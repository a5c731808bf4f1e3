// String functions: edge cases of positions and counts, embedded Chr(0),
// long strings, tokens, hb_StrFormat, hb_StrToExp, SoundEx, Descend.

PROCEDURE Main()

   LOCAL s := "abc" + Chr( 0 ) + "def", cLong, n, i, a

   // positions and counts out of range
   ? "ss:", Show( SubStr( s, 3, 3 ) ), Show( SubStr( s, -3 ) ), Show( SubStr( s, 0 ) ), Show( SubStr( s, 8 ) )
   ? "lr:", Show( Left( s, 4 ) ), Show( Right( s, 4 ) ), Show( Left( s, -1 ) ), Show( Right( s, 100 ) )
   ? "at:", At( Chr( 0 ), s ), RAt( "d", s ), hb_At( "d", s, 5 ), hb_At( "d", s, 6 ), hb_RAt( "c", s, 1, 2 )
   ? "stuff:", Show( Stuff( s, 4, 1, "-" ) ), Show( Stuff( s, -1, 1, "!" ) ), Show( Stuff( s, 2, -1, "?" ) )
   ? "strtran:", StrTran( "a.b.c.d", ".", "", 2, 2 ), StrTran( "aaa", "a", "aa" ), Len( StrTran( s, Chr( 0 ) ) )
   ? "repl:", Len( Replicate( "ab", 1000 ) ), Replicate( "-", 3 ) + Replicate( "x", 0 ) + "|"
   ? "pad:", PadL( "x", 4, "." ), PadC( "x", 4, "." ), PadR( 12.50, 7, "_" ), PadC( 0d20240229, 12, "*" )
   ? "trim:", "[" + AllTrim( Chr( 9 ) + " x " + Chr( 9 ) ) + "]", "[" + LTrim( Chr( 13 ) + Chr( 10 ) + "y" ) + "]"

   // 64 KB and larger strings
   cLong := Space( 65536 ) + "end"
   ? "long:", Len( cLong ), Right( cLong, 3 ), At( "end", cLong ), Len( Upper( cLong ) ), Len( AllTrim( cLong ) )
   cLong := Replicate( "0123456789", 20000 )
   ? "long2:", Len( cLong ), SubStr( cLong, 199995, 10 ), RAt( "9", cLong ), hb_TokenCount( cLong, "5" )

   // case and classes
   ? "case:", Upper( "abcXYZ 09 _" ), Lower( "ABCxyz 09 _" ), hb_AsciiUpper( "mIx" ), hb_AsciiLower( "MiX" )
   ? "is:", IsAlpha( "x1" ), IsDigit( "1x" ), IsUpper( "Xy" ), IsLower( "xY" ), IsAlpha( Chr( 200 ) )

   // Chr / Asc round trip
   n := 0
   FOR i := 0 TO 255
      IF Asc( Chr( i ) ) == i
         n++
      ENDIF
   NEXT
   ? "chrasc:", n, Asc( Chr( 300 ) ), Asc( Chr( -1 ) )

   // tokens
   a := hb_ATokens( "one, two,,three", "," )
   ? "tokens:", Len( a ), "[" + a[ 2 ] + "]", "[" + a[ 3 ] + "]", hb_TokenCount( "  x  y  " ), hb_TokenGet( "  x  y  ", 2 )
   a := hb_ATokens( 'say "a b" c', " ", .T. )
   ? "quoted:", Len( a ), a[ 2 ]

   // hb_StrFormat
   ? hb_StrFormat( "[%s] [%10s] [%-10s]", "x", "right", "left" )
   ? hb_StrFormat( "[%d] [%6d] [%-6d] [%06d] [%+d] [%x] [%X]", 7, -7, 7, -7, 7, 255, 255 )
   ? hb_StrFormat( "[%f] [%.3f] [%10.2f] [%-10.2f] [%010.2f]", 1.5, 2 / 3, -3.14159, 2.5, -2.5 )
   ? hb_StrFormat( "%3$s-%1$s-%2$s", "a", "b", "c" ), hb_StrFormat( "%c%c%c", 72, 98, 33 ), hb_StrFormat( "50%%" )

   // hb_StrToExp, SoundEx, Descend
   ? hb_StrToExp( "plain" ), hb_StrToExp( 'with "double"' ), hb_StrToExp( "both ' and " + '"' )
   ? hb_StrToExp( "line" + Chr( 13 ) + Chr( 10 ) + "end" ), hb_StrToExp( "x", .T. )
   ? "soundex:", SoundEx( "Robert" ), SoundEx( "Rupert" ), SoundEx( "Tymczak" ), SoundEx( "" )
   ? "descend:", Descend( "AB" ) < Descend( "AA" ), Descend( 5 ), Descend( .F. ), Descend( 0d20240101 )

   // hb_StrShrink, hb_LeftEq(I), hb_StrReplace
   ? hb_StrShrink( "hello" ), hb_StrShrink( "hello", 3 ), hb_LeftEq( "hello", "hel" ), hb_LeftEqI( "hello", "HEL" )
   ? hb_StrReplace( "hello world", "lo", "01" ), hb_StrReplace( "a+b=c", { "+", "=" }, { " plus ", " is " } )

   // hb_AtI: hb_At() ignoring case
   ? hb_AtI( "B", "abcABC" ), hb_AtI( "bc", "xxBCbc", 4 ), hb_AtI( "BC", "xxBCbc", 2, 3 ), hb_AtI( "BC", "xxBCbc", 2, 4 ), hb_AtI( "", "abc" ), hb_AtI( "Z", "abc", -5 ), hb_AtI( "c", "abc", 3, 100 )

   RETURN

STATIC FUNCTION Show( c )
   RETURN "[" + StrTran( c, Chr( 0 ), "\0" ) + "]"
