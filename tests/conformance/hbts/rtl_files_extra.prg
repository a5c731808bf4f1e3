// File functions beyond the Clipper set: hb_FNameExists, hb_FCreate,
// hb_FCopy, links, hb_FIsDevice, hb_FSetDevMode, hb_FLock/hb_FUnlock,
// hb_FTempCreateEx, the hb_vf* extras (locks, positional I/O, attributes,
// times, links, hb_vfCopyFileEx, hb_vfTempFile, hb_vfConfig), hb_DirScan,
// hb_FileDelete, hb_DirRemoveAll and hb_PathRelativize.

#include "fileio.ch"

PROCEDURE Main()
   LOCAL h, h2, c, n, f, f2, t, d

   ? "-- by name"
   hb_MemoWrit( "fx_src.txt", "src" )
   ? hb_FNameExists( "fx_src.txt" ), hb_FNameExists( "." ), hb_FNameExists( "fx_nope" ), hb_FNameExists( 1 ), FError()
   h := hb_FCreate( "fx_t1.txt" )
   ? h > 0, FError()
   ? FWrite( h, "hello" ), FClose( h )
   ? hb_FCreate( "fx_t1.txt", , FO_EXCL ), FError()
   ? hb_FCreate( 1 ), FError()
   ? hb_FCreate( "fx_nodir/x.txt" ), FError()
   ? hb_FCopy( "fx_t1.txt", "fx_t2.txt" ), FError(), hb_MemoRead( "fx_t2.txt" )
   ? hb_FCopy( "fx_nope.txt", "fx_t3.txt" ), FError(), File( "fx_t3.txt" )
   ? hb_FCopy( 1, "fx_t3.txt" ), FError()
   ? hb_FCopy( "fx_t1.txt", "fx_nodir/t3.txt" ), FError()

   ? "-- links"
   ? hb_FLink( "fx_t1.txt", "fx_t1.lnk" ), FError()
   ? hb_FLink( "fx_t1.txt", "fx_t1.lnk" ), FError()
   ? hb_FLink( 1 ), FError()
   ? hb_FLinkSym( "fx_t1.txt", "fx_t1.sym" ), FError()
   ? hb_FLinkSym( "fx_t1.txt", "fx_t1.sym" ), FError()
   ? hb_FLinkRead( "fx_t1.sym" ), FError()
   ? hb_FLinkRead( "fx_t1.txt" ), FError()
   ? hb_FLinkRead( "fx_nope" ), FError()
   ? hb_FLinkRead( 1 ), FError()
   ? hb_FLinkSym( "fx_dangling", "fx_t2.sym" ), FError(), hb_FLinkRead( "fx_t2.sym" )
   ? hb_vfLink( "fx_t1.txt", "fx_v.lnk" ), FError(), hb_vfLink( "fx_t1.txt", "fx_v.lnk" ), FError(), hb_vfLink()
   ? hb_vfLinkSym( "fx_t1.txt", "fx_v.sym" ), FError(), hb_vfLinkRead( "fx_v.sym" ), FError()
   ? hb_vfLinkRead( "fx_t1.txt" ), FError(), hb_vfLinkRead(), FError()

   ? "-- handles"
   h := FOpen( "fx_t1.txt", FO_READWRITE )
   ? hb_FIsDevice( h ), FError()
   ? hb_FIsDevice( 99 ), FError()
   ? hb_FSetDevMode( h, 1 ), FError()
   ? hb_FSetDevMode( "x" ), FError()
   ? hb_FSetDevMode( 99, 2 ), FError()
   ? hb_FLock( h, 0, 10 ), FError()
   ? hb_FLock( h, 0, 10 ), FError()
   h2 := FOpen( "fx_t1.txt", FO_READWRITE )
   ? hb_FLock( h2, 0, 10 ), FError()
   ? hb_FLock( h2, 5, 10 ), FError()
   ? hb_FUnlock( h, 0, 10 ), FError()
   ? hb_FUnlock( h, 0, 10 ), FError()
   ? hb_FLock( h, 0 ), FError()
   ? hb_FUnlock( 99, 0, 1 ), FError()
   ? hb_FLock( 99, 0, 1 ), FError()
   FClose( h )
   FClose( h2 )

   ? "-- temporary files"
   h := hb_FTempCreateEx( @c, "./", "pre", ".ext" )
   ? h > 0, FError(), Left( c, 5 ), Right( c, 4 ), Len( c ), File( c )
   FClose( h )
   FErase( c )
   h := hb_FTempCreateEx( @c, "fx_nodir", "pre", ".ext" )
   ? h, FError(), Left( c, 12 ), Len( c )
   h := hb_FTempCreateEx( @c )
   ? h > 0, Left( c, 1 ), File( c )
   FClose( h )
   FErase( c )
   f := hb_vfTempFile( @c, "./", "vt", ".tmp" )
   ? ValType( f ), FError(), Left( c, 4 ), Right( c, 4 ), Len( c )
   hb_vfClose( f )
   FErase( c )
   f := hb_vfTempFile( @c, "fx_nodir/", "vt", ".tmp" )
   ? ValType( f ), FError(), Left( c, 11 ), Len( c )

   ? "-- hb_vf locks and positional I/O"
   hb_MemoWrit( "fx_v1.txt", "0123456789" )
   ? hb_vfIsLocal( "fx_v1.txt" ), hb_vfIsLocal()
   f := hb_vfOpen( "fx_v1.txt", FO_READWRITE )
   f2 := hb_vfOpen( "fx_v1.txt", FO_READWRITE )
   ? hb_vfLock( f, 0, 5 ), FError()
   ? hb_vfLock( f2, 0, 5 ), FError()
   ? hb_vfLock( f2, 5, 5 ), FError()
   ? hb_vfLockTest( f2, 0, 5 ) > 0, FError()
   ? hb_vfLockTest( f, 0, 5 ) > 0, FError()
   ? hb_vfLockTest( f, 20, 5 ), FError()
   ? hb_vfLock( f, 0, 5 ), FError()
   ? hb_vfUnlock( f, 0, 5 ), FError()
   ? hb_vfUnlock( f, 0, 5 ), FError()
   ? hb_vfLock( f2, 0, 5 ), FError()
   ? hb_vfLock( f, 10, 5 ), hb_vfLock( f, 15, 5 ), hb_vfUnlock( f, 12, 3 ), hb_vfLock( f2, 12, 3 ), hb_vfUnlock( f, 10, 10 )
   ? hb_vfLock( f2, 0 ), FError()
   ? hb_vfLockTest( f2 ), FError()
   c := Space( 4 )
   ? hb_vfReadAt( f, @c, 4, 3 ), c, FError(), hb_vfSeek( f, 0, FS_RELATIVE )
   ? hb_vfReadAt( f, @c, , 8 ), c, FError()
   ? hb_vfReadAt( f, @c ), c, FError(), hb_vfSeek( f, 0, FS_RELATIVE )
   ? hb_vfReadAt( f, c ), FError()
   ? hb_vfReadAt( f, @c, 2, 100 ), FError()
   ? hb_vfWriteAt( f, "AB", , 2 ), FError(), hb_vfSeek( f, 0, FS_RELATIVE )
   ? hb_vfWriteAt( f, "XYZ", 1 ), FError(), hb_vfSeek( f, 0, FS_RELATIVE )
   ? hb_vfWriteAt( f, 1 ), FError()
   ? hb_vfWriteAt( f, "Q", , 12 ), FError(), hb_vfSize( f )
   ? hb_vfConfig( f, 1 ), FError()
   ? hb_vfConfig( f, 1, 2 ), FError()
   Try( {|| hb_vfConfig( f, "x" ) } )
   Try( {|| hb_vfConfig( 1, 1 ) } )
   Try( {|| hb_vfReadAt( 1 ) } )
   Try( {|| hb_vfLock( 1, 0, 1 ) } )
   hb_vfClose( f )
   hb_vfClose( f2 )
   ? hb_StrToExp( hb_MemoRead( "fx_v1.txt" ) )

   ? "-- hb_vf attributes and times"
   ? hb_vfAttrGet( "fx_v1.txt", @n ), hb_NumToHex( n ), FError()
   ? hb_vfAttrGet( "fx_nope", @n ), n, FError()
   ? hb_vfAttrGet( 1, @n ), n, FError()
   ? hb_vfAttrSet( "fx_v1.txt", FC_READONLY ), FError()
   ? hb_vfAttrGet( "fx_v1.txt", @n ), hb_NumToHex( n ), FError()
   ? hb_vfAttrSet( "fx_v1.txt", FC_NORMAL ), FError()
   ? hb_vfAttrSet( "fx_nope", FC_NORMAL ), FError()
   ? hb_vfTimeSet( "fx_v1.txt", hb_SToT( "20200102030405006" ) ), FError()
   ? hb_vfTimeGet( "fx_v1.txt", @t ), t, FError()
   ? hb_vfTimeGet( "fx_v1.txt", @d, @c ), d, c, FError()
   ? hb_vfTimeSet( "fx_v1.txt", 0d20210304, "10:11:12" ), FError()
   ? hb_vfTimeGet( "fx_v1.txt", @d, @c ), d, c, FError()
   ? hb_vfTimeGet( "fx_nope", @d, @c ), d, c, FError()
   ? hb_vfTimeSet( "fx_nope", 0d20210304 ), FError()
   ? hb_vfCopyFileEx( "fx_v1.txt", "fx_v2.txt", 4, .T., {| a, b | QOut( "cb", a, b ) } ), FError()
   ? hb_vfTimeGet( "fx_v2.txt", @t ), t, hb_MemoRead( "fx_v2.txt" ) == hb_MemoRead( "fx_v1.txt" )
   ? hb_vfCopyFileEx( "fx_v1.txt", "fx_v3.txt", , .F. ), FError()
   ? hb_vfCopyFileEx( "fx_nope", "fx_v4.txt" ), FError(), File( "fx_v4.txt" )
   ? hb_vfCopyFileEx( "fx_v1.txt" ), FError()
   ? hb_vfDirSpace( "." ) > 0, FError()
   ? hb_vfDirSpace( "/fx_nonexistent_dir" ), FError()

   ? "-- hb_DirScan"
   hb_DirBuild( "fx_dsc/sub1/deep" )
   hb_DirCreate( "fx_dsc/sub2" )
   hb_MemoWrit( "fx_dsc/a.txt", "1" )
   hb_MemoWrit( "fx_dsc/b.prg", "22" )
   hb_MemoWrit( "fx_dsc/.hid", "333" )
   hb_MemoWrit( "fx_dsc/sub1/c.txt", "4444" )
   hb_MemoWrit( "fx_dsc/sub1/deep/d.txt", "55555" )
   Show( hb_DirScan( "fx_dsc" ) )
   Show( hb_DirScan( "fx_dsc/", "*.txt" ) )
   Show( hb_DirScan( "fx_dsc", "*", "D" ) )
   Show( hb_DirScan( "fx_dsc", "*", "HD" ) )
   Show( hb_DirScan( "fx_dsc", "s*", "D" ) )
   Show( hb_DirScan( "fx_nodir" ) )
   ? FError()

   ? "-- hb_FileDelete, hb_DirRemoveAll"
   ? hb_FileDelete( "fx_dsc/*.txt" ), FError(), File( "fx_dsc/a.txt" ), File( "fx_dsc/b.prg" )
   ? hb_FileDelete( "fx_dsc/*.txt" ), FError()
   ? hb_FileDelete( "fx_dsc/sub2" ), FError()
   ? hb_FileDelete( "fx_dsc/.h*" ), FError(), File( "fx_dsc/.hid" )
   ? hb_FileDelete( "" ), hb_FileDelete( 1 ), FError()
   ? hb_DirRemoveAll( "fx_nodir" ), FError()
   ? hb_DirRemoveAll( "" ), hb_DirRemoveAll(), hb_DirRemoveAll( 1 ), FError()
   ? hb_DirRemoveAll( "fx_dsc/" ), FError(), hb_DirExists( "fx_dsc" )

   ? "-- hb_PathRelativize"
   ? hb_PathRelativize( "/usr/", "/usr/bin/" ), hb_PathRelativize( "/usr/lib/", "/usr/bin/x.txt" )
   ? hb_PathRelativize( "/usr/lib", "/usr/bin/x.txt", .F. ), hb_PathRelativize( "/fx_nonexist/a/", "/usr/bin/x.txt" )
   ? hb_PathRelativize( "/usr/", "/usr/" ), hb_PathRelativize( "/", "/usr/bin" ), hb_PathRelativize( 1, "x" )
   ? hb_PathRelativize( "/usr/share/", "/usr/lib/" ), hb_PathRelativize( "/usr/share/doc/", "/etc/" )

   ? "-- hb_vfDirBuild, hb_vfDirUnbuild, hb_vfNameExists"
   ? hb_vfDirBuild( "fx_vb1/x/y" ), FError(), hb_DirExists( "fx_vb1/x/y" )
   ? hb_vfDirBuild( "fx_vb1/x/y" ), FError()
   hb_MemoWrit( "fx_vb1/f", "" )
   ? hb_vfDirBuild( "fx_vb1/f/g" ), FError()
   ? hb_vfDirBuild( 1 ), FError()
   ? hb_vfNameExists( "fx_vb1" ), FError(), hb_vfNameExists( "fx_vb1/f" ), hb_vfNameExists( "fx_vb1/nope" ), FError()
   ? hb_vfNameExists(), FError()
   ? hb_vfDirUnbuild( "fx_vb1/x/y" ), FError(), hb_DirExists( "fx_vb1/x" ), hb_DirExists( "fx_vb1" )
   FErase( "fx_vb1/f" )
   ? hb_vfDirUnbuild( "fx_vb1/nope" ), FError()
   ? hb_vfDirUnbuild( "fx_vb1" ), FError(), hb_DirExists( "fx_vb1" )
   ? hb_vfDirUnbuild( 1 ), FError()

   AEval( { "fx_src.txt", "fx_t1.txt", "fx_t2.txt", "fx_t1.lnk", "fx_t1.sym", "fx_t2.sym", "fx_v.lnk", "fx_v.sym", ;
      "fx_v1.txt", "fx_v2.txt", "fx_v3.txt" }, {| x | FErase( x ) } )
   RETURN

STATIC PROCEDURE Show( a )
   LOCAL x
   ASort( a, , , {| x, y | x[ 1 ] < y[ 1 ] } )
   ? Len( a )
   FOR EACH x IN a
      ?? " " + x[ 1 ] + ":" + iif( "D" $ x[ 5 ], "", hb_ntos( x[ 2 ] ) ) + ":" + x[ 5 ] + ":" + ValType( x[ 3 ] )
   NEXT
   RETURN

STATIC PROCEDURE Try( b )
   LOCAL e
   BEGIN SEQUENCE WITH {| e | Break( e ) }
      ? Eval( b )
   RECOVER USING e
      ? e:subsystem, e:subcode, e:description, e:operation, Len( e:args ), e:canSubstitute
   END SEQUENCE
   RETURN
