// A CDX leaf whose key entry claims more shared and trailing bytes than
// the key has: Harbour's key decoder stops the program (unrecoverable
// error 9201) when a read reaches that key, and not before.

REQUEST DBFCDX

PROCEDURE Main()
   LOCAL n, c, nRoot, nLeaf, cB

   rddSetDefault( "DBFCDX" )
   dbCreate( "cx", { { "NAME", "C", 10, 0 } } )
   USE cx EXCLUSIVE
   FOR n := 1 TO 300
      APPEND BLANK
      REPLACE NAME WITH "n" + StrZero( ( n * 37 ) % 300, 4 )
   NEXT
   INDEX ON NAME TAG name
   CLOSE

   // the first leaf of the tag: the child of the root's first entry
   c := hb_MemoRead( "cx.cdx" )
   nRoot := Bin2L( SubStr( c, 1536 + 1, 4 ) )
   cB := SubStr( c, nRoot + 12 + 10 + 4 + 1, 4 )
   nLeaf := ( ( Asc( cB ) * 256 + Asc( SubStr( cB, 2 ) ) ) * 256 + Asc( SubStr( cB, 3 ) ) ) * 256 + Asc( SubStr( cB, 4 ) )
   ? "leaf", nLeaf
   // entry 2 (3 bytes each from offset 24): its top byte holds the trailing and shared counts
   hb_MemoWrit( "cx.cdx", Stuff( c, nLeaf + 24 + 3 * 2 + 2 + 1, 1, Chr( 255 ) ) )

   USE cx
   ? "used", Used(), OrdCount()
   OrdSetFocus( 1 )
   GO TOP
   ? "top", RecNo(), FIELD->NAME
   SKIP
   ? "second", RecNo(), FIELD->NAME
   SKIP
   ? "not reached", RecNo()
   RETURN
