// The terminal's code page: hb_SetTermCP()/hb_SetDispCP() translate what is
// written from the program's code page; hb_cdpTerm()/hb_cdpOS() read the
// locale (LANG, else LC_CTYPE) as Harbour does on Unix
REQUEST HB_CODEPAGE_UTF8, HB_CODEPAGE_DE850
REQUEST HB_CODEPAGE_DEISO, HB_CODEPAGE_DEWIN, HB_CODEPAGE_PLISO, HB_CODEPAGE_RU866, HB_CODEPAGE_RUKOI8, HB_CODEPAGE_FRWIN, HB_CODEPAGE_ES850C
PROCEDURE Main()
   LOCAL c
   FOR EACH c IN { "de_DE.ISO-8859-1", "de.ISO-8859-1", "de.cp1252", "pl.ISO8859-2", "ru.KOI8-R", "C", "", ;
                   "en_US.UTF-8@x", "xx.eucJP", "es.IBM850", "fr.windows-1252", "POSIX" }
      hb_SetEnv( "LANG", c )
      ? c, hb_ValToExp( hb_cdpTerm() ), hb_ValToExp( hb_cdpOS() )
   NEXT
   hb_SetEnv( "LANG", "" )
   hb_SetEnv( "LC_CTYPE", "pl.ISO8859-2" )
   ? "LC_CTYPE", hb_ValToExp( hb_cdpTerm() )
   ? "a" + Chr( 200 ) + Chr( 129 ) + "b"
   ? hb_SetTermCP( "UTF8" )
   ? "a" + Chr( 200 ) + Chr( 129 ) + "b"
   OutStd( Chr( 200 ) + hb_eol() )
   hb_SetTermCP( "UTF8", "DE850" )
   ? "a" + Chr( 200 ) + Chr( 129 ) + "b"
   hb_SetDispCP( "EN" )
   ? "x" + Chr( 200 )
   ? hb_SetKeyCP( "UTF8" )
   ? "y" + Chr( 200 )
