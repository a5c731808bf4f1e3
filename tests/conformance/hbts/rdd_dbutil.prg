#include "dbinfo.ch"
#include "set.ch"
REQUEST DBFCDX, SDF, DELIM
PROCEDURE Main()
   LOCAL e
   ? rddInfo( RDDI_ORDSTRUCTEXT, , "DBFNTX" ), rddInfo( RDDI_ORDSTRUCTEXT, , "DBFCDX" ), rddInfo( RDDI_MEMOEXT,,"DBF")
   mk()
   ? hb_dbExists( "t_a" ), hb_dbExists( "t_a.dbf" ), hb_dbExists( "t_x" ), hb_dbExists( "t_a", "t_a" ), hb_dbExists( "", "t_a" ), hb_dbExists( "t_a", "t_a.cdx" )
   ? hb_dbExists( "t_a", "t_a", "DBFCDX" ), hb_dbExists( "t_a.dbt" ), hb_dbExists( "t_a.cdx",, "DBFCDX" )
   ? hb_dbDrop( "t_a" ), fl()
   mk()
   ? hb_dbDrop( "t_a", , "DBFCDX" ), fl()
   mk()
   ? hb_dbDrop( "t_a", "t_a" ), fl()
   ? hb_dbDrop( "", "t_a.cdx" ), fl()
   ? hb_dbDrop( "t_zz" ), hb_dbDrop( "t_a", "t_zz" )
   mk()
   ? hb_dbRename( "t_a", "t_b" ), fl()
   ? hb_dbRename( "t_b", "t_b", "t_c" ), fl()
   ? hb_dbRename( "t_b", "t_b.cdx", "t_c" ), fl()
   ? hb_dbRename( "t_b", "t_c.dbf", , "DBFCDX" ), fl()
   ? hb_dbRename( "t_c", "t_zz" ), hb_dbRename( "t_zz", "t_c" ), fl()
   ? hb_dbRename( "t_c", "", "t_d" ), fl()
   ? hb_dbRename( "t_d", , "t_e" ), fl()
   ? hb_dbRename( "t_e", "" ), fl()

   ? hb_dbDrop( "t_e", , "DBFCDX" ), fl()
   ? hb_dbDrop( "t_c.ntx", , "DBFCDX" ), fl()
   ? hb_dbDrop( "t_c", "t_c.ntx" ), hb_dbDrop( "t_c", "t_d.ntx" ), fl()
   FOR EACH e IN { {|| hb_dbExists() }, {|| hb_dbExists( 1 ) }, {|| hb_dbExists( "" ) }, {|| hb_dbExists( "", "" ) }, {|| hb_dbExists( "t", , "XYZ" ) }, ;
                   {|| hb_dbDrop() }, {|| hb_dbDrop( "" ) }, {|| hb_dbDrop( "t", , "NOPE" ) }, {|| hb_dbRename() }, {|| hb_dbRename( "t_c" ) }, {|| hb_dbRename( "t", "u", "v", "NOPE" ) }, ;
                   {|| hb_dbRename( "", "u" ) }, {|| hb_dbRename( "t_e", 12 ) }, {|| hb_WAEval() }, {|| hb_WAEval( 1 ) }, {|| hb_dbCreateTemp() }, {|| hb_dbCreateTemp( "X" ) }, {|| hb_dbCreateTemp( "X", { {"A"} } ) }, {|| hb_dbCreateTemp( 1, {} ) } }
      BEGIN SEQUENCE WITH {| o | Break( o ) }
         ? Eval( e )
      RECOVER USING e
         ? e:subsystem, e:subCode, e:description, e:operation, ValType( e:args ), e:genCode, e:canDefault, e:canRetry, e:canSubstitute
      END SEQUENCE
   NEXT
   ? hb_dbDrop( "t_c" ), fl()
   Part2()
   Part3()
   Part4()
   Part5()
   Part6()
   Part7()
   AEval( { "t_a.cdx", "t_a.fpt", "t_b.dbt", "t_e.ntx" }, {| f | FErase( f ) } )
   ? fl()
RETURN

STATIC PROCEDURE mk()
   dbCreate( "t_a", { {"A","C",10,0}, {"M","M",10,0} } )
   hb_MemoWrit( "t_a.ntx", "x" )
   hb_MemoWrit( "t_a.cdx", "x" )
   hb_MemoWrit( "t_a.fpt", "x" )
RETURN

STATIC FUNCTION fl()
   LOCAL a := Directory( "t_*" ), s := "", x
   ASort( a,,, {| x, y | x[1] < y[1] } )
   FOR EACH x IN a
      s += x[1] + " "
   NEXT
RETURN s

