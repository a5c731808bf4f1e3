// A work area named by its number: 1->Age, 1->( expr ), REPLACE 1->Age WITH,
// and a field of an unused area by number.
PROCEDURE Main()
   dbCreate( "na1", { { "AGE", "N", 3, 0 } } )
   USE na1 NEW
   APPEND BLANK
   REPLACE Age WITH 1
   ? FIELD->Age
   REPLACE 1->Age WITH 2
   ? FIELD->Age, 1->Age, 1->( RecNo() ), Select()
   1->Age := 7
   ? 1->Age
   ? 2->( Select() ), Select()
   BEGIN SEQUENCE WITH {| e | Break( e ) }
      ? 5->Age
   RECOVER USING e
      ? e:subsystem, e:subCode, e:description, e:operation
   END SEQUENCE
   CLOSE ALL
   FErase( "na1.dbf" )
   RETURN
