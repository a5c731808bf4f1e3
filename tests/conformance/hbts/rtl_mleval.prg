// hb_MLEval(): the lines of memo text given to a block (word wrap, tabs,
// soft and hard breaks), the line count and the row and column of a position
PROCEDURE Main()
   LOCAL aT := { "", "abc", "The quick brown fox jumps over the lazy dog", ;
      "one" + Chr( 13 ) + Chr( 10 ) + "two" + Chr( 10 ) + Chr( 13 ) + "three" + Chr( 13 ), ;
      "a" + Chr( 9 ) + "b" + Chr( 9 ) + Chr( 9 ) + "c", "soft" + Chr( 141 ) + Chr( 10 ) + "cr here and more words", ;
      "averyveryverylongwordwithoutblanks and more", "x" + Chr( 10 ), "   lead  blanks   " }
   LOCAL c, n, r, k, aPos := { 0, 1, 5, 12, 30, 100 }, p
   FOR EACH c IN aT
      ? "[" + StrTran( StrTran( c, Chr( 13 ), "\r" ), Chr( 10 ), "\n" ) + "]"
      n := hb_MLEval( c, {| l, s | QQOut( " <" + l + ">" + iif( s, "s", "" ) ) }, 10 )
      ?? " =", n
      n := hb_MLEval( c, {| l, s | QQOut( " <" + l + ">" + iif( s, "s", "" ) ) }, 10, 3, .F. )
      ?? " nowrap =", n
      FOR EACH p IN aPos
         r := k := -1
         n := hb_MLEval( c, {|| NIL }, 8, 4, .T., p, @r, @k )
         ?? " " + hb_ntos( p ) + ":" + hb_ntos( r ) + "/" + hb_ntos( k )
      NEXT
   NEXT
   r := k := -1
   ? hb_MLEval( 5, {|| NIL } ), hb_MLEval( "abc", NIL ), hb_MLEval( "abc", {|| NIL }, 0, , , 2, @r, @k ), r, k
   ? hb_MLEval( "a b c d e f", {| l | QQOut( "<" + l + ">" ) }, 3, 1 )
   ? hb_MLEval( "ab" + Chr( 9 ) + "cdef", {| l | QQOut( "<" + l + ">" ) }, 5, 8 )
