// FOR EACH over an object walks its instance variables, as over an array:
// assignment to the loop variable changes the variable, DESCEND works.
PROCEDURE Main()
   LOCAL o := ErrorNew(), x, n := 0
   o:description := "desc"
   FOR EACH x IN o
      n++
      IF ValType( x ) == "C" .AND. x == "desc"
         ? "found at", x:__enumIndex(), x:__enumIsLast()
         x := "changed"
      ENDIF
   NEXT
   ? n, Len( o ), o:description
   FOR EACH x IN o DESCEND
      ?? x:__enumIndex(), ""
      IF x:__enumIndex() < 10
         EXIT
      ENDIF
   NEXT
   RETURN
