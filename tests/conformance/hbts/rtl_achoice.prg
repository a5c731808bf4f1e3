// AChoice(): navigation keys, first letters, disabled items, scrolling,
// the user function's modes and answers, SetKey() inside it, and Do().
#include "inkey.ch"
#include "achoice.ch"

STATIC s_aWin := { 2, 10, 5, 20 }
STATIC s_aAnswers := {}

PROCEDURE Main()
   LOCAL a := { "Apple", "Banana", "Cherry", "Date", "Elder", "Fig", "Grape", "Hazel" }
   LOCAL aLong := {}, i, aSel, aDyn

   FOR i := 1 TO 20
      AAdd( aLong, "Item " + StrZero( i, 2 ) )
   NEXT

   ? "-- plain keys"
   Try( "enter", a, {} )
   Try( "down", a, { K_DOWN, K_DOWN } )
   Try( "up at top", a, { K_UP, K_UP } )
   Try( "esc", a, { K_DOWN, K_ESC } )
   Try( "left", a, { K_DOWN, K_LEFT } )
   Try( "right", a, { K_DOWN, K_RIGHT } )
   Try( "home", a, { K_DOWN, K_DOWN, K_HOME } )
   Try( "end", a, { K_END } )
   Try( "end end", a, { K_END, K_END } )
   Try( "pgdn", a, { K_PGDN } )
   Try( "pgdn x2", a, { K_PGDN, K_PGDN } )
   Try( "pgdn x3", a, { K_PGDN, K_PGDN, K_PGDN } )
   Try( "pgup", a, { K_END, K_PGUP } )
   Try( "pgup x2", a, { K_END, K_PGUP, K_PGUP } )
   Try( "ctrl-pgdn", a, { K_CTRL_PGDN } )
   Try( "ctrl-pgup", a, { K_CTRL_PGDN, K_CTRL_PGUP } )
   Try( "ctrl-end", a, { K_CTRL_END } )
   Try( "ctrl-home", a, { K_CTRL_END, K_DOWN, K_CTRL_HOME } )
   Try( "ctrl-end at last", a, { K_END, K_CTRL_END } )
   Try( "ctrl-home at first", a, { K_CTRL_HOME } )
   Try( "wheel", a, { K_MWBACKWARD, K_MWBACKWARD, K_MWFORWARD } )
   Try( "other key", a, { K_F5, K_TAB, K_DOWN } )

   ? "-- first letters"
   Try( "g", a, { Asc( "g" ) } )
   Try( "G", a, { Asc( "G" ) } )
   Try( "c d", a, { Asc( "c" ), Asc( "d" ) } )
   Try( "z", a, { Asc( "z" ) } )
   Try( "a wraps", a, { K_END, Asc( "a" ) } )
   Try( "same letter", { "Ab", "Ac", "Ad", "Bx", "Ae" }, { Asc( "a" ), Asc( "a" ), Asc( "a" ) } )
   Try( "wrap same", { "Ab", "Ac", "Bx", "Ae" }, { K_END, Asc( "a" ), Asc( "a" ) } )
   Try( "space", { "x", " y", "z" }, { Asc( " " ) } )

   ? "-- scrolling"
   Try( "down x6", aLong, { K_DOWN, K_DOWN, K_DOWN, K_DOWN, K_DOWN, K_DOWN } )
   Try( "down x6 up x5", aLong, { K_DOWN, K_DOWN, K_DOWN, K_DOWN, K_DOWN, K_DOWN, K_UP, K_UP, K_UP, K_UP, K_UP } )
   Try( "pgdn x3", aLong, { K_PGDN, K_PGDN, K_PGDN } )
   Try( "pgdn x6", aLong, { K_PGDN, K_PGDN, K_PGDN, K_PGDN, K_PGDN, K_PGDN } )
   Try( "end pgup x2", aLong, { K_END, K_PGUP, K_PGUP } )
   Try( "end pgup x5", aLong, { K_END, K_PGUP, K_PGUP, K_PGUP, K_PGUP, K_PGUP } )
   Try( "down pgdn", aLong, { K_DOWN, K_DOWN, K_PGDN, K_PGDN } )
   Try( "i", aLong, { Asc( "i" ) } )
   Try( "ctrl-end x2", aLong, { K_CTRL_END, K_CTRL_END, K_CTRL_END } )
   Try( "end ctrl-home x2", aLong, { K_END, K_CTRL_HOME, K_CTRL_HOME, K_CTRL_HOME } )

   ? "-- initial item and row"
   TryAt( "init 5", aLong, {}, 5, NIL )
   TryAt( "init 5 row 2", aLong, {}, 5, 2 )
   TryAt( "init 19 row 0", aLong, {}, 19, 0 )
   TryAt( "init 30", aLong, {}, 30, NIL )
   TryAt( "init -3", aLong, {}, -3, NIL )
   TryAt( "init 10 row 9", aLong, {}, 10, 9 )
   TryAt( "init 10 row -1", aLong, { K_DOWN }, 10, -1 )
   TryAt( "init 'x'", a, {}, "x", "y" )

   ? "-- disabled items"
   aSel := { .F., .T., .F., .T., .F., .T., .F., .F. }
   TrySel( "alt", a, aSel, {} )
   TrySel( "alt down", a, aSel, { K_DOWN, K_DOWN } )
   TrySel( "alt down x4", a, aSel, { K_DOWN, K_DOWN, K_DOWN, K_DOWN } )
   TrySel( "alt end up", a, aSel, { K_END, K_UP } )
   TrySel( "alt letters", a, aSel, { Asc( "c" ), Asc( "f" ) } )
   TrySel( "alt pgdn", a, aSel, { K_PGDN } )
   TrySel( "alt home", a, aSel, { K_END, K_HOME } )
   TrySel( "blocks", a, { {|| .T. }, {|| .F. }, "1 == 1", "1 == 2", "", 1, NIL, .F. }, { K_DOWN, K_DOWN, K_DOWN, K_DOWN, K_DOWN, K_DOWN } )
   TrySel( "short", a, { .F. }, { K_END } )
   TrySel( "all .F.", a, .F., {} )
   TrySel( "all .T.", a, .T., { K_DOWN } )
   TrySel( "number", a, 5, { K_DOWN } )
   TrySel( "long list", aLong, { .T., .F., .F., .F., .F., .F., .F., .F., .F., .F., .T. }, { K_DOWN, K_PGDN } )

   ? "-- item lists"
   Try( "stop at NIL", { "One", "Two", NIL, "Four" }, { K_END } )
   Try( "stop at empty", { "One", "Two", "", "Four" }, { K_END, K_DOWN } )
   Try( "first empty", { "", "Two" }, {} )
   Try( "number", { 1, 2 }, {} )
   Try( "one item", { "Only" }, { K_DOWN, K_UP, K_PGDN } )
   Try( "wider", { "A very long item text" }, {} )

   ? "-- windows"
   TryWin( "1 row", { 3, 5, 3, 12 }, aLong, { K_DOWN, K_DOWN } )
   TryWin( "big", { 20, 70, 40, 90 }, aLong, { K_END } )
   TryWin( "inverted", { 5, 10, 2, 20 }, a, { K_DOWN } )
   TryWin( "no args", { NIL, NIL, NIL, NIL }, a, { K_DOWN } )
   TryWin( "strings", { "1", "2", "3", "4" }, a, { K_DOWN } )

   ? "-- empty"
   ? AChoice( 2, 10, 5, 20, {} ), Row(), Col()
   ? AChoice( 2, 10, 5, 20 ), Row(), Col()
   ? AChoice( 2, 10, 5, 20, "abc" ), Row(), Col()

   ? "-- user function"
   TryUF( "cont select", a, {}, { K_DOWN, K_DOWN, K_ENTER } )
   TryUF( "esc", a, {}, { K_DOWN, K_ESC } )
   TryUF( "hit top/bottom", a, {}, { K_UP, K_END, K_CTRL_PGDN, K_DOWN, K_ENTER } )
   TryUF( "letter no goto", a, {}, { Asc( "d" ), K_ENTER } )
   TryUF( "letter goto", a, { AC_GOTO }, { Asc( "d" ), K_ENTER } )
   TryUF( "abort", a, { AC_CONT, AC_ABORT }, { K_DOWN, K_DOWN, K_DOWN } )
   TryUF( "redraw", a, { AC_CONT, AC_REDRAW }, { K_DOWN, K_DOWN, K_DOWN } )
   TryUF( "select", a, { AC_CONT, AC_SELECT }, { K_DOWN, K_DOWN, K_DOWN } )
   TryUF( "nil", a, { AC_CONT, NIL }, { K_DOWN, K_DOWN, K_DOWN } )
   TryUF( "99", a, { 99, 99, AC_SELECT }, { K_DOWN, K_DOWN, K_DOWN } )
   TryUF( "home/end keys", a, {}, { K_END, K_HOME, K_LEFT, K_RIGHT, K_ENTER } )
   TryUF( "no item", a, {}, {}, .F. )
   TryUF( "disabled", a, {}, { K_DOWN, K_ENTER }, { .T., .F., .T. } )
   TryUF( "scroll", aLong, {}, { K_DOWN, K_DOWN, K_DOWN, K_DOWN, K_PGDN, K_ENTER } )

   ? "-- user function forms"
   KEYBOARD Chr( K_DOWN ) + Chr( K_ENTER )
   ? "6th", AChoice( 2, 10, 5, 20, a, "UFSIMPLE", 0 )
   KEYBOARD Chr( K_DOWN ) + Chr( K_ENTER )
   ? "6th block", AChoice( 2, 10, 5, 20, a, {|m, p, r| UFSimple( m, p, r ) } )
   KEYBOARD Chr( K_DOWN ) + Chr( K_ENTER )
   ? "symbol", AChoice( 2, 10, 5, 20, a, , @UFSimple() )
   KEYBOARD Chr( K_DOWN ) + Chr( K_ENTER )
   ? "empty name", AChoice( 2, 10, 5, 20, a, , "" )
   KEYBOARD Chr( K_DOWN ) + Chr( K_ENTER )
   ? "number", AChoice( 2, 10, 5, 20, a, , 5 )

   ? "-- items change"
   aDyn := { "One", "Two" }
   KEYBOARD Chr( K_DOWN ) + Chr( K_DOWN ) + Chr( K_DOWN ) + Chr( K_ENTER )
   ? "grow", AChoice( 2, 10, 5, 20, aDyn, , {|m, p| Grow( aDyn, m, p ) } )
   ? Len( aDyn )
   aSel := AFill( Array( 8 ), .T. )
   KEYBOARD Chr( K_DOWN ) + Chr( K_DOWN ) + Chr( K_ENTER )
   ? "disable", AChoice( 2, 10, 5, 20, a, aSel, {|m, p| Disable( aSel, m, p ) } )

   ? "-- SetKey"
   SetKey( K_F2, {|p, l, v| ShowKey( p, l, v ) } )
   hb_keyClear()
   hb_keyPut( { K_DOWN, K_F2, K_DOWN, K_ENTER } )
   ? "F2", AChoice( 2, 10, 5, 20, a ), LastKey()
   hb_keyClear()
   hb_keyPut( { K_DOWN, K_F2, K_ENTER } )
   ? "F2 uf", AChoice( 2, 10, 5, 20, a, , "UFSIMPLE" ), LastKey()
   SetKey( K_F2, NIL )

   ? "-- edges"
   Edges( a )

   ? "-- Do()"
   ? Do( "UFSIMPLE", 1, 2, 3 )
   ? Do( {|x, y| x + y }, 3, 4 )
   ? Do( @UFSimple(), 0, 5, 6 )
   BEGIN SEQUENCE WITH {|e| ShowErr( e ) }
      ? Do( 5, 1 )
   END SEQUENCE
   BEGIN SEQUENCE WITH {|e| ShowErr( e ) }
      ? Do()
   END SEQUENCE
   ? Do( "ufsimple " , 0, 1, 1 )
   BEGIN SEQUENCE WITH {|e| ShowErr( e ) }
      ? Do( "NoSuchFunc", 1, "x" )
   END SEQUENCE

   RETURN

