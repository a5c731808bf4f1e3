// Two aliases of one process on one SHARED table: each locks, re-reads and
// updates its own field of the same record; both changes survive.
REQUEST DBFCDX
PROCEDURE Main()
   rddSetDefault( "DBFCDX" )
   dbCreate( "ga", { { "A", "N", 5, 0 }, { "B", "N", 5, 0 } } )
   USE ga EXCLUSIVE
   dbAppend()
   CLOSE
   USE ga ALIAS one SHARED NEW
   USE ga ALIAS two SHARED NEW
   one->( dbGoto( 1 ) )
   two->( dbGoto( 1 ) )
   ? one->A, one->B, two->A, two->B
   one->( RLock() )
   one->A := 11
   one->( dbCommit() )
   one->( dbUnlock() )
   ? "two before lock", two->A
   two->( RLock() )
   ? "two after lock", two->A
   two->B := 22
   two->( dbCommit() )
   two->( dbUnlock() )
   one->( dbGoto( 1 ) )
   ? one->A, one->B, two->A, two->B
   dbCloseAll()
   USE ga
   ? FIELD->A, FIELD->B
RETURN
