#include "hbclass.ch"
PROCEDURE Main()
   LOCAL o := Doc():New(), o2 := Part():New(), cText, oL, bOld
   o:cTitle := "report"
   o:nCount := 12.50
   o:aItems := { 1, "two", { 3, .T. }, Part():New(), {|| 1 }, 0d20240102 }
   o:oPart := o2
   o:cHidden := "not saved"
   o2:cName := "inner"
   cText := o:SaveToText()
   ? cText
   ? o:SaveToText( "oMine", 2 )
   ? Part():New():SaveToText()
   oL := Doc():New()
   ? oL:LoadFromText( "OBJECT oDoc AS DOC" + hb_eol() + "   // note" + hb_eol() + ;
      "   ::cTitle := Upper( 'loaded' )" + hb_eol() + "   ::nCount = 7" + hb_eol() + ;
      "   ARRAY ::aItems LEN 3" + hb_eol() + "   ::aItems[ 1 ] := 'a'" + hb_eol() + ;
      "   ARRAY ::aItems[ 2 ] LEN 2" + hb_eol() + "   ::aItems[ 2 ][ 2 ] := 99" + hb_eol() + ;
      "   ENDARRAY" + hb_eol() + "ENDARRAY" + hb_eol() + "ENDOBJECT" + hb_eol() + "::cTitle := 'after end'" )
   ? oL:cTitle, oL:nCount, hb_ValToExp( oL:aItems )
   oL := Doc():New()
   ? oL:LoadFromText( cText )
   ? oL:cTitle, oL:nCount, ValType( oL:oPart ), hb_ValToExp( oL:aItems )
   ? oL:LoadFromText( "" ), oL:LoadFromText( NIL )
   oL := Doc():New()
   ? oL:LoadFromText( "::cTitle := 1 +" + hb_eol() + "::nNoSuch := 5" + hb_eol() + "::nCount := 3", .T. )
   ? oL:cTitle, oL:nCount
   o:SaveToFile( "_pers.txt" )
   oL := Doc():New()
   ? oL:LoadFromFile( "_pers.txt" ), oL:cTitle
   FErase( "_pers.txt" )
   bOld := ErrorBlock( {| e | QOut( "err", e:description, e:operation ), Break( e ) } )
   oL := Doc():New()
   ? oL:LoadFromText( "::nNoSuch := 5" + hb_eol() + "::nCount := 4" )
   ? oL:nCount
   ErrorBlock( bOld )
   ? __objDerivedFrom( o, "HBPERSISTENT" ), o:ClassName(), HBPersistent():ClassName()
   RETURN

CREATE CLASS Doc FROM HBPersistent
   VAR cTitle  PROPERTY
   VAR nCount  PROPERTY INIT 0
   VAR aItems  PROPERTY
   VAR oPart   PROPERTY
   VAR cHidden
ENDCLASS

CREATE CLASS Part FROM HBPersistent
   VAR cName PROPERTY INIT "part"
   VAR lOn   PROPERTY INIT .T.
ENDCLASS
