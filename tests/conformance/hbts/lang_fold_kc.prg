// #pragma -kc: Clipper's minimal feature set (Harbour extensions and -ko
// off; shortcuts and macro text stay on): Clipper's folds of At(), $ and
// Chr(), no folding of Int() or Empty(), but .AND./.OR. with a constant
// right operand still fold in the compiler, and x + 0 is type-checked.

#pragma -ko+
#pragma -kc+

PROCEDURE Main()
   LOCAL s := "str", e

   ? At( "", "abc" ), "" $ "abc", Len( Chr( 512 ) ), Str( Int( 5000000000.9 ) ), Empty( "" )
   ? s .AND. .F., s .OR. .F., .T. .AND. s
   BEGIN SEQUENCE WITH {| o | Break( o ) }
      ? s + 0
   RECOVER USING e
      ? "error", e:subCode, e:operation
   END SEQUENCE
   RETURN
