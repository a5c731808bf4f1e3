// A macro before -> names the work area by its text: &cAlias->field,
// _ma&n->field, &cAlias->&cField, &cAlias->( expr ), assignment, and GET.
PROCEDURE Main()
   LOCAL GetList := {}
   MEMVAR idx, fld, als
   PRIVATE idx := "1", fld := "F1", als := "_ma1"
   dbCreate( "_ma1", { { "F1", "C", 10, 0 }, { "F2", "C", 10, 0 } } )
   USE _ma1 NEW
   dbAppend()
   FIELD->F1 := "FIRST"
   dbCreate( "_ma2", { { "F1", "C", 10, 0 } } )
   USE _ma2 NEW
   dbAppend()
   FIELD->F1 := "second"
   ? &als->F1, &als->&fld, _ma&idx->F1, &als->( RecNo() ), Alias()
   &als->F2 := "x"
   ? _ma1->F2
   idx := "2"
   ? _ma&idx->F1, _ma&idx.->F1
   @ 3, 0 GET &als->F1
   ? Len( GetList ), Eval( GetList[ 1 ]:block )
   CLOSE ALL
   FErase( "_ma1.dbf" ) ; FErase( "_ma2.dbf" )
   RETURN
