// Codeblock parameters passed by reference (Eval( b, @x )): assignment, @p
// passed on, a parameter of a function captured by a block and read after
// the caller changed the variable.
PROCEDURE Main()
   LOCAL x := 1, b
   b := {| p | SetIt( @p ) }
   Eval( b, @x )
   ? "1:", x
   x := 1
   b := {| p | p := 5 }
   Eval( b, @x )
   ? "2:", x
   x := 1
   b := {| p | p += 7, p }
   ? Eval( b, @x ), "3:", x
   x := 1
   b := {| p | GetB( @p ) }
   b := Eval( b, @x )
   x := 9
   ? "4:", Eval( b )
   Detached()
   RefParams()
   RETURN
STATIC FUNCTION SetIt( v )
   v := 42
   RETURN NIL
STATIC FUNCTION GetB( v )
   RETURN {|| v }

STATIC PROCEDURE Detached()
   LOCAL x := 1, b
   b := GetB2( @x )
   x := 9
   ? "a:", Eval( b )
   b := SetB( @x )
   Eval( b, 33 )
   ? "b:", x
   RETURN
STATIC FUNCTION GetB2( v )
   RETURN {|| v }
STATIC FUNCTION SetB( v )
   RETURN {| n | v := n }

// the test of Harbour's tests/codebl.prg: a block parameter passed on by reference
STATIC PROCEDURE RefParams()
   LOCAL bResult
   PassByRef( {| lEnd | bResult := GetBlock( @lEnd ), SetByRef( @lEnd ) } )
   ? "c:", Eval( bResult )
   PassByValue( {| lEnd | bResult := GetBlock( @lEnd ), SetByRef( @lEnd ) } )
   ? "d:", Eval( bResult )
   PassByRef( {| lEnd | SetByRef( @lEnd ), bResult := GetBlock( @lEnd ) } )
   ? "e:", Eval( bResult )
   RETURN
STATIC FUNCTION PassByValue( bBlock )
   LOCAL lSomeVar := .T.
   Eval( bBlock, lSomeVar )
   ? "by value:", lSomeVar
   RETURN .T.
STATIC FUNCTION PassByRef( bBlock )
   LOCAL lSomeVar := .T.
   Eval( bBlock, @lSomeVar )
   ? "by reference:", lSomeVar
   RETURN .T.
STATIC FUNCTION SetByRef( lVar )
   lVar := .F.
   RETURN NIL
STATIC FUNCTION GetBlock( lVar )
   RETURN {|| lVar }
