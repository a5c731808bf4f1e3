// hb_MD5File(): the digest of a file's bytes, in hex or raw, and "" for a
// file that cannot be opened or a name that is no string.
PROCEDURE Main()
   hb_MemoWrit( "a.bin", "hello" + Chr( 0 ) + Chr( 255 ) + Replicate( "x", 70000 ) )
   hb_MemoWrit( "e.bin", "" )
   ? hb_MD5File( "a.bin" ), hb_MD5( hb_MemoRead( "a.bin" ) )
   ? hb_StrToHex( hb_MD5File( "a.bin", .T. ) ), Len( hb_MD5File( "a.bin", .T. ) )
   ? hb_MD5File( "e.bin" ), "[" + hb_MD5File( "nothere.bin" ) + "]", "[" + hb_MD5File( 12 ) + "]", "[" + hb_MD5File() + "]"
   FErase( "a.bin" ) ; FErase( "e.bin" )
   RETURN
