// 64-bit bit operations and hexadecimal conversion keep every digit past
// 2^53; Word() converts a number as a C int.

REQUEST WORD

PROCEDURE Main()
   LOCAL n := 9223372036854775807, m := -9223372036854775807 - 1
   ? hb_HexToNum( Replicate( "a", 300 ) ), hb_HexToNum( "AAAAAAAAAAAAAAAA" ), hb_HexToNum( "FFFFFFFFFFFFFFFF" ), hb_HexToNum( "7FFFFFFFFFFFFFFF" ), hb_HexToNum("8000000000000000")
   ? hb_BitAnd( n, -2 ), hb_BitOr( m, 1 ), hb_BitXor( n, 12345678901234567 ), hb_BitNot( n ), hb_BitNot( 5 ), hb_BitNot( 1.5 )
   ? hb_BitShift( 1, 62 ), hb_BitShift( n, -3 ), hb_BitSet( 0, 63 ), hb_BitReset( n, 0 ), hb_BitTest( n, 62 ), hb_BitTest( 4.7, 2 )
   ? hb_NumToHex( n ), hb_NumToHex( m ), hb_NumToHex( -1 ), hb_BitAnd( 7, 3.9 ), hb_BitAnd( 2^40 + 3, 5 ), hb_BitOr( 5 % 3, 8 )
   ? Word( 1.5 ), Word( -1.5 ), Word( 2^40 ), Word( 2^31 ), Word( -2^31 - 1 ), Word( 3000000000 ), Word( 10^20 )
   ? Word( 0x7FFFFFFF ), Word( 4294967301 ), Word( -4294967301 ), Word( 65543 ), Str( Word( 2^31 - 1 ) )
   RETURN