PROCEDURE Try( cName, aItems, aKeys )
   LOCAL n, r, c
   hb_keyClear()
   hb_keyPut( aKeys )
   hb_keyPut( K_ENTER )
   n := AChoice( s_aWin[ 1 ], s_aWin[ 2 ], s_aWin[ 3 ], s_aWin[ 4 ], aItems )
   r := Row()
   c := Col()
   ? cName, n, r, c
   ShowWin()
   RETURN

PROCEDURE TryAt( cName, aItems, aKeys, nInit, nRow )
   LOCAL n, r, c
   hb_keyClear()
   hb_keyPut( aKeys )
   hb_keyPut( K_ENTER )
   n := AChoice( s_aWin[ 1 ], s_aWin[ 2 ], s_aWin[ 3 ], s_aWin[ 4 ], aItems, , , nInit, nRow )
   r := Row()
   c := Col()
   ? cName, n, r, c
   ShowWin()
   RETURN

PROCEDURE TrySel( cName, aItems, xSel, aKeys )
   LOCAL n, r, c
   hb_keyClear()
   hb_keyPut( aKeys )
   hb_keyPut( K_ENTER )
   n := AChoice( s_aWin[ 1 ], s_aWin[ 2 ], s_aWin[ 3 ], s_aWin[ 4 ], aItems, xSel )
   r := Row()
   c := Col()
   ? cName, n, r, c
   ShowWin()
   RETURN

