// The string functions on the arguments their direct paths take (strings,
// plain integers) and on the others: trimming of blanks, tabs, CRs and
// LFs, Space() and the Pad functions with numeric arguments that carry
// decimals, non-string values to pad, StrTran() with and without its
// optional arguments, and the errors of wrong arguments.

PROCEDURE Main()

   LOCAL c, x, e, cTab := Chr( 9 ), cCr := Chr( 13 ), cLf := Chr( 10 )

   FOR EACH c IN { "  ab  ", cTab + " ab" + cTab, cCr + cLf + "ab" + cCr + cLf, "ab", "", "   ", cTab + cTab, " a b " }
      ? "trim:", "[" + LTrim( c ) + "]", "[" + RTrim( c ) + "]", "[" + AllTrim( c ) + "]", "[" + Trim( c ) + "]", Len( LTrim( c ) ), Len( AllTrim( c ) ), Empty( c )
   NEXT
   FOR EACH x IN { 3, 0, -2, 7 % 4, 10 / 4, Val( "05" ), 2.9 }
      ? "space:", "[" + Space( x ) + "]", Len( Space( x ) ), Empty( Space( x ) )
   NEXT
   FOR EACH x IN { "ab", 42, -4.5, Val( "0012" ), 1 / 3, SToD( "20240229" ), .T., NIL, { 1 } }
      ? "pad:", "[" + PadR( x, 6 ) + "]", "[" + PadL( x, 6, "*" ) + "]", "[" + PadC( x, 7, "-" ) + "]", "[" + PadR( x, 2 ) + "]", "[" + PadL( x, 10 / 4 ) + "]", "[" + PadR( x, 4, "" ) + "]"
   NEXT
   c := "Item ITEM item ITEM"
   ? "strtran:", StrTran( c, "ITEM", "Row" ), StrTran( c, "ITEM", "Row", 2 ), StrTran( c, "ITEM", "Row", 1, 1 ), StrTran( c, "ITEM" ), StrTran( c, "ITEM", "Row", 3 ), StrTran( c, "ITEM", "Row", 0 )
   ? "strtran2:", StrTran( c, "ITEM", "Row", , 1 ), StrTran( c, "", "x" ), StrTran( c, "ITEM", "Row", 7 % 4 ), StrTran( c, "ITEM", "", 2, 10 / 4 ), StrTran( "", "a", "b" )
   ? "case:", Upper( "abcXYZ" + Chr( 200 ) ), Lower( "ABCxyz" ), Left( "abc", 2 ), Right( "abc", 2 ), Left( "abc", 7 % 4 ), Right( "abc", -1 ), SubStr( "abcdef", 2, 3 ), SubStr( "abcdef", 10 / 4, 7 % 4 )
   ? "at:", At( "Row", "a Row b" ), At( "", "abc" ), At( "x", "abc" ), Asc( "A" ), Asc( "" ), Len( "abc" ), Len( { 1, 2 } )

   ErrorBlock( {| e | Break( e ) } )
   FOR EACH x IN { {|| LTrim( 5 ) }, {|| AllTrim( NIL ) }, {|| Space( "3" ) }, {|| StrTran( 5, "a" ) }, {|| Upper( 1 ) }, {|| Left( "a", "b" ) }, {|| SubStr( 1, 1 ) } }
      BEGIN SEQUENCE
         ? "ok:", Eval( x )
      RECOVER USING e
         ? "error:", e:genCode, e:subCode, e:operation, e:description, iif( e:args == NIL, -1, Len( e:args ) )
      END SEQUENCE
   NEXT

   RETURN
