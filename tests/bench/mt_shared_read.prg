/*
 * mt_shared_read.prg - the cost of SHARED opens when nobody else writes
 *
 * Usage:   mt_shared_read [nRecords] [nPasses]
 *          nRecords defaults to 100000, nPasses to 5.
 *
 * Builds a table (DBFCDX, one tag) in the current directory, then runs the
 * same read loops over it opened EXCLUSIVE and opened SHARED (no other
 * process or thread has it open):
 *   scan     GO TOP ... SKIP in natural order, summing two fields
 *   goto     dbGoto() to pseudo-random records, reading a field
 *   ordered  GO TOP ... SKIP in index order
 * Output: "<mode>_<loop>: seconds", "<mode>.total: seconds", the ratio
 * shared/exclusive of the natural-order loops (scan + goto: the headline)
 * and of the ordered loop, and a checksum that depends only on the
 * arguments.
 *
 * The ordered loop is reported apart: in a SHARED index every skip takes
 * the index read lock and checks the index's update counter, as Harbour
 * does (its own ordered loop runs about three times slower SHARED), since
 * another process may write to the index at any moment.
 */

REQUEST DBFCDX

#define CHK_MOD  1000000007

STATIC s_nChk := 0

PROCEDURE Main( cRecs, cPasses )

   LOCAL n := 100000, nPasses := 5
   LOCAL aExcl, aShared

   IF cRecs != NIL .AND. Val( cRecs ) > 0
      n := Int( Val( cRecs ) )
   ENDIF
   IF cPasses != NIL .AND. Val( cPasses ) > 0
      nPasses := Int( Val( cPasses ) )
   ENDIF

   Build( n )
   /* alternate so that neither mode is favoured by warm-up */
   aExcl := Suite( "exclusive", .F., n, nPasses )
   aShared := Suite( "shared", .T., n, nPasses )
   OutStd( "# shared/exclusive (scan + goto): " + Ratio( aShared[ 1 ], aExcl[ 1 ] ) + hb_eol() )
   OutStd( "# shared/exclusive (ordered): " + Ratio( aShared[ 2 ], aExcl[ 2 ] ) + hb_eol() )
   OutStd( "checksum: " + LTrim( Str( s_nChk, 20, 0 ) ) + hb_eol() )
   dbCloseAll()
   FErase( "msr.dbf" )
   FErase( "msr.cdx" )

   RETURN

STATIC PROCEDURE Build( n )

   LOCAL i

   FErase( "msr.dbf" )
   FErase( "msr.cdx" )
   dbCreate( "msr", { { "ID", "N", 8, 0 }, { "NAME", "C", 20, 0 }, ;
                      { "AMOUNT", "N", 12, 2 }, { "FLAG", "L", 1, 0 } }, "DBFCDX" )
   USE msr VIA "DBFCDX" EXCLUSIVE
   FOR i := 1 TO n
      dbAppend()
      FIELD->ID := i
      FIELD->NAME := "N" + StrZero( ( i * 7919 ) % 100003, 8 )
      FIELD->AMOUNT := ( i % 1000 ) / 4
      FIELD->FLAG := ( i % 3 == 0 )
   NEXT
   INDEX ON FIELD->NAME TAG NAME
   dbCloseArea()

   RETURN

STATIC FUNCTION Ratio( nA, nB )
   RETURN LTrim( Str( nA / Max( nB, 0.001 ), 10, 3 ) )

/* { seconds of the natural-order loops, seconds of the ordered loop } */
STATIC FUNCTION Suite( cMode, lShared, n, nPasses )

   LOCAL nNatural := 0, nOrdered

   dbUseArea( .T., "DBFCDX", "msr", "MSR", lShared, .F. )
   nNatural += Phase( cMode + "_scan", {|| Scan( nPasses ) } )
   nNatural += Phase( cMode + "_goto", {|| GotoRandom( n, nPasses ) } )
   nOrdered := Phase( cMode + "_ordered", {|| Ordered( nPasses ) } )
   dbCloseArea()
   OutStd( cMode + ".total: " + LTrim( Str( nNatural + nOrdered, 12, 3 ) ) + hb_eol() )

   RETURN { nNatural, nOrdered }

STATIC FUNCTION Phase( cName, bCode )

   LOCAL nT := hb_MilliSeconds(), nV

   nV := Eval( bCode )
   nT := ( hb_MilliSeconds() - nT ) / 1000
   s_nChk := Int( ( s_nChk * 31 + Int( nV ) % CHK_MOD ) % CHK_MOD )
   OutStd( cName + ": " + LTrim( Str( nT, 12, 3 ) ) + hb_eol() )

   RETURN nT

STATIC FUNCTION Scan( nPasses )

   LOCAL nSum := 0, nFlag := 0, i

   ordSetFocus( 0 )
   FOR i := 1 TO nPasses
      dbGoTop()
      DO WHILE ! Eof()
         nSum += FIELD->AMOUNT
         IF FIELD->FLAG
            nFlag++
         ENDIF
         dbSkip()
      ENDDO
   NEXT

   RETURN Int( nSum ) + nFlag

STATIC FUNCTION GotoRandom( n, nPasses )

   LOCAL nSeed := 99, nSum := 0, i

   ordSetFocus( 0 )
   FOR i := 1 TO n * nPasses
      nSeed := ( nSeed * 16807 ) % 2147483647
      dbGoto( nSeed % n + 1 )
      nSum += FIELD->ID
   NEXT

   RETURN nSum

STATIC FUNCTION Ordered( nPasses )

   LOCAL nCount := 0, i

   ordSetFocus( "NAME" )
   FOR i := 1 TO nPasses
      dbGoTop()
      DO WHILE ! Eof()
         nCount += FIELD->ID % 7
         dbSkip()
      ENDDO
   NEXT

   RETURN nCount
