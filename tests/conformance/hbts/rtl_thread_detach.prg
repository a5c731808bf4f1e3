// hb_threadDetach(): a thread's handle let go (join then fails); bad
// handles to hb_threadDetach() and hb_threadJoin() are BASE/3012
PROCEDURE Main()
   LOCAL t, e
   t := hb_threadStart( {|| hb_idleSleep( 0.1 ) } )
   ? hb_threadDetach( t ), hb_threadDetach( t ), hb_threadJoin( t )
   t := hb_threadStart( {|| 1 } )
   ? hb_threadJoin( t ), hb_threadDetach( t )
   BEGIN SEQUENCE WITH {| o | Break( o ) }
      ? hb_threadDetach( 5 )
   RECOVER USING e
      ? e:subCode, e:operation, hb_ValToExp( e:args ), e:canSubstitute
   END SEQUENCE
   BEGIN SEQUENCE WITH {| o | Break( o ) }
      ? hb_threadJoin( 5 )
   RECOVER USING e
      ? e:subCode, e:operation, hb_ValToExp( e:args ), e:canSubstitute
   END SEQUENCE
   BEGIN SEQUENCE WITH {| o | Break( o ) }
      ? hb_threadDetach()
   RECOVER USING e
      ? e:subCode, e:operation, hb_ValToExp( e:args ), e:canSubstitute
   END SEQUENCE
   hb_idleSleep( 0.2 )
