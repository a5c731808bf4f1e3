// hb_gz*() files: modes, members, damaged data, seeks, handles, argument errors
PROCEDURE Main()
   LOCAL gz, c, e, h, x, n
   // empty file, transparent and level modes
   hb_MemoWrit( "_e.bin", "" )
   gz := hb_gzOpen( "_e.bin", "rb" )
   ? hb_gzDirect( gz ), hb_gzGetc( gz ), hb_gzEof( gz ), hb_gzClose( gz )
   FOR EACH x IN { "wb", "wb9", "wb1", "w0", "wbf", "wbh", "wR", "wF", "wT", "w9T" }
      gz := hb_gzOpen( "_m.gz", x )
      ? x, hb_gzDirect( gz ), hb_gzWrite( gz, Replicate( "abcabcabd", 20 ) ), hb_gzClose( gz )
      ? "  ", hb_StrToHex( hb_MemoRead( "_m.gz" ) )
   NEXT
   gz := hb_gzOpen( "_m.gz", "wb" )
   ? hb_gzClose( gz ), hb_StrToHex( hb_MemoRead( "_m.gz" ) )
   // append a member, read both
   gz := hb_gzOpen( "_m.gz", "ab" )
   ? hb_gzPuts( gz, "first" + Chr( 10 ) ), hb_gzClose( gz )
   gz := hb_gzOpen( "_m.gz", "ab" )
   ? hb_gzPuts( gz, "second" + Chr( 0 ) + "x" ), hb_gzClose( gz )
   ? hb_StrToHex( hb_MemoRead( "_m.gz" ) )
   gz := hb_gzOpen( "_m.gz", "rb" )
   ? hb_gzDirect( gz ), hb_gzGets( gz, 100 ), hb_gzGets( gz, 100 ), hb_gzGets( gz, 1 ), hb_gzTell( gz ), hb_gzEof( gz )
   hb_gzClose( gz )
   // trailing garbage, truncated, corrupt
   c := hb_gzCompress( Replicate( "0123456789", 30 ) )
   FOR EACH x IN { c + "garbage", c + Replicate( Chr( 0 ), 5 ), Left( c, Len( c ) - 3 ), Left( c, 20 ), Stuff( c, 12, 1, Chr( 255 ) ), ;
                   Stuff( c, Len( c ) - 6, 1, "Z" ), Left( c, 5 ), hb_HexToStr( "1F8B" ), hb_HexToStr( "1F" ), c + c }
      hb_MemoWrit( "_c.gz", x )
      gz := hb_gzOpen( "_c.gz", "rb" )
      e := 99
      n := Space( 1000 )
      ? x:__enumIndex, hb_gzDirect( gz ), hb_gzRead( gz, @n ), hb_gzError( gz, @e ), e, hb_gzEof( gz )
      ? "  ", hb_gzRead( gz, @n ), hb_gzGetc( gz ), hb_gzError( gz, @e ), e, hb_gzRewind( gz ), hb_gzTell( gz ), hb_gzGetc( gz )
      hb_gzClearErr( gz )
      ? "  ", hb_gzError( gz, @e ), e, hb_gzGetc( gz ), hb_gzClose( gz )
   NEXT
   // seeks when reading
   hb_MemoWrit( "_s.txt", "0123456789" )
   gz := hb_gzOpen( "_s.txt", "rb" )
   ? hb_gzSeek( gz, 20 ), hb_gzTell( gz ), hb_gzEof( gz ), hb_gzGetc( gz ), hb_gzTell( gz ), hb_gzEof( gz )
   ? hb_gzSeek( gz, 4 ), hb_gzGetc( gz ), hb_gzSeek( gz, 2, 1 ), hb_gzGetc( gz ), hb_gzSeek( gz, -3, 1 ), hb_gzGetc( gz ), hb_gzSeek( gz, -30, 1 ), hb_gzTell( gz )
   ? hb_gzSeek( gz, 10 ), hb_gzEof( gz ), hb_gzGetc( gz ), hb_gzEof( gz ), hb_gzSeek( gz, 9 ), hb_gzEof( gz ), hb_gzGetc( gz )
   ? hb_gzUngetc( 65, gz ), hb_gzTell( gz ), hb_gzUngetc( 66, gz ), hb_gzTell( gz ), hb_gzGetc( gz ), hb_gzGetc( gz ), hb_gzGetc( gz )
   hb_gzClose( gz )
   // hb_gzDOpen
   h := FCreate( "_d.gz" )
   gz := hb_gzDOpen( h, "wb" )
   ? ValType( gz ), hb_gzWrite( gz, "via handle" ), hb_gzClose( gz )
   ? hb_StrToHex( hb_MemoRead( "_d.gz" ) )
   h := FOpen( "_d.gz" )
   gz := hb_gzDOpen( h, "rb" )
   ? hb_gzGets( gz, 50 ), hb_gzClose( gz )
   // argument errors
   ErrTry( {|| hb_gzOpen( "x" ) } )
   ErrTry( {|| hb_gzDOpen( "x", "rb" ) } )
   ErrTry( {|| hb_gzClose( "x" ) } )
   ErrTry( {|| hb_gzRead( 1, "x" ) } )
   ErrTry( {|| hb_gzWrite( 1, "x" ) } )
   ErrTry( {|| hb_gzWrite( 1, 2 ) } )
   ErrTry( {|| hb_gzGets( 1, 0 ) } )
   ErrTry( {|| hb_gzGets( 1, 10 ) } )
   ErrTry( {|| hb_gzPuts( gz, 1 ) } )
   ErrTry( {|| hb_gzPutc( gz ) } )
   ErrTry( {|| hb_gzPutc( gz, 65 ) } )
   ErrTry( {|| hb_gzGetc() } )
   ErrTry( {|| hb_gzUngetc( 65, 1 ) } )
   ErrTry( {|| hb_gzSeek( gz ) } )
   ErrTry( {|| hb_gzSeek( 1, 1 ) } )
   ErrTry( {|| hb_gzTell( gz ) } )
   ErrTry( {|| hb_gzEof() } )
   ErrTry( {|| hb_gzSetParams( gz, 1 ) } )
   ErrTry( {|| hb_gzFlush( gz ) } )
   ErrTry( {|| hb_gzError( gz ) } )
   ErrTry( {|| hb_gzClearErr( gz ) } )
   ErrTry( {|| hb_gzClose( gz ) } )
   ErrTry( {|| hb_gzClose() } )
   // params, flush before data
   gz := hb_gzOpen( "_p.gz", "wb" )
   ? hb_gzSetParams( gz, 9, 0 ), hb_gzSetParams( gz, 10, 0 ), hb_gzSetParams( gz, 1, 9 ), hb_gzFlush( gz, 7 ), hb_gzFlush( gz, -1 )
   ? hb_gzWrite( gz, Replicate( "abcabcabd", 20 ) ), hb_gzClose( gz ), hb_StrToHex( hb_MemoRead( "_p.gz" ) )
   gz := hb_gzOpen( "_s.txt", "rb" )
   ? hb_gzSetParams( gz, 9, 0 ), hb_gzFlush( gz ), hb_gzClose( gz )
   AEval( { "_e.bin", "_m.gz", "_c.gz", "_s.txt", "_d.gz", "_p.gz" }, {| f | FErase( f ) } )
RETURN

STATIC PROCEDURE ErrTry( b )
   LOCAL oErr, xRes, i
   BEGIN SEQUENCE WITH {| e | Break( e ) }
      xRes := Eval( b )
      ? "no error:", hb_ValToExp( xRes )
   RECOVER USING oErr
      ? "error:", oErr:subSystem, oErr:subCode, oErr:genCode, oErr:description, oErr:operation, oErr:canSubstitute
      IF HB_ISARRAY( oErr:args )
         FOR i := 1 TO Len( oErr:args )
            ?? "", ValType( oErr:args[ i ] )
         NEXT
      ENDIF
   END SEQUENCE
   RETURN
