REQUEST __PP_STDRULES
PROCEDURE Main()
   LOCAL pp := __pp_Init(), pp2, bErr
   ? ValType( pp )
   ? "[" + __pp_Process( pp, "@ 10, 10 SAY 'Hello!'" ) + "]"
   ? "[" + __pp_Process( pp, "? 'a', 1+2, x:=y" ) + "]"
   ? "[" + __pp_Process( pp, "" ) + "]"
   ? "[" + __pp_Process( pp, "x := 1" + Chr( 10 ) + Chr( 10 ) + "? x" ) + "]"
   ? "[" + __pp_Process( pp, "x := 1" + Chr( 10 ) ) + "]"
   ? "[" + __pp_Process( pp, "#define FOO 42" ) + "]"
   ? "[" + __pp_Process( pp, "? FOO" ) + "]"
   ? __pp_AddRule( pp, "  #xcommand DEFAULT <v1> := <x1> => IF <v1> == NIL ; <v1> := <x1> ; END" )
   ? __pp_AddRule( pp, "xcommand X => Y" )
   ? __pp_AddRule( pp, "" )
   ? __pp_AddRule( pp, "#define BAR 7" )
   ? "[" + __pp_Process( pp, "DEFAULT x := BAR" ) + "]"
   ? "[" + __pp_Process( pp, "USE test NEW SHARED" ) + "]"
   ? "[" + __pp_Process( pp, "a := 'it''s' + " + '"q"' + " + [b]" ) + "]"
   __pp_Reset( pp )
   ? "[" + __pp_Process( pp, "DEFAULT x := BAR" ) + "]"
   ? "[" + __pp_Process( pp, "? FOO" ) + "]"
   ? "[" + __pp_Process( pp, "? 'still std'" ) + "]"
   pp2 := __pp_Init( , "" )
   ? "[" + __pp_Process( pp2, "? 'no std'" ) + "]"
   ? "[" + __pp_Process( pp2, "x := __HARBOUR__" ) + "]"
   ? "[" + __pp_Process( pp2, "#ifdef __PLATFORM__UNIX" + Chr( 10 ) + "unix" + Chr( 10 ) + "#endif" ) + "]"
   bErr := ErrorBlock( {| e | QOut( "err", e:severity, e:genCode, e:subSystem, e:subCode, e:description, e:canDefault, e:canSubstitute ), Break( e ) } )
   BEGIN SEQUENCE
      ? "[" + __pp_Process( pp, "#include 'nosuchfile.ch'" ) + "]"
   END SEQUENCE
   BEGIN SEQUENCE
      ? __pp_AddRule( pp, "#xcommand FOO <x => bar" )
   END SEQUENCE
   BEGIN SEQUENCE
      ? "[" + __pp_Process( pp, "#error my message" ) + "]"
   END SEQUENCE
   ErrorBlock( bErr )
   ? __pp_Process( 1, "x" ), __pp_AddRule( 1, "#define x" )
   ? "end"
   RETURN
