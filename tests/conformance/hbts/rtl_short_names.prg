// The other names of runtime-library functions: Clipper's ten-letter names
// and older spellings call the same functions.
PROCEDURE Main()
   LOCAL i
   ? PVALUE( 1 ), HB_UTF8STRTRAN( "abcb", "b", "x" ), HB_SETLASTKEY( 65 ), LastKey()
   ? ValType( GETE( "PATH" ) ), DEFPATH() == __DefPath(), READUPDATE(), SETTYPEAHE()
   ? ValType( MEMVARBLOC( "P1" ) ), ValType( TBCOLUMNNE( "h", {|| 1 } ) )
   dbCreate( "_alias", { { "N", "N", 3, 0 }, { "C", "C", 5, 0 } } )
   ? DBEXISTS( "_alias" ), DBEXISTS( "_nosuch" )
   USE _alias EXCLUSIVE
   FOR i := 1 TO 5
      APPEND BLANK
      REPLACE n WITH 6 - i, c WITH Chr( 64 + i )
   NEXT
   INDEX ON n TAG n TO _alias
   INDEX ON c TAG c TO _alias
   ? ORDSETFOCU( "N" ), ORDKEYCOUN(), ORDISUNIQU(), ORDSETFOCU()
   DBSETFILTE( {|| n > 2 }, "n > 2" )
   ? dbFilter()
   DBCLEARFIL()
   ? "[" + dbFilter() + "]", DBFIELDINF( 1, 1 ), DBORDERINF( 5 ), DBRECORDIN( 3 )
   DELETE
   HB_DBPACK()
   ? LastRec()
   DBSELECTAR( 1 )
   ? Alias(), RDDSETDEFA(), DBSETDRIVE()
   DBCLOSEARE()
   ? Used(), DBRENAME( "_alias.dbf", "_alias2.dbf" ), DBEXISTS( "_alias2" )
   ? DBDROP( "_alias2", "_alias.cdx" ), DBEXISTS( "_alias2" )
   FErase( "_alias.cdx" )
   FErase( "_alias2.dbf" )
   FErase( "_alias2.ntx" )
   FErase( "_alias.ntx" )
   RETURN