PROCEDURE TryWin( cName, aWin, aItems, aKeys )
   LOCAL n, r, c
   hb_keyClear()
   hb_keyPut( aKeys )
   hb_keyPut( K_ENTER )
   CLS
   n := AChoice( aWin[ 1 ], aWin[ 2 ], aWin[ 3 ], aWin[ 4 ], aItems )
   r := Row()
   c := Col()
   ? cName, n, r, c
   ShowArea( 0, 0, MaxRow(), MaxCol() )
   RETURN

PROCEDURE TryUF( cName, aItems, aAnswers, aKeys, xSel )
   LOCAL n, r, c
   s_aAnswers := AClone( aAnswers )
   hb_keyClear()
   hb_keyPut( aKeys )
   ? cName
   n := AChoice( s_aWin[ 1 ], s_aWin[ 2 ], s_aWin[ 3 ], s_aWin[ 4 ], aItems, xSel, "UFLOG" )
   r := Row()
   c := Col()
   ? " ->", n, r, c
   ShowWin()
   RETURN

FUNCTION UFLog( nMode, nPos, nRow )
   LOCAL xAnswer
   ?? " [" + hb_ntos( nMode ) + " " + hb_ntos( nPos ) + " " + hb_ntos( nRow ) + " k" + hb_ntos( LastKey() ) + " " + ProcName( 1 ) + "]"
   IF Len( s_aAnswers ) > 0
      xAnswer := s_aAnswers[ 1 ]
      hb_ADel( s_aAnswers, 1, .T. )
      RETURN xAnswer
   ENDIF
   DO CASE
   CASE LastKey() == K_ENTER
      RETURN AC_SELECT
   CASE LastKey() == K_ESC
      RETURN AC_ABORT
   ENDCASE
   RETURN AC_CONT

