// DECLARE declares PRIVATE variables (names, arrays, values, macros);
// DECLARE of a function or class is a compile-time declaration only
MEMVAR Var1, Var2, aVar, Var3

DECLARE nMyFun() AS NUMERIC

PROCEDURE Main()
   DECLARE Var1
   DECLARE Var2 := 2, aVar[ 3 ]
   DECLARE nX AS NUMERIC
   DECLARE Var3 := "Var9"
   DECLARE &var3
   DECLARE &Var3.&Var3 := 5
   DECLARE Var3&Var3 := 6
   DECLARE &Var3.y := 7, z&Var3[ 2 ]
   ? Type( "Var1" ), Var2, Len( aVar ), Type( "nX" )
   ? Type( "Var9" ), M->Var9Var9, M->Var3Var9, M->Var9y, Len( M->zVar9 )
   Sub()
   ? Type( "Var1" ), nMyFun()
   RETURN

STATIC PROCEDURE Sub()
   DECLARE SomeFunc( OPTIONAL SomeVar AS STRING )
   ? "sub", Type( "Var2" ), ProcName()
   RETURN

FUNCTION nMyFun()
   RETURN 1

INIT PROCEDURE Boot()
   ? "init", ProcName(), ProcName( 0 ), {|| ProcName() }:Eval()
   RETURN

EXIT PROCEDURE Bye()
   ? "exit", ProcName()
   RETURN
