/*
 * mt_idle_thread.prg - what one idle extra thread costs a single-threaded program
 *
 * Usage:   mt_idle_thread [nLoops]      (default 2000000)
 *
 * Runs the same work loop (arithmetic, function calls, strings, arrays)
 * with no other thread, then while one extra thread is alive and blocked
 * in hb_mutexSubscribe(), then again alone; prints "<phase>: seconds",
 * the ratio idle/alone and a checksum that depends only on nLoops.
 */

#define CHK_MOD  1000000007

PROCEDURE Main( cLoops )

   LOCAL n := 2000000, nAlone, nIdle, nChk := 0, mtx, th

   IF cLoops != NIL .AND. Val( cLoops ) > 0
      n := Int( Val( cLoops ) )
   ENDIF

   nAlone := Phase( "alone", n, @nChk )
   mtx := hb_mutexCreate()
   th := hb_threadStart( {|| hb_mutexSubscribe( mtx ) } )
   nIdle := Phase( "idle_thread", n, @nChk )
   hb_mutexNotify( mtx, .T. )
   hb_threadJoin( th )
   nAlone := Min( nAlone, Phase( "alone_again", n, @nChk ) )
   OutStd( "# idle/alone: " + LTrim( Str( nIdle / Max( nAlone, 0.001 ), 10, 3 ) ) + hb_eol() )
   OutStd( "checksum: " + LTrim( Str( nChk, 20, 0 ) ) + hb_eol() )

   RETURN

STATIC FUNCTION Phase( cName, n, nChk )

   LOCAL nT := hb_MilliSeconds()

   nChk := Int( ( nChk * 31 + Work( n ) ) % CHK_MOD )
   nT := ( hb_MilliSeconds() - nT ) / 1000
   OutStd( cName + ": " + LTrim( Str( nT, 12, 3 ) ) + hb_eol() )

   RETURN nT

STATIC FUNCTION Work( n )

   LOCAL i, nSum := 0, a := Array( 64 ), c := ""

   FOR i := 1 TO n
      nSum := ( nSum + Step( i ) ) % CHK_MOD
      a[ i % 64 + 1 ] := i
      IF i % 1000 == 0
         c := Left( c + Str( i % 97, 3 ), 60 )
         nSum += Len( c ) + a[ ( i / 1000 ) % 64 + 1 ]
      ENDIF
   NEXT

   RETURN nSum

STATIC FUNCTION Step( i )

   RETURN i * 3 % 17 + 1