FUNCTION UFSimple( nMode, nPos, nRow )
   ?? " {" + hb_ntos( nMode ) + " " + hb_ntos( nPos ) + " " + hb_ntos( nRow ) + "}"
   IF LastKey() == K_ENTER
      RETURN AC_SELECT
   ENDIF
   RETURN AC_CONT

FUNCTION Grow( aItems, nMode, nPos )
   ?? " <" + hb_ntos( nMode ) + " " + hb_ntos( nPos ) + ">"
   IF nMode == AC_HITBOTTOM .AND. Len( aItems ) < 4
      AAdd( aItems, "New" + hb_ntos( Len( aItems ) + 1 ) )
   ENDIF
   IF LastKey() == K_ENTER
      RETURN AC_SELECT
   ENDIF
   RETURN AC_CONT

FUNCTION Disable( aSel, nMode, nPos )
   ?? " <" + hb_ntos( nMode ) + " " + hb_ntos( nPos ) + ">"
   aSel[ nPos ] := .F.
   IF LastKey() == K_ENTER
      RETURN AC_SELECT
   ENDIF
   RETURN AC_CONT

PROCEDURE ShowKey( p, l, v )
   ?? " F2:", p, l > 0, "[" + v + "]", Row(), Col()
   RETURN

PROCEDURE ShowErr( e )
   ? "err", e:severity, e:genCode, e:subCode, e:subSystem, e:description, e:operation, ValType( e:args ), e:canSubstitute, e:canRetry, e:canDefault
   IF HB_ISARRAY( e:args )
      ? Len( e:args ), e:args[ 1 ]
   ENDIF
   Break( e )

