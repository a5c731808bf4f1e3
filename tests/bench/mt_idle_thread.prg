/*
 * mt_idle_thread.prg - what one idle extra thread costs a single-threaded program
 *
 * Usage:   mt_idle_thread [nLoops]      (default 2000000)
 *
 * Runs the same work loop (arithmetic, function calls, strings, arrays)
 * with no other thread and while one extra thread is alive and blocked in
 * hb_mutexSubscribe(), twice each after a warm-up round; prints each
 * "<phase>: seconds", the ratio of the best idle to the best alone round
 * and a checksum that depends only on nLoops.
 */

#define CHK_MOD  1000000007

PROCEDURE Main( cLoops )

   LOCAL n := 2000000, nAlone := 0, nIdle := 0, nChk := 0, mtx, th, i

   IF cLoops != NIL .AND. Val( cLoops ) > 0
      n := Int( Val( cLoops ) )
   ENDIF

   /* a first round warms up; then alone and with the idle thread, twice, best of each */
   Work( n )
   mtx := hb_mutexCreate()
   FOR i := 1 TO 2
      nAlone := iif( i == 1, Phase( "alone", n, @nChk ), Min( nAlone, Phase( "alone", n, @nChk ) ) )
      th := hb_threadStart( {|| hb_mutexSubscribe( mtx ) } )
      nIdle := iif( i == 1, Phase( "idle_thread", n, @nChk ), Min( nIdle, Phase( "idle_thread", n, @nChk ) ) )
      hb_mutexNotify( mtx, .T. )
      hb_threadJoin( th )
   NEXT
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
