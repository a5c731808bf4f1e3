// Low-level file functions and FError(): open modes, seeks past the ends,
// reads into a by-reference buffer, writes of nothing (truncation), the
// error codes of failing calls, hb_vf* file pointers, memo files.

#include "fileio.ch"

PROCEDURE Main()

   LOCAL h, h2, c, n, p, cBuf

   h := FCreate( "io1.bin" )
   ? "create:", h > 2, FError()
   ? "write:", FWrite( h, "0123456789" ), FWrite( h, "abc", 2 ), FWrite( h, "xyz", 0 ), FWrite( h, "", 5 ), FError()
   ? "seek:", FSeek( h, 0, FS_END ), FSeek( h, -3, FS_END ), FSeek( h, 2, FS_RELATIVE ), FSeek( h, 20 ), FError()
   ? "seek-neg:", FSeek( h, -1 ), FError(), FSeek( h, -50, FS_RELATIVE ), FError(), FSeek( h, 3, 7 ), FError()
   ? "write-gap:", FSeek( h, 15 ), FWrite( h, "Z" ), hb_FSize( "io1.bin" )
   FSeek( h, 0 )
   cBuf := Space( 20 )
   ? "read-all:", FRead( h, @cBuf, 20 ), StrTran( cBuf, Chr( 0 ), "." ), FError()
   FSeek( h, 12 )
   ? "truncate:", FWrite( h, "" ), FSeek( h, 0, FS_END ), hb_FSize( "io1.bin" )
   ? "close:", FClose( h ), FError(), FClose( h ), FError()

   // read modes
   h := FOpen( "io1.bin", FO_READ )
   ? "read-only write:", FWrite( h, "x" ), FError()
   cBuf := "12345"
   ? "read-buf-len:", FRead( h, @cBuf, 6 ), cBuf, FRead( h, @cBuf, 7 ), FError()
   ? "read-no-ref:", FRead( h, cBuf, 2 ), FError()
   ? "readstr:", FReadStr( h, 3 ), FReadStr( h, 0 ), FError()
   ? "readlen:", hb_FReadLen( h, 4 ), FSeek( h, 0, FS_RELATIVE )
   ? "eof:", hb_FEof( h ), FSeek( h, 0, FS_END ), hb_FEof( h )
   FClose( h )
   h := FOpen( "io1.bin", FO_WRITE )
   ? "write-only read:", FRead( h, @cBuf, 2 ), FError(), FReadStr( h, 2 ), FError()
   FClose( h )
   h := FOpen( "io1.bin", FO_READWRITE + FO_SHARED )
   h2 := FOpen( "io1.bin", FO_READ + FO_SHARED )
   ? "two handles:", h2 == h + 1, FWrite( h, "AB" ), FReadStr( h2, 4 )
   FClose( h ) ; FClose( h2 )

   // a zero byte ends FReadStr() but not FRead()
   hb_MemoWrit( "io2.bin", "ab" + Chr( 0 ) + "cd" )
   h := FOpen( "io2.bin" )
   ? "readstr-zero:", Len( FReadStr( h, 5 ) ), FSeek( h, 0, FS_RELATIVE )
   FClose( h )

   // failures
   ? "open-missing:", FOpen( "no/such/file" ), FError(), FOpen( "missing.bin" ), FError()
   ? "open-dir:", FOpen( ".", FO_READWRITE ), FError()
   ? "create-bad:", FCreate( "no/such/file" ), FError(), FCreate( 1 ), FError()
   ? "bad-handle:", FWrite( 99, "x" ), FError(), FSeek( 99, 1 ), FError(), FReadStr( 99, 1 ), FError(), FClose( 99 ), FError()
   ? "bad-args:", FWrite( "x" ), FError(), FSeek( "a", 1 ), FError(), FClose( "x" ), FError(), FRead(), FError()
   ? "erase:", FErase( "missing.bin" ), FError(), FErase( 1 ), FError(), FErase( "no/such/x" ), FError()
   ? "rename:", FRename( "missing.bin", "x.bin" ), FError(), FRename( "io2.bin" ), FError()
   ? "rename-ok:", FRename( "io2.bin", "io3.bin" ), FError(), File( "io2.bin" ), File( "io3.bin" )
   BEGIN SEQUENCE WITH {| e | Break( e ) }
      FOpen( 5 )
   RECOVER USING p
      ? "fopen-arg:", p:subSystem, p:subCode, p:description, p:operation, hb_ValToExp( p:args ), p:canSubstitute, FError()
   END SEQUENCE

   // memo files
   ? "memowrit:", MemoWrit( "m1.txt", "line" ), hb_FSize( "m1.txt" ), Len( MemoRead( "m1.txt" ) ), Len( hb_MemoRead( "m1.txt" ) )
   ? "memoread-bad:", "[" + MemoRead( "missing.txt" ) + "]", "[" + MemoRead( 5 ) + "]", MemoWrit( "m1.txt" ), MemoWrit( 1, "x" )
   ? "memo-empty:", MemoWrit( "m2.txt", "" ), hb_FSize( "m2.txt" ), hb_MemoWrit( "m3.txt", "" ), hb_FSize( "m3.txt" )
   ? "memo-eof-only:", MemoWrit( "m2.txt", Chr( 26 ) ), Len( MemoRead( "m2.txt" ) ), Len( hb_MemoRead( "m2.txt" ) )

   // copying
   ? "copyfile:", __CopyFile( "m1.txt", "m4.txt" ), hb_MemoRead( "m4.txt" ) == hb_MemoRead( "m1.txt" )

   // hb_vf*
   p := hb_vfOpen( "vf1.txt", FO_CREAT + FO_TRUNC + FO_READWRITE )
   ? "vf-open:", ValType( p ), FError()
   ? "vf-write:", hb_vfWrite( p, "hello world" ), hb_vfWrite( p, "!!", 1 ), hb_vfSize( p ), hb_vfSeek( p, 0 )
   c := Space( 5 )
   ? "vf-read:", hb_vfRead( p, @c ), c, hb_vfReadLen( p, 3 ), hb_vfEof( p ), hb_vfSeek( p, 0, FS_END ), hb_vfEof( p )
   ? "vf-trunc:", hb_vfTrunc( p, 5 ), hb_vfSize( p ), hb_vfSize( "vf1.txt" )
   ? "vf-close:", hb_vfClose( p ), FError()
   BEGIN SEQUENCE WITH {| e | Break( e ) }
      hb_vfClose( p )
   RECOVER USING n
      ? "vf-closed:", n:subCode, n:operation, n:canSubstitute
   END SEQUENCE
   ? "vf-names:", hb_vfExists( "vf1.txt" ), hb_vfExists( "nope" ), hb_vfRename( "vf1.txt", "vf2.txt" ), ;
      hb_vfExists( "vf2.txt" ), hb_vfCopyFile( "vf2.txt", "vf3.txt" ), hb_vfLoad( "vf3.txt" ), hb_vfErase( "vf2.txt" ), hb_vfErase( "vf2.txt" ), FError()
   ? "vf-dirs:", hb_vfDirMake( "vfdir" ), hb_vfDirExists( "vfdir" ), hb_vfDirMake( "vfdir" ), FError(), hb_vfDirRemove( "vfdir" ), hb_vfDirExists( "vfdir" )
   ? "vf-save:", hb_vfSave( "vf4.txt", "saved" ), hb_vfLoad( "vf4.txt" ), hb_vfLoad( "vf4.txt", 3 ), hb_vfLoad( "nope" )
   ? "vf-open-missing:", hb_vfOpen( "nope", FO_READ ), FError()

   FOR EACH c IN { "io1.bin", "io3.bin", "m1.txt", "m2.txt", "m3.txt", "m4.txt", "vf3.txt", "vf4.txt" }
      FErase( c )
   NEXT
   ? "left:", Len( Directory( "*.*" ) )

   RETURN
