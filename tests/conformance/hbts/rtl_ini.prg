// hb_Ini*(): reading INI texts and files into hashes, writing them back
#include "fileio.ch"

PROCEDURE Main()
   LOCAL cText, h, c, nH

   ? "-- new"
   Dump( hb_IniNew() )
   Dump( hb_IniNew( .F. ) )
   Dump( hb_IniNew( 1 ) )

   ? "-- basic"
   cText := "; leading comment" + Chr( 10 ) + ;
            "top = 1" + Chr( 13 ) + Chr( 10 ) + ;
            "  Name  =  Harbour  " + Chr( 10 ) + ;
            "# hash comment" + Chr( 10 ) + ;
            "[Section One]" + Chr( 10 ) + ;
            "Key=Value # trailing" + Chr( 10 ) + ;
            "Other = a=b=c" + Chr( 13 ) + ;
            "semi = x ; not a comment" + Chr( 10 ) + ;
            "  ; indented comment" + Chr( 10 ) + ;
            "noequals" + Chr( 10 ) + ;
            "=novalue" + Chr( 10 ) + ;
            "empty=" + Chr( 10 ) + ;
            "[ spaced ]" + Chr( 10 ) + ;
            "k = v" + Chr( 10 ) + ;
            "[]" + Chr( 10 ) + ;
            "afterempty = 1" + Chr( 10 ) + ;
            "key=[inner]" + Chr( 10 ) + ;
            "x = 2" + Chr( 10 ) + ;
            "[main]" + Chr( 10 ) + ;
            "lower = main" + Chr( 10 )
   Dump( hb_IniReadStr( cText ) )
   ? "-- case insensitive"
   h := hb_IniReadStr( cText, .F. )
   Dump( h )
   ? hb_HCaseMatch( h ), hb_HCaseMatch( h[ "MAIN" ] )
   ? "section one" $ h, "SECTION ONE" $ h
   ? "-- no auto main"
   Dump( hb_IniReadStr( cText, , , .F. ) )
   Dump( hb_IniReadStr( cText, .F., , .F. ) )

   ? "-- splitters"
   cText := "a: 1" + Chr( 10 ) + "b = 2" + Chr( 10 ) + "c:3=4" + Chr( 10 ) + "d=5:6"
   Dump( hb_IniReadStr( cText, , ":" ) )
   Dump( hb_IniReadStr( cText, , "[:=]" ) )
   Dump( hb_IniReadStr( cText, , 1 ) )

   ? "-- continuation"
   cText := "long = first ||" + Chr( 10 ) + ;
            "   second ||" + Chr( 10 ) + ;
            "third" + Chr( 10 ) + ;
            "nospace = a||" + Chr( 10 ) + ;
            "b = c" + Chr( 10 ) + ;
            "last = end ||"
   Dump( hb_IniReadStr( cText ) )
   cText := "k = v ||" + Chr( 10 ) + Chr( 10 ) + "z = 1"
   Dump( hb_IniReadStr( cText ) )

   ? "-- include lines"
   cText := "include" + Chr( 10 ) + "include   " + Chr( 10 ) + "include nofile.ini" + Chr( 10 ) + ;
            "opt = include me" + Chr( 10 ) + "[S]" + Chr( 10 ) + "k=1"
   Dump( hb_IniReadStr( cText ) )

   ? "-- repeated section"
   cText := "[A]" + Chr( 10 ) + "x=1" + Chr( 10 ) + "[B]" + Chr( 10 ) + "y=2" + Chr( 10 ) + "[A]" + Chr( 10 ) + "z=3" + Chr( 10 ) + "x=9"
   Dump( hb_IniReadStr( cText ) )

   ? "-- comment chars"
   hb_IniSetComment( "'", "//" )
   cText := "a = 1 // c" + Chr( 10 ) + "' whole" + Chr( 10 ) + "b = 2 ; 3 # 4" + Chr( 10 ) + "; c = 5"
   Dump( hb_IniReadStr( cText ) )
   hb_IniSetComment( 1, 2 )
   Dump( hb_IniReadStr( cText ) )
   hb_IniSetComment( ";", "#" )
   Dump( hb_IniReadStr( cText ) )

   ? "-- odd arguments"
   Dump( hb_IniReadStr() )
   Dump( hb_IniReadStr( "" ) )
   Dump( hb_IniRead() )
   Dump( hb_IniRead( 12 ) )
   Dump( hb_IniRead( "nosuch.ini" ) )

   ? "-- write"
   h := hb_IniNew()
   h[ "MAIN" ][ "name" ] := "value"
   h[ "MAIN" ][ "num" ] := 12
   h[ "MAIN" ][ "dec" ] := 1.50
   h[ "MAIN" ][ "flag" ] := .T.
   h[ "MAIN" ][ "date" ] := 0d20240102
   h[ "MAIN" ][ "nil" ] := NIL
   h[ "MAIN" ][ 7 ] := "numkey"
   h[ "Sec" ] := { "a" => "1", "b" => { 1, 2 } }
   h[ "Empty" ] := { => }
   ShowStr( hb_IniWriteStr( h ) )
   ShowStr( hb_IniWriteStr( h, "; begin", "; end" ) )
   ShowStr( hb_IniWriteStr( h, "", "" ) )
   ShowStr( hb_IniWriteStr( h, , , .F. ) )
   ShowStr( hb_IniWriteStr( { "Only" => { "k" => "v" } } ) )
   ShowStr( hb_IniWriteStr( { "k" => "v", "S" => { "a" => "b" } }, , , .T. ) )
   ShowStr( hb_IniWriteStr( { => } ) )
   ShowStr( hb_IniWriteStr( { => }, "; c" ) )
   ShowStr( hb_IniWriteStr( hb_IniNew() ) )
   ShowStr( hb_IniWriteStr( "x" ) )
   ShowStr( hb_IniWriteStr() )
   ShowStr( hb_IniWriteStr( { 1 => "a", "S" => { 2 => 3 } }, , , .F. ) )
   ? "-- write errors"
   ErrTry( {|| hb_IniWriteStr( { "MAIN" => { "a" => "b" }, "Top" => "toplevel", "Z" => { "z" => 1 } } ) } )
   ErrTry( {|| hb_IniWriteStr( { "MAIN" => "notahash" } ) } )
   ErrTry( {|| hb_IniWrite( "_rtlini5.ini", { "MAIN" => {=>}, "T" => 5 } ) } )
   ? hb_FileExists( "_rtlini5.ini" )

   ? "-- files"
   ? hb_IniWrite( "_rtlini1.ini", h, "; head" )
   ShowStr( hb_MemoRead( "_rtlini1.ini" ) )
   Dump( hb_IniRead( "_rtlini1.ini" ) )
   Dump( hb_IniRead( "nosuch.ini" + hb_osPathListSeparator() + "_rtlini1.ini" ) )
   nH := FCreate( "_rtlini2.ini" )
   FWrite( nH, "; by handle" + hb_eol() )
   ? hb_IniWrite( nH, { "MAIN" => { "a" => "b" } } )
   FClose( nH )
   ShowStr( hb_MemoRead( "_rtlini2.ini" ) )
   ? hb_IniWrite( "_rtlini3.ini", { => } )
   ? hb_FileExists( "_rtlini3.ini" )
   ? hb_IniWrite( 1.5, "x" )
   ? hb_IniWrite( NIL, h )
   ? hb_IniWrite( "nodir/sub/_x.ini", h ), FError()
   FErase( "_rtlini1.ini" )
   FErase( "_rtlini2.ini" )

   ? "-- include file"
   hb_MemoWrit( "_rtlini4.ini", "inc = yes" + Chr( 10 ) + "[IncSec]" + Chr( 10 ) + "i = 1" + Chr( 10 ) )
   cText := "before = 1" + Chr( 10 ) + "[Outer]" + Chr( 10 ) + "o = 1" + Chr( 10 ) + ;
            "include _rtlini4.ini" + Chr( 10 ) + "o2 = 2" + Chr( 10 )
   Dump( hb_IniReadStr( cText ) )
   FErase( "_rtlini4.ini" )

   ? "-- round trip"
   cText := "[Database]" + Chr( 10 ) + "Path = /data" + Chr( 10 ) + "User=admin" + Chr( 10 ) + ;
            "[Display]" + Chr( 10 ) + "Width=80" + Chr( 10 ) + "Height = 25"
   h := hb_IniReadStr( cText )
   c := hb_IniWriteStr( h )
   ShowStr( c )
   ? hb_IniWriteStr( hb_IniReadStr( c ) ) == c

   ? "-- more edge cases"
   ErrTry( {|| hb_IniWriteStr( { "MAIN" => { "a" => "b" }, 1 => { "z" => 1 } } ) } )
   ErrTry( {|| hb_IniReadStr( 12 ) } )
   ErrTry( {|| hb_IniReadStr( "a=1", , "" ) } )
   ErrTry( {|| hb_IniReadStr( "a=1", , "(" ) } )
   h := hb_IniReadStr( "[a] b [c]" + Chr( 10 ) + Chr( 9 ) + "k" + Chr( 9 ) + "=" + Chr( 9 ) + "v" + Chr( 9 ) + Chr( 10 ) + "x=1" + Chr( 10 ) + "[Z]" + Chr( 10 ) + "include" + Chr( 9 ) + "x" + Chr( 10 ) + "y==2" )
   ? hb_ValToExp( h )
   ? hb_ValToExp( hb_IniReadStr( "a=1" + Chr( 10 ) + "[MAIN]" + Chr( 10 ) + "b=2", .F. ) )
   ? hb_ValToExp( hb_IniReadStr( "a=1" + Chr( 10 ) + "[MAIN]" + Chr( 10 ) + "b=2", , , .F. ) )
   ShowStr( hb_IniWriteStr( { "MAIN" => { "a" => "b" }, "main" => { "z" => 1 } } ) )
   ShowStr( hb_IniWriteStr( { "main" => { "a" => "b" } } ) )

   RETURN

