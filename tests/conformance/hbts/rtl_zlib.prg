// hb_ZCompress() and friends: zlib's format byte for byte, result codes, buffers
#include "hbzlib.ch"

PROCEDURE Main()
   LOCAL c, z, n, cBuf, i, aIn, l, g

   aIn := { "a", "hello hello hello hello", Replicate( "abcdefghij", 500 ), "" }
   c := ""
   FOR i := 1 TO 3000
      c += Chr( ( i * 7919 ) % 256 ) + Chr( i % 13 + 65 )
   NEXT
   AAdd( aIn, c )

   ? "-- formats and levels"
   FOR EACH c IN aIn
      FOR EACH l IN { NIL, -1, 0, 1, 5, 9 }
         n := 99
         z := hb_ZCompress( c, , @n, l )
         ? c:__enumIndex, l, n, Len( z ), Left( hb_StrToHex( z ), 60 ), hb_StrToHex( Right( z, 4 ) )
         ? "  back:", hb_ZUncompress( z ) == c, hb_ZUncompressLen( z ) == Len( c )
         g := hb_gzCompress( c, , , l )
         ? "  gz:", Len( g ), Left( hb_StrToHex( g ), 40 ), hb_StrToHex( Right( g, 8 ) ), hb_ZUncompress( g ) == c
      NEXT
   NEXT

   ? "-- bounds"
   FOR EACH n IN { 0, 1, 100, 4095, 4096, 16384, 100000, 1000000 }
      ? n, hb_ZCompressBound( n ), hb_ZCompressBound( Space( Min( n, 5000 ) ) ), hb_gzCompressBound( n )
   NEXT
   ? hb_ZCompressBound( 10.9 )
   ErrTry( {|| hb_ZCompressBound() } )
   ErrTry( {|| hb_ZCompressBound( .T. ) } )
   ErrTry( {|| hb_gzCompressBound( {} ) } )

   ? "-- bad levels"
   FOR EACH l IN { 10, -2, 100, 3.7, "x" }
      n := 99
      z := hb_ZCompress( "abc", , @n, l )
      ? hb_ValToExp( l ), ValType( z ), n, iif( z == NIL, "", hb_StrToHex( z ) )
   NEXT

   ? "-- destination sizes"
   c := Replicate( "abcdefghij", 50 )
   FOR EACH i IN { 0, 5, 10, 14, 15, 16, 17, 18, 19, 20, 1000 }
      n := 99
      z := hb_ZCompress( c, i, @n )
      ? i, ValType( z ), n, iif( z == NIL, "", hb_StrToHex( z ) )
   NEXT
   ? "-- buffer by reference"
   FOR EACH i IN { 0, 5, 18, 19, 30 }
      cBuf := Replicate( "*", i )
      n := 99
      z := hb_ZCompress( c, @cBuf, @n )
      ? i, ValType( z ), n, iif( z == NIL, "", hb_StrToHex( z ) ), hb_StrToHex( cBuf )
   NEXT
   cBuf := 25
   z := hb_ZCompress( c, @cBuf, @n )
   ? ValType( z ), n, hb_ValToExp( cBuf )

   ? "-- uncompress"
   z := hb_ZCompress( c )
   FOR EACH i IN { 0, 10, 499, 500, 501, 2000 }
      n := 99
      g := hb_ZUncompress( z, i, @n )
      ? i, ValType( g ), n, iif( g == NIL, "", Len( g ) )
   NEXT
   FOR EACH i IN { 0, 10, 500, 510 }
      cBuf := Replicate( "#", i )
      n := 99
      g := hb_ZUncompress( z, @cBuf, @n )
      ? i, ValType( g ), n, iif( g == NIL, "", Len( g ) ), Len( cBuf ), Left( cBuf, 12 ), Right( cBuf, 4 )
   NEXT
   ? "-- corrupt data"
   FOR EACH g IN { "", "x", "xyz", Left( z, 10 ), Left( z, Len( z ) - 1 ), z + "garbage", ;
                   Stuff( z, 5, 1, "Z" ), Stuff( z, 1, 1, "Z" ), Left( z, 2 ), hb_gzCompress( "abc" ) + "tail", ;
                   Left( hb_gzCompress( "abc" ), 15 ), hb_HexToStr( "789C030000000001" ) }
      n := 99
      c := hb_ZUncompress( g, , @n )
      i := 99
      l := hb_ZUncompressLen( g, @i )
      ? g:__enumIndex, ValType( c ), n, iif( c == NIL, "", hb_StrToHex( Left( c, 10 ) ) ), l, i
   NEXT
   ? "-- empty input"
   n := 99
   ? hb_ValToExp( hb_ZCompress( "", , @n ) ), n
   n := 99
   ? hb_ValToExp( hb_ZUncompress( "", , @n ) ), n
   n := 99
   ? hb_ValToExp( hb_gzCompress( "", , @n ) ), n
   n := 99
   ? hb_ZUncompressLen( "", @n ), n

   ? "-- argument errors"
   ErrTry( {|| hb_ZCompress() } )
   ErrTry( {|| hb_ZCompress( 12, 3 ) } )
   ErrTry( {|| hb_ZUncompress( NIL, 10 ) } )
   ErrTry( {|| hb_ZUncompressLen( {} ) } )
   ErrTry( {|| hb_gzCompress( .F. ) } )

   ? "-- hb_ZError"
   FOR i := -7 TO 2
      ? i, "[" + hb_ZError( i ) + "]"
   NEXT
   ? "[" + hb_ZError() + "]", "[" + hb_ZError( "x" ) + "]", "[" + hb_ZError( -2.7 ) + "]"
   ? HB_ZLIB_RES_OK, HB_ZLIB_RES_BUF_ERROR, HB_ZLIB_COMPRESSION_SIZE, ValType( hb_ZLibVersion() )

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
            ?? "", hb_ValToExp( oErr:args[ i ] )
         NEXT
      ENDIF
   END SEQUENCE
   RETURN
