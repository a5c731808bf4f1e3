// Class Symbol: a function of the symbol table by name, its :name, :isEqual()
// and :exec( ... ); the object's class and its members as introspection shows.
PROCEDURE Main()
   LOCAL oSym := Symbol():New( "QOUT" ), o2 := Symbol():New( "qout" ), e
   oSym:Exec( "printed", "by", 3 )
   ? oSym:name, oSym:ClassName(), oSym:IsEqual( o2 ), oSym:IsEqual( Symbol():New( "xOut" ) )
   ? Symbol():New( "Upper" ):Exec( "abc" ), Len( __objGetMethodList( oSym ) ) > 3
   BEGIN SEQUENCE WITH {| e | Break( e ) }
      ? oSym:nSym
   RECOVER USING e
      ? e:subSystem, e:subCode, e:description, e:operation
   END SEQUENCE
   RETURN
