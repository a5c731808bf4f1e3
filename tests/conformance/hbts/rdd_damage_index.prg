// Damaged NTX and CDX index files: the error Harbour raises for each
// (all properties) at the moment it raises it, what a read returns after
// it, and that the damaged files are left as they were.

REQUEST DBFCDX

PROCEDURE Main()
   LOCAL n

   dbCreate( "t", { { "NAME", "C", 10, 0 }, { "NUM", "N", 5, 0 } }, "DBFNTX" )
   USE t VIA "DBFNTX" EXCLUSIVE
   FOR n := 1 TO 300
      APPEND BLANK
      REPLACE NAME WITH "n" + StrZero( ( n * 37 ) % 300, 4 ), NUM WITH n
   NEXT
   INDEX ON NAME TO t_name
   INDEX ON NUM TO t_for FOR NUM % 2 == 0
   CLOSE

   ? "== header: type word with an unknown flag"
   Open( "t_name.ntx", "b1.ntx", 2, Chr( 0x40 ) )
   ? "== header: key expression starts with a control byte"
   Open( "t_name.ntx", "b2.ntx", 23, Chr( 1 ) )
   ? "== header: key expression does not compile"
   Open( "t_name.ntx", "b3.ntx", 23, "NAME)" )
   ? "== header: key expression names no field or variable"
   Open( "t_name.ntx", "b9.ntx", 23, "NAMX" )
   ? "== header: FOR expression does not compile"
   Open( "t_for.ntx", "b4.ntx", 283, "NUM %)" )
   ? "== header: FOR flag off, FOR expression ignored"
   Open( "t_for.ntx", "b5.ntx", 1, Chr( 6 ) )

   ? "== root page 0"
   Open( "t_name.ntx", "b6.ntx", 5, L2Bin( 0 ) )
   ? "== root page past the end of the file"
   Open( "t_name.ntx", "b7.ntx", 5, L2Bin( 1024 * 1000 ) )
   ? "== file cut short (pages missing)"
   CopyCut( "t_name.ntx", "b8.ntx", 4096 + 100 )
   Reads( "b8" )

   ? "== CDX: tag page missing (unrecoverable)"
   rddSetDefault( "DBFCDX" )
   dbCreate( "cx", { { "NAME", "C", 10, 0 } } )
   USE cx EXCLUSIVE
   FOR n := 1 TO 300
      APPEND BLANK
      REPLACE NAME WITH "n" + StrZero( ( n * 37 ) % 300, 4 )
   NEXT
   INDEX ON NAME TAG name
   CLOSE
   CopyCut( "cx.cdx", "cx.cdx", 2048 + 100 )
   USE cx
   ? "not reached"
   RETURN

// Opens t with a damaged copy of an index and reads through it.
STATIC PROCEDURE Open( cFrom, cTo, nPos, cBytes )
   CopyWith( cFrom, cTo, nPos, cBytes )
   Reads( hb_FNameName( cTo ) )
   RETURN

STATIC PROCEDURE Reads( cName )
   LOCAL c := hb_MemoRead( cName + ".ntx" ), n
   USE t VIA "DBFNTX" EXCLUSIVE
   Try( {|| OrdListAdd( cName ) } )
   ? "  orders", OrdCount()
   IF OrdCount() > 0
      Try( {|| dbGoTop() } )
      ? "  top", RecNo(), Eof()
      Try( {|| dbGoBottom() } )
      ? "  bottom", RecNo(), Eof()
      Try( {|| dbSeek( "n0150" ) } )
      ? "  seek", Found(), RecNo()
      Try( {|| n := OrdKeyCount() } )
      ? "  count", n
   ENDIF
   CLOSE
   ? "  unchanged", hb_MemoRead( cName + ".ntx" ) == c
   RETURN

STATIC PROCEDURE CopyWith( cFrom, cTo, nPos, cBytes )
   LOCAL c := hb_MemoRead( cFrom )
   hb_MemoWrit( cTo, Stuff( c, nPos, Len( cBytes ), cBytes ) )
   RETURN

STATIC PROCEDURE CopyCut( cFrom, cTo, nLen )
   hb_MemoWrit( cTo, Left( hb_MemoRead( cFrom ), nLen ) )
   RETURN

STATIC PROCEDURE Try( b )
   LOCAL e
   BEGIN SEQUENCE WITH {| x | Break( x ) }
      Eval( b )
   RECOVER USING e
      ? "  error", e:subSystem, e:genCode, e:subCode, "[" + e:description + "]", "[" + e:operation + "]", ;
         "[" + e:filename + "]", e:osCode, e:canRetry, e:canDefault, e:canSubstitute, e:tries
   END SEQUENCE
   RETURN