STATIC PROCEDURE Part2()
   LOCAL e, x
   ? hb_WAEval( {|| QOut( "never" ), 5 } )
   dbCreate( "t_w1", { {"A","C",3,0} } )
   dbCreate( "t_w2", { {"B","N",3,0} } )
   USE t_w1 NEW SHARED
   USE t_w2 NEW ALIAS w2
   SELECT 5
   USE t_w1 ALIAS w5 SHARED
   SELECT 3
   ? hb_WAEval( {|| QOut( Select(), Alias() ) } )
   ? Select()
   ? hb_WAEval( {|| QOut( Select() ), Select() < 2 } )
   ? hb_WAEval( {|| QOut( Select() ), "x" } )
   BEGIN SEQUENCE WITH {| o | Break( o ) }
      ? hb_WAEval( "x" )
   RECOVER USING e
      ? e:subsystem, e:subCode, e:description, e:operation, ValType( e:args ), e:genCode, e:canDefault, e:canRetry, e:canSubstitute
   END SEQUENCE
   BEGIN SEQUENCE
      hb_WAEval( {|| QOut( Select() ), Break( 1 ) } )
   END SEQUENCE
   ? Select()
   ? hb_rddGetTempAlias()
   ? hb_dbCreateTemp( "__HBTMP001", { {"A","C",3,0} } ), Alias(), Select()
   ? hb_rddGetTempAlias()
   ? Try( {|| hb_dbCreateTemp( "w2", { {"A","C",3,0} } ) } ), Alias(), Select()
   ? Try( {|| hb_dbCreateTemp( "1x", { {"A","C",3,0} } ) } ), Alias(), Select()
   ? Try( {|| hb_dbCreateTemp( "", { {"A","C",3,0} } ) } ), Alias(), Select()
   ? Try( {|| hb_dbCreateTemp( "T9", { {"A","X",3,0} } ) } ), Alias(), Select()
   ? Try( {|| hb_dbCreateTemp( "T9", { {"A","C",3,0} }, "NOPE" ) } ), Alias(), Select()
   SELECT 3
   ? hb_dbCreateTemp( "T9", { {"A","C",3,0}, {"N","N",5,1} } ), Alias(), Select(), dbInfo( DBI_ISTEMPORARY ), dbInfo( DBI_SHARED )
   APPEND BLANK
   REPLACE A WITH "zz", N WITH 1.5
   ? A, N, RecCount()
   x := dbInfo( DBI_FULLPATH )
   ? hb_FileExists( x )
   dbCloseAll()
   ? hb_FileExists( x )
   hb_dbDrop( "t_w1" )
   hb_dbDrop( "t_w2" )
RETURN

STATIC FUNCTION Try( b )
   LOCAL e, r
   BEGIN SEQUENCE WITH {| o | Break( o ) }
      r := Eval( b )
   RECOVER USING e
      r := e:subsystem + " " + hb_ntos( e:subCode ) + " " + e:description + " " + e:operation + " " + ValType( e:args ) + hb_ntos( e:genCode ) + " " + hb_ValToExp( { e:canDefault, e:canRetry, e:canSubstitute, e:filename, e:osCode } )
   END SEQUENCE
RETURN r

STATIC PROCEDURE Part3()
   hb_DirCreate( "t_dir" )
   dbCreate( "t_dir/t_s", { {"A","C",3,0}, {"M","M",10,0} } )
   ? hb_dbExists( "t_s" ), hb_dbExists( "t_dir/t_s" )
   SET DEFAULT TO t_dir
   ? hb_dbExists( "t_s" ), hb_dbExists( "t_s.dbt" )
   ? hb_dbRename( "t_s", "t_r" ), hb_dbExists( "t_r" ), hb_FileExists( "t_dir/t_r.dbt" )
   SET DEFAULT TO
   SET PATH TO t_dir
   ? hb_dbExists( "t_r" ), hb_dbExists( "t_s" )
   Set( _SET_DEFEXTENSIONS, .F. )
   ? hb_dbExists( "t_r" ), hb_dbExists( "t_r.dbf" ), hb_dbExists( "t_r", "t_r" )
   Set( _SET_DEFEXTENSIONS, .T. )
   ? hb_dbDrop( "t_r" ), hb_FileExists( "t_dir/t_r.dbt" ), hb_FileExists( "t_dir/t_r.dbf" )
   SET PATH TO
   DirRemove( "t_dir" )
RETURN

