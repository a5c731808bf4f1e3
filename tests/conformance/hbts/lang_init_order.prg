// INIT procedures run last declared first, EXIT procedures in declaration
// order, as Harbour runs a module's symbols; __enumIsFirst()/__enumIsLast()
// tell the item's position in the base, also in a DESCEND loop.
PROCEDURE Main()
   LOCAL e
   FOR EACH e IN { "a", "b", "c" } DESCEND
      ? e, e:__enumIndex(), e:__enumIsFirst(), e:__enumIsLast()
   NEXT
   FOR EACH e IN "xy"
      ? e, e:__enumIsFirst(), e:__enumIsLast()
   NEXT
   ? "main"
   RETURN
INIT PROCEDURE Bbb()
   ? "init Bbb"
   RETURN
INIT PROCEDURE Aaa()
   ? "init Aaa"
   RETURN
INIT PROCEDURE Ccc()
   ? "init Ccc"
   RETURN
EXIT PROCEDURE Zzz()
   ? "exit Zzz"
   RETURN
EXIT PROCEDURE Yyy()
   ? "exit Yyy"
   RETURN
EXIT PROCEDURE Xxx()
   ? "exit Xxx"
   RETURN
