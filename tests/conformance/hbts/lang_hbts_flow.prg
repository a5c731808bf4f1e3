// Control flow and variables beyond the shared corpus: FOR EACH forms,
// SWITCH fall-through, references, PARAMETERS, PRIVATE shadowing, statics,
// INIT/EXIT order, WITH OBJECT, nested codeblocks, sequences.

MEMVAR pShadow, pArg1, pArg2

STATIC s_nInit := 10

INIT PROCEDURE First()
   ? "init-first", s_nInit
   RETURN

EXIT PROCEDURE Last()
   ? "exit-last"
   RETURN

PROCEDURE Main()
   LOCAL a := { 10, 20, 30 }, h := { "x" => 1, "y" => 2 }, v, k, i, n, b, c
   LOCAL aRef := { 1, 2, 3 }

   FOR EACH v IN a
      ?? v:__enumIndex(), v
      v := v + 1
   NEXT
   ? "after-foreach", a[ 1 ], a[ 2 ], a[ 3 ], v
   FOR EACH v IN a DESCEND
      ?? " d", v:__enumIndex()
   NEXT
   FOR EACH v IN h
      ?? " h", v:__enumKey(), v
   NEXT
   FOR EACH v IN "abc"
      ?? " s" + v
   NEXT
   FOR EACH v, k IN { 1, 2 }, { "p", "q" }
      ?? " pair", v, k
   NEXT
   FOR EACH v IN a
      IF v:__enumIsFirst()
         ?? " first"
      ENDIF
      IF v:__enumIsLast()
         ?? " last"
      ENDIF
   NEXT

   FOR i := 1 TO 4
      n := ""
      SWITCH i
      CASE 1
         n += "one "
      CASE 2
         n += "two "
         EXIT
      CASE 3
         n += "three "
      OTHERWISE
         n += "other"
      ENDSWITCH
      ? "switch", i, n
   NEXT
   SWITCH "b"
   CASE "a" ; ? "sw-a" ; EXIT
   CASE "b" ; ? "sw-b" ; EXIT
   ENDSWITCH

   FOR i := 10 TO 1 STEP -3
      ?? " step", i
   NEXT
   n := 2
   FOR i := 1 TO 9 STEP n
      ?? " var-step", i
      n := 3
   NEXT
   ? "for-after", i

   n := 1
   AddOne( @n )
   AddOne( @n )
   ? "byref", n
   AddOne( @aRef[ 2 ] )
   ? "byref-elem", aRef[ 2 ]
   DO AddOne WITH n
   ? "do-with", n

   PRIVATE pShadow := "outer"
   Shadow()
   ? "shadow-after", pShadow

   Params( "x", "y" )

   ? "static", Counter(), Counter(), Counter()

   n := 100
   b := {|| {| y | n + y } }
   c := Eval( b )
   n := 200
   ? "nested-block", Eval( c, 5 ), Eval( c, 6 )

   WITH OBJECT ErrorNew()
      :cargo := "with-cargo"
      ? "with", :cargo
   END WITH

   BEGIN SEQUENCE
      ? "seq-body"
      Break( "payload" )
      ? "not reached"
   RECOVER USING v
      ? "recovered", v
   ALWAYS
      ? "always"
   END SEQUENCE

   i := 0
   DO WHILE .T.
      i++
      IF i < 3
         LOOP
      ENDIF
      EXIT
   ENDDO
   ? "while", i

   RETURN

STATIC PROCEDURE AddOne( x )
   x := x + 1
   RETURN

STATIC PROCEDURE Shadow()
   PRIVATE pShadow := "inner"
   ? "shadow-in", pShadow
   Peek()
   RETURN

STATIC PROCEDURE Peek()
   ? "shadow-peek", pShadow
   RETURN

STATIC PROCEDURE Params()
   PARAMETERS pArg1, pArg2
   ? "params", pArg1, pArg2
   RETURN

STATIC FUNCTION Counter()
   STATIC s_n := 0
   s_n++
   RETURN s_n
