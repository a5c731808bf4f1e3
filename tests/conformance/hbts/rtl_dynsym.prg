// the dynamic symbol functions: what does not depend on which symbols a
// program (and its runtime) happens to have
MEMVAR zzPub

PROCEDURE Main()
   LOCAL i, n, p, lOk, cPrev

   PUBLIC zzPub := 1
   n := __dynsCount()
   ? "count", ValType( n ), n > 100

   ? "names and indexes"
   // the table is in descending byte order; a name with lower-case letters cannot be looked up by text
   lOk := .T.
   cPrev := NIL
   SET EXACT ON
   FOR i := 1 TO n
      IF !( __dynsGetIndex( __dynsGetName( i ) ) == i ) .AND. Upper( __dynsGetName( i ) ) == __dynsGetName( i )
         lOk := .F.
      ENDIF
      IF cPrev != NIL .AND. !( cPrev > __dynsGetName( i ) )
         lOk := .F.
      ENDIF
      cPrev := __dynsGetName( i )
   NEXT
   SET EXACT OFF
   ? lOk
   ? "[" + __dynsGetName( 0 ) + "]", "[" + __dynsGetName( n + 1 ) + "]", "[" + __dynsGetName() + "]", "[" + __dynsGetName( "x" ) + "]", "[" + __dynsGetName( -1 ) + "]"
   ? __dynsGetName( __dynsGetIndex( "QOUT" ) ), __dynsGetName( __dynsGetIndex( "zzpub" ) ), __dynsGetName( __dynsGetIndex( @Main() ) )
   ? __dynsGetIndex( "qout" ) == __dynsGetIndex( "QOUT" ), __dynsGetIndex( "QOUT  " ) == __dynsGetIndex( "QOUT" ), __dynsGetIndex( "QOUT()" )
   ? __dynsGetIndex( "nosuchxx" ), __dynsGetIndex( " QOUT" ), __dynsGetIndex( "" ), __dynsGetIndex( 5 ), __dynsGetIndex(), __dynsGetIndex( @QOut() ) == __dynsGetIndex( "QOUT" )
   ? __dynsGetIndex( "ZZPUB" ) > 0, __dynsGetIndex( "LEN" ) > 0, __dynsGetIndex( "MAIN" ) > 0, __dynsGetIndex( "A" )

   ? "functions"
   ? __dynsIsFun( "QOUT" ), __dynsIsFun( "qout" ), __dynsIsFun( "ZZPUB" ), __dynsIsFun( "NOSUCHXX" ), __dynsIsFun( @Main() ), __dynsIsFun( "main" )
   ? __dynsIsFun( __dynsGetIndex( "QOUT" ) ), __dynsIsFun( __dynsGetIndex( "ZZPUB" ) ), __dynsIsFun( 0 ), __dynsIsFun( n + 1 ), __dynsIsFun(), __dynsIsFun( .T. )
   ? hb_IsFunction( "Main" ), hb_IsFunction( "QOUT" ), hb_IsFunction( "NoSuchFn" ), hb_IsFunction( @Helper() ), hb_IsFunction( 5 ), hb_IsFunction()
   ? hb_IsFunction( "qout" ), hb_IsFunction( " QOUT" ), hb_IsFunction( "QOUT " ), hb_IsFunction( "" ), hb_IsFunction( "ZZPUB" ), hb_IsFunction( __dynsGetIndex( "QOUT" ) )
   ? hb_IsFunction( "HELPER" ), hb_IsFunction( "Upper" ), hb_IsFunction( "hb_IsFunction" )

   ? "profiler"
   ? hb_ValToExp( __dynsGetPrf( __dynsGetIndex( "QOUT" ) ) ), hb_ValToExp( __dynsGetPrf() ), hb_ValToExp( __dynsGetPrf( 0 ) )
   ? __dynsVerify()

   ? "pointers and symbols"
   p := __dynsN2Ptr( "qout" )
   ? ValType( p ), __dynsP2Name( p ), ValType( __dynsN2Ptr() ), "[" + __dynsP2Name() + "]"
   ? ValType( __dynsN2Sym( "qout" ) ), __dynsN2Sym( "qout" ):name, Eval( __dynsN2Sym( "upper" ), "abc" ), ValType( __dynsN2Sym() ), ValType( __dynsN2Sym( 5 ) )
   ? __dynsN2Sym( "Helper  x" ):name, Eval( __dynsN2Sym( "HELPER" ), 2 )

   ? "new symbols"
   n := __dynsCount()
   p := __dynsN2Ptr( "NEWSYMXYZ" )
   ? __dynsCount() - n, __dynsP2Name( p ), __dynsIsFun( "NEWSYMXYZ" ), hb_IsFunction( "NEWSYMXYZ" ), __dynsGetIndex( "NEWSYMXYZ" ) > 0
   ? __dynsGetName( __dynsGetIndex( "NEWSYMXYZ" ) )
   n := __dynsCount()
   p := __dynsN2Sym( "NEWSYMxyz2" )
   ? __dynsCount() - n, p:name, __dynsGetIndex( "NEWSYMXYZ2" ) > 0, __dynsGetIndex( "NEWSYMxyz2" ) > 0
   n := __dynsCount()
   p := __dynsN2Ptr( "NEWSYMXYZ" )
   ? __dynsCount() - n
   ? __dynsGetIndex( "NEWSYMXYZ2" ) < __dynsGetIndex( "NEWSYMXYZ" )
   RETURN

FUNCTION Helper( x )
   RETURN x * 2
