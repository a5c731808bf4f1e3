// A hash whose keys start comparing differently (hb_HCaseMatch(),
// hb_HBinary()) keeps its pairs where they are until the next key lookup
// sorts it again; one that stops keeping order is sorted at once. An
// assignment to a missing key without AutoAdd reports the hash, the key and
// the value.

PROCEDURE Main()
   LOCAL h := { => }, e
   h[ 0 ] := 1
   h[ "b" ] := 2
   h[ "B" ] := 5
   h[ "ab" ] := 3
   h[ "aB" ] := 6
   h[ "a" ] := 4
   hb_HKeepOrder( h, .F. )
   ? hb_ValToExp( h )
   hb_HCaseMatch( h, .F. )
   ? hb_ValToExp( h ), hb_ValToExp( hb_HKeys( h ) )
   ? hb_HHasKey( h, "zz" ), hb_ValToExp( h )
   hb_HBinary( h, .T. )
   ? hb_ValToExp( h ), hb_HPos( h, "a" ), hb_ValToExp( h )
   hb_HKeepOrder( h, .T. )
   hb_HCaseMatch( h, .F. )
   h[ "c" ] := 7
   ? hb_ValToExp( h )
   hb_HKeepOrder( h, .F. )
   ? hb_ValToExp( h )
   hb_HAutoAdd( h, .F. )
   BEGIN SEQUENCE WITH {|e| Break( e ) }
      h[ "zz" ] := "v"
   RECOVER USING e
      ? e:subsystem, e:genCode, e:subCode, e:description, e:operation, hb_ValToExp( e:args )
   END SEQUENCE
   RETURN
