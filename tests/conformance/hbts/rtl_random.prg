// hb_Rand32(), hb_RandNum(), hb_RandInt(), hb_RandStr(): types, ranges, lengths
PROCEDURE Main()
   LOCAL i, n, lOk, c, aSeen

   ? "-- hb_Rand32"
   lOk := .T.
   FOR i := 1 TO 2000
      n := hb_Rand32()
      IF ! HB_ISNUMERIC( n ) .OR. n < 0 .OR. n > 0xFFFFFFFF .OR. n != Int( n )
         lOk := .F.
      ENDIF
   NEXT
   ? lOk, ValType( hb_Rand32( 5 ) )

   ? "-- hb_RandNum"
   ? Range( {|| hb_RandNum() }, 0, 1 )
   ? Range( {|| hb_RandNum( 10 ) }, 0, 10 )
   ? Range( {|| hb_RandNum( -5 ) }, -5, 0 )
   ? Range( {|| hb_RandNum( 3, 7 ) }, 3, 7 )
   ? Range( {|| hb_RandNum( 7, 3 ) }, 3, 7 )
   ? Range( {|| hb_RandNum( 2.5, 2.5 ) }, 2.5, 2.5 )
   ? Range( {|| hb_RandNum( "x", 4 ) }, 0, 1 )
   ? Range( {|| hb_RandNum( 0 ) }, 0, 0 )
   ? Len( Str( hb_RandNum( 0 ) ) ), Str( hb_RandNum( 0 ) ), Str( hb_RandNum( 5, 5 ) )

   ? "-- hb_RandInt"
   ? IntRange( {|| hb_RandInt() }, 0, 1 )
   ? IntRange( {|| hb_RandInt( 6 ) }, 1, 7 )
   ? IntRange( {|| hb_RandInt( 1 ) }, 1, 2 )
   ? IntRange( {|| hb_RandInt( 0 ) }, 1, 1 )
   ? IntRange( {|| hb_RandInt( 10, 12 ) }, 10, 13 )
   ? IntRange( {|| hb_RandInt( 12, 10 ) }, 10, 13 )
   ? IntRange( {|| hb_RandInt( -3, -1 ) }, -3, 0 )
   ? IntRange( {|| hb_RandInt( 5, 5 ) }, 5, 6 )
   ? IntRange( {|| hb_RandInt( 2.9, 4.9 ) }, 2, 5 )
   ? IntRange( {|| hb_RandInt( .T. ) }, 0, 1 )
   aSeen := { .F., .F. }
   FOR i := 1 TO 500
      aSeen[ hb_RandInt() + 1 ] := .T.
   NEXT
   ? aSeen[ 1 ], aSeen[ 2 ]
   ? Str( hb_RandInt( 5, 5 ) ), Len( Str( hb_RandInt( 3 ) ) )

   ? "-- hb_RandStr"
   FOR EACH n IN { 0, 1, 16, 1000, -3, 2.7 }
      c := hb_RandStr( n )
      ? n, ValType( c ), Len( c )
   NEXT
   ? hb_ValToExp( hb_RandStr() ), hb_ValToExp( hb_RandStr( "10" ) )
   c := hb_RandStr( 4096 )
   n := 0
   FOR i := 0 TO 255
      IF Chr( i ) $ c
         n++
      ENDIF
   NEXT
   ? n > 200, hb_RandStr( 32 ) == hb_RandStr( 32 )
   RETURN

STATIC FUNCTION Range( b, nMin, nMax )
   LOCAL i, n
   FOR i := 1 TO 1000
      n := Eval( b )
      IF ! HB_ISNUMERIC( n ) .OR. n < nMin .OR. n > nMax
         RETURN "bad: " + hb_ValToExp( n )
      ENDIF
   NEXT
   RETURN "ok"

/* results in nMin..nMax; nMax itself only when the draw is the very top */
STATIC FUNCTION IntRange( b, nMin, nMax )
   LOCAL i, n
   FOR i := 1 TO 1000
      n := Eval( b )
      IF ! HB_ISNUMERIC( n ) .OR. n < nMin .OR. n > nMax .OR. n != Int( n )
         RETURN "bad: " + hb_ValToExp( n )
      ENDIF
   NEXT
   RETURN "ok"