PROCEDURE ShowWin()
   ShowArea( s_aWin[ 1 ], s_aWin[ 2 ], s_aWin[ 3 ], s_aWin[ 4 ] )
   RETURN

// each row of a region: its text, then a mark per cell for its color
// ('.' standard, '#' enhanced, other colors as a hex digit of the foreground)
PROCEDURE ShowArea( t, l, b, r )
   LOCAL s, i, nRow, cText, cAttr, nA, lAny
   FOR nRow := t TO b
      s := SaveScreen( nRow, l, nRow, r )
      cText := ""
      cAttr := ""
      lAny := .F.
      FOR i := 1 TO Len( s ) STEP 2
         cText += SubStr( s, i, 1 )
         nA := Asc( SubStr( s, i + 1, 1 ) )
         cAttr += iif( nA == 7, ".", iif( nA == 0x70, "#", hb_NumToHex( nA, 2 ) ) )
      NEXT
      IF ! Empty( cText ) .OR. ! cAttr == Replicate( ".", Len( cAttr ) )
         ? "  |" + cText + "|" + cAttr + "|", nRow
      ENDIF
   NEXT
   CLS
   RETURN

PROCEDURE Edges( a )
   LOCAL n
   hb_keyClear()
   ? AChoice( 2, 10, 5, 20, a, , , 2.7 ), Row(), Col()
   ? AChoice( 2.6, 10.5, 5.4, 20.2, a, , , 3 ), Row(), Col()
   ShowWin()
   hb_keyPut( { K_DOWN, K_DOWN, K_ENTER } )
   ? AChoice( 5, 20, 5, 10, a ), Row(), Col()
   hb_keyClear()
   hb_keyPut( { K_UP, K_ENTER } )
   ? AChoice( 2, 10, 5, 20, a, , , 5, 0 ), Row(), Col()
   ShowWin()
   // the colors: standard, enhanced for the light, unselected for disabled items
   SetColor( "W/B,GR+/R,,,BG/N" )
   hb_keyClear()
   hb_keyPut( { K_DOWN } )
   n := AChoice( 2, 10, 5, 20, a, { .T., .F. }, {| m | iif( m == 0, ( ShowArea( 2, 10, 5, 20 ), 1 ), 2 ) } )
   SetColor( "" )
   ? n, Row(), Col()
   BEGIN SEQUENCE WITH {| e | QOut( e:description, e:operation, e:genCode, e:subCode ), Break( e ) }
      ? AChoice( 2, 10, 5, 20, a, , "NOSUCHUF" )
   END SEQUENCE
   // rows upside down: the list runs off its items
   hb_keyClear()
   hb_keyPut( { K_DOWN, K_DOWN, K_ENTER } )
   BEGIN SEQUENCE WITH {| e | QOut( e:description, e:operation, e:genCode, e:subCode, Len( e:args ), e:args[ 2 ] ), Break( e ) }
      ? AChoice( 5, 10, 2, 20, a )
   END SEQUENCE
   CLS
   RETURN
