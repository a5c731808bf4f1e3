// A runtime error in a WHEN block during READ: the call stack through HBGetList's methods
PROCEDURE Main()
   LOCAL a := "aaaa", n := 1
   ? Type( "GetList" ), Len( GetList ), __mvScope( "GETLIST" )
   @ 1, 1 GET a WHEN Foo( n )
   KEYBOARD "x"
   READ
RETURN
FUNCTION Foo( n )
RETURN n + "a"
