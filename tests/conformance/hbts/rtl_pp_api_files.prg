REQUEST __PP_STDRULES
PROCEDURE Main()
   LOCAL pp, bErr
   hb_MemoWrit( "_pprules.ch", "#command SHOUT <x> => QOut( Upper( <x> ) )" + hb_eol() + "#define TEN 10" + hb_eol() )
   hb_DirCreate( "_ppinc" )
   hb_MemoWrit( "_ppinc/_inc2.ch", "#define FROMINC 'inc'" + hb_eol() )
   pp := __pp_Init( , "_pprules.ch" )
   ? "[" + __pp_Process( pp, "SHOUT 'a' + TEN" ) + "]"
   ? "[" + __pp_Process( pp, "? 1" ) + "]"
   pp := __pp_Init( "_ppinc" )
   ? __pp_AddRule( pp, '#include "_inc2.ch"' )
   ? "[" + __pp_Process( pp, "x := FROMINC" ) + "]"
   pp := __pp_Init()
   __pp_Path( pp, "_ppinc" )
   ? "[" + __pp_Process( pp, '#include "_inc2.ch"' + Chr( 10 ) + "x := FROMINC" ) + "]"
   pp := __pp_Init( , "", .F. )
   ? "[" + __pp_Process( pp, "#ifdef __PLATFORM__UNIX" + Chr( 10 ) + "unix" + Chr( 10 ) + "#else" + Chr( 10 ) + "other" + Chr( 10 ) + "#endif" + Chr( 10 ) ) + "]"
   ? "[" + __pp_Process( pp, "x" + Chr( 10 ) + Chr( 10 ) ) + "]"
   ? "[" + __pp_Process( pp, "a ; b" ) + "]"
   ? "[" + __pp_Process( pp, "a := 1 + ;" + Chr( 10 ) + "  2" ) + "]"
   bErr := ErrorBlock( {| e | QOut( "err", e:genCode, e:subSystem, e:subCode, e:description ), .F. } )
   pp := __pp_Init( , "_nosuch.ch" )
   ? ValType( pp )
   ? "[" + __pp_Process( pp, "#define A(" + Chr( 10 ) + "x" ) + "]"
   ErrorBlock( bErr )
   FErase( "_pprules.ch" )
   FErase( "_ppinc/_inc2.ch" )
   hb_DirDelete( "_ppinc" )
   RETURN
