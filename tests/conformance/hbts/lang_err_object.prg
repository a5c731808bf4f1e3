// The Error object: its slots, assignment rules, flags and descriptions;
// ErrorBlock(), Break(), DosError(), __errRT_BASE(), Eval() errors and the
// call stack functions.

#include "error.ch"

PROCEDURE Main()

   LOCAL e := ErrorNew(), x, b, n

   ? "class:", e:ClassName(), Len( e ), ValType( e )
   ? "init:", ValType( e:cargo ), ValType( e:args ), "[" + e:description + "]", "[" + e:filename + "]", ;
      e:genCode, "[" + e:operation + "]", e:osCode, e:severity, e:subCode, "[" + e:subSystem + "]", e:tries
   ? "flags:", e:canRetry, e:canDefault, e:canSubstitute

   // string slots take only strings; the assignment yields what was assigned
   x := e:description := "desc" ; ? "desc:", x, e:description
   x := e:description := 12 ; ? "desc-num:", x, e:description
   x := e:filename := "f.dbf" ; ? "file:", x, e:filename
   x := e:operation := "op" ; ? "op:", x, e:operation
   x := e:subSystem := "TERM" ; ? "subsys:", x, e:subSystem

   // flags take logicals only
   x := e:canRetry := .T. ; ? "retry:", x, e:canRetry
   x := e:canRetry := 1 ; ? "retry-num:", x, e:canRetry
   x := e:canDefault := .T. ; ? "default:", x, e:canDefault
   x := e:canSubstitute := .T. ; ? "subst:", x, e:canSubstitute, e:canRetry, e:canDefault
   x := e:canRetry := .F. ; ? "retry-off:", x, e:canRetry, e:canDefault

   // numeric slots: truncated; severity and tries are 16-bit
   x := e:subCode := 12.9 ; ? "subcode:", x, e:subCode
   x := e:osCode := -3 ; ? "oscode:", x, e:osCode
   x := e:severity := 70000 ; ? "severity:", x, e:severity
   x := e:tries := -1 ; ? "tries:", x, e:tries

   // genCode also sets the description
   FOR EACH n IN { 0, 1, 2, 5, 9, 12, 14, 20, 21, 33, 41, 50, 51, 52, 77, 78, 99, -1, -13 }
      e:genCode := n
      ? "gencode", n, "[" + e:description + "]"
   NEXT

   // args and cargo
   x := e:args := "no" ; ? "args-str:", ValType( x ), ValType( e:args )
   x := e:args := { 1, "a" } ; ? "args:", ValType( x ), Len( e:args )
   x := e:cargo := { "c" } ; ? "cargo:", ValType( x ), ValType( e:cargo )

   // a non-number assigned to a numeric slot is an argument error
   b := ErrorBlock( {| o | Break( o ) } )
   BEGIN SEQUENCE
      e:genCode := "x"
   RECOVER USING x
      ? "gencode-err:", Desc( x )
   END SEQUENCE
   BEGIN SEQUENCE
      e:tries := NIL
   RECOVER USING x
      ? "tries-err:", Desc( x )
   END SEQUENCE
   // a substitute value is stored
   ErrorBlock( {|| 7 } )
   x := e:subCode := "y"
   ? "subst-code:", x, e:subCode
   ErrorBlock( b )

   // ErrorBlock returns the old block and accepts only blocks
   b := ErrorBlock()
   ? "errorblock:", ValType( b ), ValType( ErrorBlock( 5 ) ), ErrorBlock() == b

   // Break() values
   BEGIN SEQUENCE
      Break( "val" )
   RECOVER USING x
      ? "break:", x
   END SEQUENCE
   BEGIN SEQUENCE
      Break( NIL )
   RECOVER USING x
      ? "break-nil:", x
   END SEQUENCE

   // DosError(): set by each error launched, and by hand
   ? "doserror:", DosError(), DosError( 5 ), DosError()
   BEGIN SEQUENCE WITH {| o | Break( o ) }
      __CopyFile( "no_such_file.txt", "dest.txt" )
   RECOVER USING x
      ? "copy-err:", Desc( x ), DosError()
   END SEQUENCE

   // errors raised from PRG code
   BEGIN SEQUENCE WITH {| o | Break( o ) }
      __errRT_BASE( EG_ARG, 3012, NIL, "MYFUNC", 1, "arg" )
   RECOVER USING x
      ? "rt-base:", Desc( x )
   END SEQUENCE
   BEGIN SEQUENCE WITH {| o | Break( o ) }
      __errRT_BASE( EG_BOUND, 1132, "my description", "OPER" )
   RECOVER USING x
      ? "rt-base-desc:", Desc( x )
   END SEQUENCE
   x := ErrorBlock( {|| "substituted" } )
   ? "rt-sbase:", __errRT_SBASE( EG_ARG, 1234, NIL, "SUBFN", 1, 99 )
   ErrorBlock( x )

   // Eval() of a non-block
   BEGIN SEQUENCE WITH {| o | Break( o ) }
      Eval( 5, 1 )
   RECOVER USING x
      ? "eval-num:", Desc( x )
   END SEQUENCE
   ? "eval-args:", Eval( {| a, b | a + b }, "x", "y", "z" )

   // hb_ExecFromArray()
   ? "exec:", hb_ExecFromArray( "Upper", { "abc" } ), hb_ExecFromArray( { @Lower(), "DEF" } ), ;
      hb_ExecFromArray( {| a | a * 2 }, { 21 } ), hb_ExecFromArray( { {| | "none" } } )
   BEGIN SEQUENCE WITH {| o | Break( o ) }
      hb_ExecFromArray( 5 )
   RECOVER USING x
      ? "exec-err:", Desc( x )
   END SEQUENCE

   // PCount, hb_PValue, hb_AParams
   Params( 1, "two", , .T. )
   Params()

   // ProcName, ProcLine, ProcFile
   ? "proc:", ProcName(), ProcName( 0 ), ProcLine() > 0, ProcFile(), ProcFile( 0 ), "[" + ProcName( 1 ) + "]", ProcLine( 1 )
   ? "proc-neg:", "[" + ProcName( -1 ) + "]", ProcLine( -1 ), "[" + ProcFile( -1 ) + "]"
   ? "procfile-sym:", "[" + ProcFile( "UPPER" ) + "]", "[" + ProcFile( "PARAMS" ) + "]", ProcFile( "MAIN" )
   Deeper()

   RETURN

STATIC PROCEDURE Params( ... )
   ? "pcount:", PCount(), hb_PValue( 1 ), hb_PValue( 2 ), hb_PValue( 3 ), hb_PValue( 4 ), hb_PValue( 5 ), ;
      hb_PValue( 0 ), hb_ValToExp( hb_AParams() )
   RETURN

STATIC PROCEDURE Deeper()
   LOCAL b := {|| ProcName( 0 ) + "/" + ProcName( 1 ) + "/" + ProcName( 2 ) }
   ? "deeper:", Eval( b ), ProcName( 1 ), ProcLine( 1 ) > 0
   RETURN

STATIC FUNCTION Desc( o )
   RETURN o:subSystem + "/" + hb_ntos( o:subCode ) + " " + hb_ntos( o:genCode ) + " [" + o:description + "] [" + ;
      o:operation + "] [" + o:filename + "] os:" + hb_ntos( o:osCode ) + " tries:" + hb_ntos( o:tries ) + ;
      " sev:" + hb_ntos( o:severity ) + " " + iif( o:canRetry, "R", "-" ) + iif( o:canDefault, "D", "-" ) + ;
      iif( o:canSubstitute, "S", "-" ) + " " + hb_ValToExp( o:args )