STATIC PROCEDURE Part4()
   LOCAL e, b
   hb_MemoWrit( "t6.txt", "abc  12" + hb_eol() + "def 345" + hb_eol() )
   hb_MemoWrit( "t6d.txt", '"abc",12' + hb_eol() + '"de,f",345' + hb_eol() )
   ? __dbOpenSDF( "t6.txt", { { "A", "C", 5, 0 }, { "N", "N", 2, 0 } }, "SDF", .T., "sd" )
   ? Alias(), Select(), RddName(), A, N, RecNo()
   SKIP
   ? A, N, RecNo(), Eof()
   ? __dbOpenSDF( "t6d.txt", { { "A", "C", 5, 0 }, { "N", "N", 3, 0 } }, "DELIM", .T., "dl", "," )
   ? Alias(), Select(), A, N
   SELECT 5
   ? __dbOpenSDF( "t6.txt", { { "A", "C", 5, 0 } }, "SDF", .F., "a5" )
   ? Alias(), Select(), Used(), A
   ? __dbOpenSDF( "t6.txt", { { "A", "C", 5, 0 } }, "SDF" )
   ? Alias(), Select(), Used()
   ? __dbOpenSDF( "t6.txt", { { "A", "C", 5, 0 } }, "SDF", .T., "X2" )
   ? Alias(), Select(), Used(), A
   FOR EACH b IN { {|| __dbOpenSDF() }, {|| __dbOpenSDF( "t6.txt", {} ) }, {|| __dbOpenSDF( "", { { "A", "C", 5, 0 } } ) }, ;
                   {|| __dbOpenSDF( "t6.txt", { { "A", "C", 5 } } ) }, {|| __dbOpenSDF( "nofile.txt", { { "A", "C", 5, 0 } }, "SDF", .T. ) }, ;
                   {|| __dbOpenSDF( "t6.txt", { { "A", "C", 5, 0 } }, "NOPE" ) }, {|| __dbOpenSDF( "t6.txt", { { "A", "C", 5, 0 } }, "SDF", .T., "sd" ) }, ;
                   {|| ordSetRelation( "nothere", {|| 1 }, "1" ) }, {|| ordSetRelation() } }
      BEGIN SEQUENCE WITH {| o | Break( o ) }
         ? Eval( b )
      RECOVER USING e
         ? e:subsystem, e:subCode, e:description, e:operation, ValType( e:args ), e:genCode, e:canDefault, e:canRetry, e:canSubstitute, e:filename, e:osCode, e:tries
      END SEQUENCE
      ? Select(), Alias()
   NEXT
   ? rdd_Name( 1 ), rdd_Name( 0 ), rdd_Name( 99 ), rdd_Name( "1" ), rdd_Name( 1.7 )
   ? hb_ValToExp( rdd_Info() )
   ? hb_ValToExp( rdd_Info( 1 ) ), hb_ValToExp( rdd_Info( 0 ) )
   ? hb_ValToExp( rdd_Info( " dbfntx " ) ), hb_ValToExp( rdd_Info( "xx" ) ), hb_ValToExp( rdd_Info( .T. ) )
   ? hb_ValToExp( rdd_Info( "DBF" ) )
   dbCloseAll()
   FErase( "t6.txt" )
   FErase( "t6d.txt" )
RETURN

STATIC PROCEDURE Part5()
   LOCAL e, b
   FOR EACH b IN { {|| hb_dbExists( "t4",, "SDF" ) }, {|| hb_dbDrop( "t4",, "DELIM" ) }, {|| hb_dbRename( "t4", "t5",, "SDF" ) } }
   BEGIN SEQUENCE WITH {| o | Break( o ) }
      ? Eval( b )
   RECOVER USING e
      ? e:subsystem, e:subCode, e:description, e:operation, ValType( e:args ), e:genCode, e:canDefault, e:canRetry, e:canSubstitute, e:filename, e:osCode, e:severity, e:tries
   END SEQUENCE
   NEXT
RETURN

STATIC PROCEDURE Part6()
   ? dbTableExt()
   rddSetDefault( "DBF" )
   ? dbTableExt()
   dbCreate( "t8", { { "A", "C", 1, 0 } } )
   USE t8
   ? dbTableExt()
   USE
   hb_MemoWrit( "t8.txt", "a" )
   ? __dbOpenSDF( "t8.txt", { { "A", "C", 1, 0 } }, "SDF", .T. ), dbTableExt()
   USE
   FErase( "t8.dbf" )
   FErase( "t8.txt" )
   rddSetDefault( "DBFNTX" )
RETURN

STATIC PROCEDURE Part7()
   LOCAL a := { { "A", "C", 1, 0 }, { "B", "N", 3, 1 }, { "C", "D", 8, 0 } }
   ? hb_ValToExp( __FLEdit( a, { "c", "a", "x" } ) )
   ? hb_ValToExp( __FLEdit( a, {} ) )
   ? hb_ValToExp( __FLEdit( a ) )
RETURN
