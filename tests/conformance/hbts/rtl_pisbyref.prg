PROCEDURE Main()
   LOCAL x := 1, a := { 1 }
   ? Probe( @x ), Probe( x ), Probe(), Probe( @a ), hb_ValToExp( Probe2( 1, @x ) ), hb_ValToExp( Probe2( @x ) )
   ? {| p | hb_PIsByRef( 1 ) }:Eval( @x )
FUNCTION Probe( a )
   RETURN hb_PIsByRef( 1 )
FUNCTION Probe2( a, b )
   RETURN { hb_PIsByRef( 1 ), hb_PIsByRef( 2 ), hb_PIsByRef( 3 ) }
