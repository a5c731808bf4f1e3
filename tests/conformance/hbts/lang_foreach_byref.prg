PROCEDURE Main()
   LOCAL e, a := { 10, 20, 30 }
   FOR EACH e IN a
      Foo( @e )
      ? e, e:__enumIndex()
   NEXT
   ? hb_ValToExp( a )
   Keys()
   RETURN
STATIC PROCEDURE Foo( x )
   ? (@x):__enumIndex(), (@x):__enumValue(), x
   x := x + 1
   RETURN
STATIC PROCEDURE Keys()
   LOCAL e
   FOR EACH e IN { 10, 20, 30 }
      ? e:__enumKey(), e:__enumIndex(), e:__enumIsLast()
   NEXT
   FOR EACH e IN "ab"
      ? e:__enumKey()
   NEXT
   RETURN
