// Compile-time folding of string constants: + and - of literals, $, ==,
// and the functions Len, Asc, At, Chr, Upper, hb_BChar, hb_BCode of
// literals (byte-wise, whatever the code page), next to the same
// operations at run time. Macro text (&name) in literals is not joined.

MEMVAR cVar

PROCEDURE Main()
   LOCAL s := "abc", e := ""
   PRIVATE cVar := "VAR"

   ? "plus minus"
   ? "[" + "ab" + "cd" + "]"
   ? "[" + "ab  " - "cd" + "]", Len( "ab  " - "cd" )
   ? "[" + "" - "x" + "]", "[" + "x  " - "" + "]"
   ? "a&" + "cVar" + ".b", "&" + "cVar", "x&cVar" + "y"
   ? "a& " + "b", "&" - "cVar"
   ? "in"
   ? "b" $ "abc", "d" $ "abc", "" $ "abc", "" $ "", "abc" $ "b"
   ? e $ s, "" $ s
   ? "equal"
   ? "a" == "a", "a" == "A", "a " == "a", "" == "", "" = "", "" != ""
   ? "abc" = "ab", "ab" = "abc", "a" != "b"
   ? "len asc at"
   ? Len( "abc" ), Len( "" ), Len( "é" ), Len( Chr( 195 ) + Chr( 169 ) )
   ? Asc( "A" ), Asc( "" ), Asc( "é" )
   ? At( "b", "abc" ), At( "x", "abc" ), At( "", "abc" ), At( "", "" ), At( "bc", "abcabc" )
   ? At( e, s ), At( "b", s )
   ? "chr"
   ? Asc( Chr( 65 ) ), Len( Chr( 256 ) ), Asc( Chr( 256 ) ), Asc( Chr( 257 ) ), Asc( Chr( -1 ) )
   ? Asc( Chr( 66.7 ) ), Asc( Chr( 1000 ) ), Asc( Chr( 100000 ) ), Asc( Chr( 0 ) )
   ? Asc( hb_BChar( 65 ) ), Asc( hb_BChar( 300 ) ), hb_BCode( "é" ), hb_BCode( "" )
   ? "upper"
   ? Upper( "abc" ), Upper( "Hello World 123" ), Upper( "" ), Upper( "a-b" ), Upper( "ß" )
   ? "len of literals"
   ? Len( { 1, 2, 3 } ), Len( {} ), Len( { "a" => 1, "b" => 2 } ), Len( { => } ), Len( { 1, , } )
   ? Len( { QOut( "not evaluated" ) } )
   RETURN
