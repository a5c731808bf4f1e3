// Relations and the work-area life cycle: dbCloseAll() closes a child
// whose parent closed first (its appended records reach the file), and a
// record that its order lacks is re-read when the order looks for its key,
// which moves the children of the relation and clears Found().

REQUEST DBFCDX

PROCEDURE Main()
   LOCAL cDrv
   FOR EACH cDrv IN { "DBFNTX", "DBFCDX" }
      ? "==", cDrv
      rddSetDefault( cDrv )
      CloseAll()
      Refresh()
   NEXT
   RETURN

STATIC PROCEDURE Child()
   dbCreate( "ch", { { "KEY", "C", 10, 0 }, { "VAL", "N", 5, 0 } } )
   USE ch NEW EXCLUSIVE
   APPEND BLANK ; REPLACE KEY WITH "", VAL WITH 1
   APPEND BLANK ; REPLACE KEY WITH "B", VAL WITH 2
   APPEND BLANK ; REPLACE KEY WITH "ABC", VAL WITH 3
   INDEX ON KEY TO ckey
   RETURN

STATIC PROCEDURE CloseAll()
   Child()
   dbCreate( "t", { { "ID", "N", 5, 0 }, { "NAME", "C", 10, 0 } } )
   USE t ALIAS tb NEW EXCLUSIVE
   APPEND BLANK
   APPEND BLANK
   REPLACE ID WITH 2, NAME WITH "B"
   SET RELATION TO NAME INTO ch
   ? RecNo(), ch->( RecNo() ), ch->( Eof() ), ch->( LastRec() )
   SELECT ch
   APPEND BLANK
   REPLACE KEY WITH "NEW"
   SELECT tb
   CLOSE ALL
   USE ch NEW
   ? "after CLOSE ALL:", LastRec(), Header(), hb_FSize( "ch.dbf" )
   CLOSE ALL
   RETURN

STATIC PROCEDURE Refresh()
   Child()
   dbCreate( "t", { { "ID", "N", 5, 0 }, { "NAME", "C", 10, 0 }, { "NUM", "N", 6, 2 } } )
   USE t ALIAS tb NEW EXCLUSIVE
   APPEND BLANK ; REPLACE ID WITH 1, NAME WITH "B", NUM WITH 5
   APPEND BLANK ; REPLACE ID WITH 2, NAME WITH "", NUM WITH -1
   INDEX ON NAME TO tname FOR NUM > 0
   SET RELATION TO NAME INTO ch
   GO TOP
   ? RecNo(), ch->( RecNo() ), Found()
   APPEND BLANK
   REPLACE NAME WITH "ABC", NUM WITH -1
   // the new record is not in the order: asking for its key re-reads it
   ? RecNo(), OrdKeyVal(), OrdKeyNo(), ch->( RecNo() ), ch->KEY
   SEEK "B"
   ? RecNo(), Found(), ch->( RecNo() )
   GO 2
   ? RecNo(), Found(), Bof(), ch->( RecNo() )
   SEEK "B"
   GO 2
   ? OrdKeyVal(), Found(), ch->( RecNo() ), ch->( Found() )
   CLOSE ALL
   RETURN
