// ASSOCIATE CLASS: plain values of a type answering as objects of a class
#include "hbclass.ch"
CREATE CLASS TStr
   CLASSVAR nUses INIT 0
   METHOD Shout INLINE ::nUses++, Upper( Self ) + "!"
   METHOD Twice
   METHOD Who INLINE ::ClassName() + "/" + hb_ntos( ::ClassH )
ENDCLASS
METHOD Twice CLASS TStr
   RETURN Self + Self
CREATE CLASS TBad
   VAR x
ENDCLASS
PROCEDURE Main()
   LOCAL e
   ASSOCIATE CLASS TStr WITH TYPE CHARACTER
   ? "abc":Shout(), "xy":Twice(), "q":Who(), "q":ClassName(), "q":ClassH == TStr():ClassH, "q":nUses
   ? (1):ClassH
   BEGIN SEQUENCE WITH {| x | Break( x ) }
      ? "abc":Nope()
   RECOVER USING e
      ? e:description, e:operation, e:subCode
   END SEQUENCE
   ? __clsAssocType( TStr():ClassH, "N" ), (5):Twice()
   ? __clsAssocType( TStr():ClassH, "X" ), __clsAssocType( TStr():ClassH, 5 ), __clsAssocType( 0, "C" )
   BEGIN SEQUENCE WITH {| x | Break( x ) }
      ? __clsAssocType( TBad():ClassH, "D" )
   RECOVER USING e
      ? e:description, e:operation, e:subCode, e:genCode, Len( e:args ), e:canSubstitute
   END SEQUENCE
RETURN
