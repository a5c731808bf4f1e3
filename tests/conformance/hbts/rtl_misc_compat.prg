// Small compatibility functions: SetPosBS(), hb_AnsiToOem()/hb_OemToAnsi()
// outside Windows, IsDisk()/DiskChange() without drive letters, __BreakBlock()
PROCEDURE Main()
   LOCAL b, x
   SetPos( 3, 4 ); SETPOSBS(); ?? Row(), Col()
   SetPos( 5, MaxCol() ); SETPOSBS(); ?? Row(), Col()
   ? HB_ANSITOOEM( "abc" + Chr( 200 ) ), HB_OEMTOANSI( "xyz" ), "[" + HB_ANSITOOEM( 5 ) + "]", "[" + HB_OEMTOANSI() + "]"
   ? IsDisk( "C" ), IsDisk( "Z:" ), IsDisk(), DiskChange( "C" ), DiskChange(), DiskName()
   b := __BreakBlock()
   ? ValType( b )
   BEGIN SEQUENCE
      Eval( b, "x" )
      ? "not here"
   RECOVER USING x
      ? "recovered", x
   END SEQUENCE
   BEGIN SEQUENCE WITH __BreakBlock()
      x := 1 + "a"
   RECOVER USING x
      ? "error", x:description, x:operation
   END SEQUENCE
