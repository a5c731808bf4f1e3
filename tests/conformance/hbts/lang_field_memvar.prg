// A name no declaration binds reads the current area's field first, but
// every assignment to it (plain, compound, STORE, in a codeblock, through a
// macro) goes to the memvar, created PRIVATE when missing; the field keeps
// its value. PRIVATE and PUBLIC create memvars without changing how the
// function's later reads of the name are compiled.

PROCEDURE Main()
   LOCAL c := "NAME", b
   dbCreate( "fm", { { "NAME", "C", 5, 0 }, { "QTY", "N", 3, 0 } } )
   USE fm
   APPEND BLANK
   REPLACE NAME WITH "fld", QTY WITH 7
   ? Type( "M->NAME" )
   NAME := "set"
   ? NAME, FIELD->NAME, M->NAME
   &c := "mac"
   ? NAME, FIELD->NAME, M->NAME
   b := {|| NAME := "blk" }
   Eval( b )
   ? NAME, FIELD->NAME, M->NAME
   NAME += "+"
   ? NAME, FIELD->NAME, M->NAME
   STORE "st" TO NAME, QTY
   ? NAME, QTY, FIELD->NAME, FIELD->QTY, M->NAME, M->QTY
   Declared()
   ? "after", NAME, Type( "M->NAME" ), Type( "M->PUB" )
   dbCloseArea()
   ? "closed", NAME, M->PUB
   FErase( "fm.dbf" )
   RETURN

PROCEDURE Declared()
   ? NAME
   PRIVATE NAME := "pv"
   PUBLIC PUB := "pb"
   ? NAME, M->NAME
   NAME := "again"
   ? NAME, M->NAME, FIELD->NAME, PUB
   RETURN
