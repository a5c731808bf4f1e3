// A unary operator (! - +) whose operand is a variable followed by an
// assignment operator assigns first and applies to the result, in compiled
// code and in macros: `!c := .F.` is .T. and leaves c .F.
PROCEDURE Main()
   LOCAL a := 1, b := 2, c := .T., x, arr := { 1, 2 }
   x := -a -= 1
   ? x, a
   x := !c := .F.
   ? x, c
   x := -arr[ 2 ] *= 3
   ? x, arr[ 2 ]
   x := + a += 5
   ? x, a
   x := - - a += 1
   ? x, a
   x := ! ! c := .T.
   ? x, c
   x := -a++
   ? x, a
   a := 2 ; b := 3 ; c := .T.
   x := a * -b += 1
   ? x, a, b
   x := .F. .OR. !c := .F.
   ? x, c
   x := { -a := 7, !c }
   ? x[ 1 ], x[ 2 ], a
   ? -a -= 1 + 2, a
   ? !c == .T., c
   Macros()
   RETURN

STATIC PROCEDURE Macros()
   LOCAL e
   PRIVATE a := 1, b := .T.
   BEGIN SEQUENCE WITH {|e| Break( e ) }
      ? &( "!a += 1" )
   RECOVER USING e
      ? "err", e:subSystem, e:genCode, e:subCode, e:description, e:operation
   END SEQUENCE
   ? a
   BEGIN SEQUENCE WITH {|e| Break( e ) }
      ? &( "!b := .F." )
   RECOVER USING e
      ? "err", e:subSystem, e:genCode, e:subCode, e:description, e:operation
   END SEQUENCE
   ? b
   BEGIN SEQUENCE WITH {|e| Break( e ) }
      ? &( "-a += 1" ), a
   RECOVER USING e
      ? "err", e:subSystem, e:genCode, e:subCode, e:description, e:operation
   END SEQUENCE
   BEGIN SEQUENCE WITH {|e| Break( e ) }
      ? &( "!a++" ), a
   RECOVER USING e
      ? "err", e:subSystem, e:genCode, e:subCode, e:description, e:operation
   END SEQUENCE
   RETURN
