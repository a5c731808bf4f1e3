// Keys that differ only in case and then compare equal (hb_HCaseMatch(.F.))
// stay in the hash; a lookup finds the pair Harbour's binary search over the
// keys in order meets first, and assignment and deletion act on that pair.
PROCEDURE Main()
   LOCAL h := { "a" => 1, "A" => 2, "b" => 3 }, h2
   ? hb_HCaseMatch( h ), Len( h )
   hb_HCaseMatch( h, .F. )
   ? hb_HCaseMatch( h ), Len( h )
   ? hb_HGetDef( h, "a", "none" ), hb_HGetDef( h, "A", "none" ), hb_HGetDef( h, "B", "none" )
   ? hb_HPos( h, "a" ), hb_HPos( h, "A" ), hb_HPos( h, "B" )
   h[ "B" ] := 9
   ? Len( h ), h[ "b" ], hb_HPos( h, "B" )
   ? hb_ValToExp( h )
   h2 := hb_HSetCaseMatch( {=>}, .F. )
   h2[ "x" ] := 1
   h2[ "X" ] := 2
   ? Len( h2 ), hb_ValToExp( h2 )
   h2[ "Y" ] := 3
   h2[ "y" ] := 4
   ? Len( h2 ), hb_ValToExp( h2 ), hb_HDel( h2, "x" ), hb_ValToExp( h2 )
   h := { "b" => 1, "B" => 2, "a" => 3, "A" => 4 }
   hb_HCaseMatch( h, .F. )
   ? hb_HPos( h, "a" ), hb_HPos( h, "A" ), hb_HPos( h, "b" ), hb_HPos( h, "B" ), h[ "a" ], h[ "B" ]
   hb_HDel( h, "A" )
   ? hb_ValToExp( h )
   h[ "A" ] := 7
   ? hb_ValToExp( h )
   hb_HCaseMatch( h, .T. )
   ? hb_HPos( h, "a" ), hb_HPos( h, "A" ), hb_ValToExp( h )
   RETURN
