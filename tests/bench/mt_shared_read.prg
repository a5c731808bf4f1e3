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
 * Output: "<mode>_<loop>: seconds", "<mode>.total: seconds", and the
 * ratio shared/exclusive; a checksum that depends only on the arguments.
 */

REQUEST DBFCDX

#define CHK_MOD  1000000007

STATIC s_nChk := 0

PROCEDURE Main( cRecs, cPasses )

   LOCAL n := 100000, nPasses := 5
   LOCAL nExcl, nShared

   IF cRecs != NIL .AND. Val( cRecs ) > 0
      n := Int( Val( cRecs ) )
   ENDIF
   IF cPasses != NIL .AND. Val( cPasses ) > 0
      nPasses := Int( Val( cPasses ) )
   ENDIF

   Build( n )
   /* alternate so that neither mode is favoured by warm-up */
   nExcl := Suite( "exclusive", .F., n, nPasses )
   nShared := Suite( "shared", .T., n, nPasses )
   OutStd( "# shared/exclusive: " + LTrim( Str( nShared / Max( nExcl, 0.001 ), 10, 3 ) ) + hb_eol() )
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

STATIC FUNCTION Suite( cMode, lShared, n, nPasses )

   LOCAL nTotal := 0

   dbUseArea( .T., "DBFCDX", "msr", "MSR", lShared, .F. )
   nTotal += Phase( cMode + "_scan", {|| Scan( nPasses ) } )
   nTotal += Phase( cMode + "_goto", {|| GotoRandom( n, nPasses ) } )
   nTotal += Phase( cMode + "_ordered", {|| Ordered( nPasses ) } )
   dbCloseArea()
   OutStd( cMode + ".total: " + LTrim( Str( nTotal, 12, 3 ) ) + hb_eol() )

   RETURN nTotal

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