STATIC PROCEDURE ErrTry( b )
   LOCAL oErr, xRes, i
   BEGIN SEQUENCE WITH {| e | Break( e ) }
      xRes := Eval( b )
      ? "no error:", ValType( xRes )
      ShowStr( xRes )
   RECOVER USING oErr
      ? "error:", oErr:subSystem, oErr:subCode, oErr:genCode, oErr:description, oErr:operation, oErr:canSubstitute
      IF HB_ISARRAY( oErr:args )
         FOR i := 1 TO Len( oErr:args )
            ?? "", ValType( oErr:args[ i ] )
         NEXT
      ENDIF
   END SEQUENCE
   RETURN

STATIC PROCEDURE ShowStr( c )
   IF HB_ISSTRING( c )
      ? "<" + StrTran( StrTran( c, Chr( 13 ), "\r" ), Chr( 10 ), "\n" ) + ">"
   ELSE
      ? ValType( c ), c
   ENDIF
   RETURN

STATIC PROCEDURE Dump( h, cIndent )
   LOCAL x
   hb_default( @cIndent, "" )
   IF ! HB_ISHASH( h )
      ? cIndent + "not a hash:", ValType( h )
      RETURN
   ENDIF
   ? cIndent + "{" + hb_ntos( Len( h ) ) + iif( hb_HCaseMatch( h ), "", " ci" ) + "}"
   FOR EACH x IN h
      IF HB_ISHASH( x )
         ?? ""
         ? cIndent + "  [" + hb_CStr( x:__enumKey ) + "]"
         Dump( x, cIndent + "    " )
      ELSE
         ? cIndent + "  " + ValType( x:__enumKey ) + ":" + hb_CStr( x:__enumKey ) + " = " + ValType( x ) + ":<" + hb_CStr( x ) + ">"
      ENDIF
   NEXT
   RETURN
