// Light-bar menus: @ ... PROMPT shows each prompt, MENU TO highlights the
// current one and moves with the keys (arrows, Home/End, wrap, hot letters,
// Enter, Esc), showing messages on the SET MESSAGE row; the chosen number
// goes to the variable (made PUBLIC for the menu's time when missing).

PROCEDURE Main()
   LOCAL n := 2, m
   SET MESSAGE TO 20 CENTER
   @ 5, 10 PROMPT "Apple"  MESSAGE "the fruit"
   @ 6, 10 PROMPT "Banana" MESSAGE {|| "yellow" }
   @ 7, 10 PROMPT "Cherry"
   KEYBOARD Chr( 24 ) + Chr( 24 ) + Chr( 24 ) + Chr( 13 )
   MENU TO n
   ? "n", n, Row(), Col()
   SET WRAP ON
   @ 5, 10 PROMPT "Apple"
   @ 6, 10 PROMPT "Banana"
   KEYBOARD Chr( 5 ) + Chr( 5 ) + Chr( 13 )
   MENU TO n
   ? "n", n
   @ 5, 10 PROMPT "Apple"
   @ 6, 10 PROMPT " Banana"
   KEYBOARD "b"
   MENU TO n
   ? "n", n
   @ 5, 10 PROMPT "Apple"
   KEYBOARD Chr( 27 )
   MENU TO n
   ? "n", n
   MENU TO n
   ? "empty", n
   KEYBOARD Chr( 13 )
   @ 1, 1 PROMPT "x"
   MENU TO m
   ? "m", m, Type( "m" )
   KEYBOARD Chr( 13 )
   @ 1, 1 PROMPT "y"
   MENU TO zz
   ? "zz", Type( "zz" )
