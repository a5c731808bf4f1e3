// PARAMETERS of arguments passed by reference name the caller's variables
// (also from DO ... WITH, which passes variables by reference), and
// MEMVAR->&( expr ) names a memvar by a macro.
PROCEDURE Main()
   LOCAL nLoc := 1
   PRIVATE p1 := "P1"
   UsePriv( @p1, @nLoc, nLoc )
   ? p1, nLoc
   DO UsePriv WITH p1, nLoc
   ? p1, nLoc
   DO UsePriv WITH @p1, @nLoc
   ? p1, nLoc
   Macros()
   RETURN
PROCEDURE UsePriv()
   PARAMETERS a, b, c
   ? "in:", a, b, c, PCount()
   a := "changed " + a
   b := b + 10
   Deeper()
   RETURN
PROCEDURE Deeper()
   MEMVAR a, b
   a += "!"
   b *= 2
   RETURN

STATIC PROCEDURE Macros()
   PRIVATE cVar_1 := "", cStr_1 := "cVar_1", cStr
   MEMVAR->&( "cVar" + "_1" ) := "Macro"
   ? M->cVar_1
   M->&cStr_1 := "Aliased"
   ? M->cVar_1, M->&( "cVar_1" ), MEMVAR->&cStr_1
   RETURN
