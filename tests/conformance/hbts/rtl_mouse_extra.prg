// The mouse of the CGI terminal: no middle button down, bounds that stay the
// screen, MDblClk()'s interval (set only by a positive number)
PROCEDURE Main()
   LOCAL a, b, c, d
   ? MSetBounds( 1, 2, 3, 4 ), hb_MGetBounds( @a, @b, @c, @d ), a, b, c, d
   ? MSetBounds(), hb_MGetBounds( @a, @b, @c, @d ), a, b, c, d
   ? MDblClk( "x" ), MDblClk( -5 ), MDblClk(), MDblClk( 0 ), MDblClk(), MDblClk( 300 ), MDblClk(), MDblClk( 2.7 ), MDblClk()
   ? hb_MMiddleDown(), MMiddleDown(), MLeftDown(), MRightDown()
