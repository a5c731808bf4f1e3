// Path helpers: hb_PathNormalize, hb_PathJoin, hb_DirSepAdd/Del/ToOS,
// hb_DirBuild and hb_DirUnbuild.

PROCEDURE Main()
   LOCAL x
   FOR EACH x IN { "", "a/b/../c", "./a/./b", "/a//b/", "a/..", "../a", "a/b/c/../../d", "//x", ".", "a/../../b", "/", "a/./", "x/y/.." }
      ? "[" + x + "]", "[" + hb_PathNormalize( x ) + "]", "[" + hb_DirSepAdd( x ) + "]", "[" + hb_DirSepDel( x ) + "]"
   NEXT
   ? hb_PathJoin( "/base/dir/file.txt", "rel/x.prg" ), hb_PathJoin( "/base/", "/abs" ), hb_PathJoin( "", "r" ), hb_PathJoin( "nodir", "r" ), hb_PathJoin( 1, "r" ), "[" + hb_PathJoin( "a/", 1 ) + "]"
   ? hb_DirSepToOS( "a\b\c" ), hb_DirSepAdd( 1 ), hb_PathNormalize( 1 )
   ? hb_DirBuild( "bd1/bd2/bd3" ), hb_DirExists( "bd1/bd2/bd3" ), hb_DirUnbuild( "bd1/bd2/bd3" ), hb_DirExists( "bd1" )
   RETURN
