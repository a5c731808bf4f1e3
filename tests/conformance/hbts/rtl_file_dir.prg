// Directories and file names: Directory() with attribute filters and
// wildcards, File() and hb_FileExists(), SET DEFAULT, MakeDir/DirChange/
// DirRemove, ADir(), hb_FNameSplit() and the other name functions.

#include "directry.ch"

PROCEDURE Main()

   LOCAL a, x, cPath, cName, cExt, cDrive

   hb_MemoWrit( "a1.txt", "1" )
   hb_MemoWrit( "a2.txt", "22" )
   hb_MemoWrit( "b1.dat", "333" )
   MakeDir( "hid" )
   hb_MemoWrit( "hid/.hidden", "4444" )
   hb_MemoWrit( "hid/shown", "5" )
   ? "makedir:", MakeDir( "sub" ), MakeDir( "sub" ), hb_DirCreate( "sub/deep" ), hb_DirExists( "sub/deep" ), MakeDir( 1 )
   hb_MemoWrit( "sub/in.txt", "in" )

   ? "dir-txt:", Names( Directory( "*.txt" ) )
   ? "dir-all:", Names( Directory() )
   ? "dir-star:", Names( Directory( "*" ) )
   ? "dir-hidden:", Names( Directory( "hid/*", "H" ) ), Names( Directory( "hid/*" ) )
   ? "dir-dirs:", Names( Directory( "*", "D" ) )
   ? "dir-dotted:", Names( Directory( "hid/.*" ) )
   ? "dir-question:", Names( Directory( "a?.txt" ) ), Names( Directory( "?1.*" ) )
   ? "dir-class:", Names( Directory( "[ab]1.*" ) )
   ? "dir-sub:", Names( Directory( "sub/" ) ), Names( Directory( "sub/*.txt" ) ), Names( Directory( "sub", "D" ) )
   ? "dir-none:", Len( Directory( "nothing*" ) ), Len( Directory( "nodir/*" ) )
   a := Directory( "a2.txt" )
   ? "dir-entry:", Len( a[ 1 ] ), a[ 1 ][ F_NAME ], a[ 1 ][ F_SIZE ], ValType( a[ 1 ][ F_DATE ] ), Len( a[ 1 ][ F_TIME ] ), a[ 1 ][ F_ATTR ]
   a := hb_Directory( "a2.txt" )
   ? "hb_directory:", ValType( a[ 1 ][ F_DATE ] )
   a := Directory( "sub", "D" )
   ? "dir-attr:", a[ 1 ][ F_ATTR ], Directory( "hid/.hidden", "H" )[ 1 ][ F_ATTR ]

   ? "file:", File( "a1.txt" ), File( "*.txt" ), File( "a?.dat" ), File( "sub" ), File( "sub/*.txt" ), File( "" ), File( 1 )
   ? "exists:", hb_FileExists( "a1.txt" ), hb_FileExists( "sub" ), hb_FileExists( "*.txt" ), hb_DirExists( "sub" ), hb_DirExists( "a1.txt" ), hb_DirExists( "" )
   ? "adir:", ADir( "*.txt" ), ADir( "*.nope" ), ADir( 5 )
   a := Array( 2 )
   x := Array( 3 )
   ? "adir-arrays:", ADir( "*.txt", a, x ), Names2( a ), x[ 1 ] + x[ 2 ], x[ 3 ]

   SET DEFAULT TO sub
   ? "default:", File( "in.txt" ), File( "a1.txt" ), hb_FileExists( "in.txt" ), ADir( "*.txt" ), Len( MemoRead( "in.txt" ) )
   SET DEFAULT TO

   ? "dirchange:", DirChange( "sub" ), File( "in.txt" ), hb_FNameName( CurDir() ), DirChange( ".." ), File( "a1.txt" ), DirChange( "nope" ), DirChange( 5 )
   ? "dirremove:", DirRemove( "sub" ), FErase( "sub/in.txt" ), DirRemove( "sub/deep" ), DirRemove( "sub" ), DirRemove( "sub" ), hb_DirDelete( 1 )
   ? "erase-dir:", MakeDir( "gone" ), FErase( "gone" ), hb_DirExists( "gone" )

   ? "match:", hb_FileMatch( "abc.txt", "*.txt" ), hb_FileMatch( "abc.TXT", "*.txt" ), hb_FileMatch( "a/b", "a*b" ), hb_FileMatch( "x", 1 )

   FOR EACH x IN { "", "a", "a.b", "a.b.c", ".a", "a.", "/a", "a/", "a/b", "a/b.c", "/a/b.c", "a.b/c", "a.b/c.d", "c:x", "c:/x.y", "//s/x", " sp ", "a/.b", "..", "../x" }
      hb_FNameSplit( x, @cPath, @cName, @cExt, @cDrive )
      ? "split[" + x + "]", "[" + cPath + "]", "[" + cName + "]", "[" + cExt + "]", "[" + cDrive + "]", ;
         "[" + hb_FNameMerge( cPath, cName, cExt ) + "]", "[" + hb_FNameDir( x ) + "]", "[" + hb_FNameNameExt( x ) + "]"
   NEXT
   ? "merge:", hb_FNameMerge( "p", "n", "e" ), hb_FNameMerge( "p/", "/n", ".e" ), hb_FNameMerge( , "n" ), hb_FNameMerge( "p" ), hb_FNameMerge( "p", , "x" ), hb_FNameMerge()
   ? "extset:", hb_FNameExtSet( "a/b.c", "d" ), hb_FNameExtSet( "a/b", ".d" ), hb_FNameExtSet( "a/b.c" ), hb_FNameExtSetDef( "a/b.c", "d" ), hb_FNameExtSetDef( "a/b", "d" )
   ? "ps:", hb_ps(), hb_osFileMask(), hb_osPathSeparator(), hb_osPathListSeparator()

   FErase( "a1.txt" ) ; FErase( "a2.txt" ) ; FErase( "b1.dat" ) ; FErase( "hid/.hidden" ) ; FErase( "hid/shown" )
   ? "left:", Len( Directory( "*", "D" ) ), DirRemove( "hid" )

   RETURN

STATIC FUNCTION Names( a )
   LOCAL c := "", x
   ASort( a, , , {| x, y | x[ F_NAME ] < y[ F_NAME ] } )
   FOR EACH x IN a
      c += x[ F_NAME ] + iif( x[ F_ATTR ] == "A", "", "(" + x[ F_ATTR ] + ")" ) + " "
   NEXT
   RETURN RTrim( c )

STATIC FUNCTION Names2( a )
   LOCAL c := "", x
   FOR EACH x IN ASort( a )
      c += x + " "
   NEXT
   RETURN RTrim( c )
