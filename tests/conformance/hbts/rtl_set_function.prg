// SET FUNCTION n TO text: key Fn (F1, F11 and F12 by their own codes) gets a
// block that empties the keyboard buffer and types the text; without a
// text the key is released.

PROCEDURE Main()
   LOCAL b, c
   SET FUNCTION 2 TO "abc"
   SET FUNCTION 1 TO "x"
   b := SetKey( -1 )
   ? ValType( b ), ValType( SetKey( 28 ) ), ValType( SetKey( -2 ) )
   Eval( b )
   ? NextKey(), Inkey(), Inkey(), Inkey(), Inkey()
   SET FUNCTION 2 TO
   ? ValType( SetKey( -1 ) )
   KEYBOARD "zz"
   Eval( SetKey( 28 ) )
   ? Inkey(), Inkey()
