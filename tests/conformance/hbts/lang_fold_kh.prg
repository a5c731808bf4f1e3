// Reductions under #pragma -kh- (Clipper's compiler): At( "", s ) and
// "" $ s fold to Clipper's results, Chr() of a multiple of 256 folds to an
// empty string, ^ % of doubles, Int/Max/Min/Empty/hb_SToD/CToD are not
// folded, and parentheses are kept (so ( 256 ) is no constant). The
// pragma takes effect from its line on.

PROCEDURE Main()
   LOCAL n := 5000000000.9

   ? "harbour", At( "", "abc" ), "" $ "abc", Len( Chr( 256 ) ), Str( Int( 5000000000.9 ) )
#pragma -kh-
   ? "clipper"
   ? At( "", "abc" ), At( "", "" ), At( "b", "abc" ), "" $ "abc", "" $ "", "b" $ "abc"
   ? Len( Chr( 256 ) ), Len( Chr( 512 ) ), Len( Chr( 0 ) ), Len( Chr( ( 256 ) ) ), Asc( Chr( 257 ) )
   ? Len( Chr( 256.0 ) ), Len( Chr( -256 ) )
   ? Str( Int( 5000000000.9 ) ), Str( Int( n ) )
   ? Str( 2 ^ 3 ), Str( 7 % 2.5 ), Str( 7 % 2 ), Str( 1.5 * 2 )
   ? Str( Max( 2.00, 2 ) ), Str( Min( 1, 1.00 ) )
   ? Empty( "" ), ValType( hb_SToD( "" ) ), ValType( CToD( "" ) )
   ? Str( ( 1.5 ) + 1 ), Str( -( 2 ) )
   ? "s" .AND. .F.
#pragma -kh+
   ? "harbour again", At( "", "abc" ), "" $ "abc", Len( Chr( 256 ) )
   ? Str( Int( 5000000000.9 ) ), Str( 2 ^ 3 )
   RETURN
