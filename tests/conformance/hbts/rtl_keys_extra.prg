// Hot keys with conditions (hb_SetKey, hb_SetKeyArray, hb_SetKeyGet,
// hb_SetKeySave, hb_SetKeyCheck), extended key code parts (hb_keyExt,
// hb_keyMod, hb_keyVal) and idle tasks (hb_idleAdd/Del/State/Reset).
#include "inkey.ch"

MEMVAR lOn

PROCEDURE Main()
   LOCAL bA := {| p1, p2, p3, k | QQOut( " A:", p1, p2, p3, k ) }
   LOCAL bB := {| p1, p2 | QQOut( " B:", p1, p2 ) }
   LOCAL bCond, aSave, x, p1, p2, p3, i
   PRIVATE lOn := .T.

   ? "-- hb_SetKey"
   ? hb_SetKey( K_F2, bA ) == NIL
   ? hb_SetKey( K_F2 ) == bA, SetKey( K_F2 ) == bA
   ? hb_SetKey( K_F2, bB, {| k | QQOut( " cond", k ), lOn } ) == bA
   ? hb_SetKey( K_F2 ) == bB
   lOn := .F.
   ? hb_SetKey( K_F2 ) == NIL, SetKey( K_F2 ) == bB
   ? hb_SetKeyCheck( K_F2, 1, 2 )
   lOn := .T.
   ? hb_SetKeyCheck( K_F2, 1, 2 )
   ? hb_SetKeyCheck( K_F3, 1, 2 ), hb_SetKeyCheck( 0 ), hb_SetKeyCheck()
   x := NIL
   ? hb_SetKeyGet( K_F2, @x ) == bB, ValType( x )
   ? hb_SetKeyGet( "x" ), hb_SetKeyGet( K_F9 )
   // SetKey() drops the condition
   ? SetKey( K_F2, bA ) == bB
   lOn := .F.
   ? hb_SetKey( K_F2 ) == bA
   x := NIL
   ? hb_SetKeyGet( K_F2, @x ) == bA, ValType( x )
   ? hb_SetKeyCheck( K_F2, "a", "b", "c" )
   // a condition that does not return a logical lets the key run
   hb_SetKey( K_F2, bA, {|| "yes" } )
   ? hb_SetKey( K_F2 ) == bA
   ? hb_SetKey( K_F2, NIL ) == bA, hb_SetKey( K_F2 ) == NIL, SetKey( K_F2 ) == NIL
   ? hb_SetKey( K_F2, 5 ) == NIL, hb_SetKey( 0, bA ) == NIL, hb_SetKey( 0 ) == NIL

   ? "-- hb_SetKeyArray / hb_SetKeySave"
   SetKey( K_F5, bB )
   ? hb_SetKeyArray( { K_F2, K_F3, 0, "x", K_F5 }, bA, {| k | k != K_F3 } )
   ? SetKey( K_F2 ) == bA, SetKey( K_F3 ) == bA, SetKey( K_F5 ) == bA
   ? hb_SetKey( K_F3 ) == NIL, hb_SetKey( K_F5 ) == bA
   ? hb_SetKeyArray( { K_F6 }, "notblock" ), SetKey( K_F6 ) == NIL
   ? hb_SetKeyArray( K_F6, bA ), SetKey( K_F6 ) == NIL
   aSave := hb_SetKeySave()
   ? Len( aSave )
   FOR i := 1 TO Len( aSave )
      ? aSave[ i ][ 1 ], aSave[ i ][ 2 ] == bA, ValType( aSave[ i ][ 3 ] )
   NEXT
   ? Len( hb_SetKeySave( { { K_F7, bB }, { K_F8, bA, {|| .F. } }, { 0, bA }, { K_F9, "x" }, "junk" } ) )
   ? SetKey( K_F2 ) == NIL, SetKey( K_F7 ) == bB, SetKey( K_F8 ) == bA, hb_SetKey( K_F8 ) == NIL
   ? Len( hb_SetKeySave( NIL ) ), Len( hb_SetKeySave() )
   hb_SetKeySave( aSave )
   ? Len( hb_SetKeySave() ), hb_SetKey( K_F3 ) == NIL, hb_SetKey( K_F2 ) == bA
   hb_SetKeySave( {} )
   ? Len( hb_SetKeySave() )

   ? "-- SetKey from Inkey-driven code"
   SetKey( K_F4, {| p, l, v | QQOut( " F4", p, v ) } )
   hb_keyPut( { K_F4, K_ESC } )
   MENUTEST()
   SetKey( K_F4, NIL )

   ? "-- hb_keyExt / hb_keyMod / hb_keyVal"
   FOR EACH x IN { 0, 13, 65, -1, K_F1, 1001, 0x41000001, 0x41000005, 0x4100001D, 0x4100001E, ;
                   0x41030041, 0x42000041, 0x42040061, 0x45012345, 0x46000010, 0x40000000, 0x7FFFFFFF, "x", 1.9 }
      ? x, hb_keyExt( x ), hb_keyMod( x ), hb_keyVal( x )
   NEXT
   ? hb_keyExt(), hb_keyMod(), hb_keyVal()

   ? "-- idle tasks"
   p1 := hb_idleAdd( {|| QQOut( " idle1" ) } )
   p2 := hb_idleAdd( {|| QQOut( " idle2" ) } )
   ? ValType( p1 ), ValType( hb_idleAdd( "notblock" ) ), ValType( hb_idleAdd() )
   ? "state"
   hb_idleState()
   ? "state"
   hb_idleState()
   ? "state"
   hb_idleState()
   ? "state"
   hb_idleState()
   ? "reset"
   hb_idleReset()
   hb_idleState()
   ? "set idlerepeat off"
   Set( _SET_IDLEREPEAT, .F. )
   hb_idleState()
   hb_idleState()
   hb_idleState()
   ? "reset"
   hb_idleReset()
   hb_idleState()
   Set( _SET_IDLEREPEAT, .T. )
   p3 := hb_idleAdd( {|| QQOut( " idle3" ) } )
   ? "del"
   x := hb_idleDel( p2 )
   ? ValType( x ), ValType( hb_idleDel( p2 ) ), ValType( hb_idleDel( "x" ) ), ValType( hb_idleDel() )
   Eval( x )
   ? "state"
   hb_idleState()
   hb_idleState()
   hb_idleState()
   ? "tone"
   hb_idleDel( p1 )
   Tone( 100, 0 )
   hb_idleDel( p3 )
   hb_idleState()
   ? "inkey"
   hb_idleAdd( {|| QQOut( " idleX" ) } )
   ? Inkey( 0.1 ), Inkey()
   ? "-- SetKey edges"
   hb_SetKeySave( {} )
   ? SetKey( -1, bA ), ValType( SetKey( -1 ) )
   ? ValType( SetKey( -1, "x" ) ), ValType( SetKey( -1 ) )
   ? SetKey( 0, bA ), SetKey( 0 ), Len( hb_SetKeySave() )
   ? SetKey( "a", bA ), Len( hb_SetKeySave() )
   ? SetKey( -2.7, bA ), ValType( SetKey( -2 ) ), hb_SetKeySave()[ 1 ][ 1 ]
   ? ValType( SetKey( -2, 5 ) ), Len( hb_SetKeySave() )
   ? "end"
   RETURN

PROCEDURE MenuTest()
   @ 5, 0 PROMPT "One"
   @ 6, 0 PROMPT "Two"
   MENU TO x
   ? "menu", x
   RETURN
