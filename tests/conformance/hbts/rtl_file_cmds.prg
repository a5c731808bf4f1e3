// The file commands of std.ch: DIR, TYPE, TEXT TO FILE, COPY FILE, RENAME,
// ERASE.

PROCEDURE Main()

   LOCAL x

   hb_MemoWrit( "t1.txt", "first line" + hb_eol() + "second line" + hb_eol() )
   hb_MemoWrit( "longer_name.text", "abc" )
   ? "setdatetime:", hb_FSetDateTime( "t1.txt", 0d20240102, "10:11:12" ), hb_FSetDateTime( "longer_name.text", hb_SToT( "20231231235958" ) ), hb_FSetDateTime( "nothere", 0d20240101 )
   ? "getdatetime:", hb_FGetDateTime( "t1.txt", @x ), x, Directory( "t1.txt" )[ 1 ][ 3 ], Directory( "t1.txt" )[ 1 ][ 4 ], Directory( "longer_name.text" )[ 1 ][ 4 ]
   ? "type:"
   TYPE t1.txt
   ? "dir:"
   DIR *.txt
   DIR longer*
   ? "dir-dbf:"
   DIR
   COPY FILE t1.txt TO t2.txt
   ? "copied:", File( "t2.txt" ), hb_FSize( "t2.txt" )
   RENAME t2.txt TO t3.txt
   ? "renamed:", File( "t2.txt" ), File( "t3.txt" )
   ERASE t3.txt
   ? "erased:", File( "t3.txt" )
   TEXT TO FILE t4.txt
line one of the text
   line two
   ENDTEXT
   ? "text-file:", StrTran( StrTran( hb_MemoRead( "t4.txt" ), Chr( 10 ), "\n" ), Chr( 26 ), "^Z" )
   BEGIN SEQUENCE WITH {| e | Break( e ) }
      TYPE nothere.txt
   RECOVER USING x
      ? "type-missing:", x:subCode, x:genCode, x:filename, x:osCode, x:tries, x:canRetry, x:canDefault
   END SEQUENCE
   FErase( "t1.txt" ) ; FErase( "t4.txt" ) ; FErase( "longer_name.text" )

   RETURN
