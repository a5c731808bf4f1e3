// TBrowseDB() over a table and __dbSkipper()
PROCEDURE Main()
   LOCAL o, i
   dbCreate( "tb", { { "NAME", "C", 10, 0 }, { "QTY", "N", 5, 1 } } )
   USE tb
   FOR i := 1 TO 7
      APPEND BLANK
      REPLACE NAME WITH "rec" + hb_ntos( i ), QTY WITH i * 2.5
   NEXT
   GO TOP
   o := TBrowseDB( 1, 1, 4, 40 )
   o:addColumn( TBColumnNew( "Name", FieldBlock( "NAME" ) ) )
   o:addColumn( TBColumnNew( "Qty", FieldBlock( "QTY" ) ) )
   o:forceStable()
   ? RecNo(), o:rowPos, o:rowCount
   o:down() ; o:forceStable()
   ? RecNo(), o:rowPos
   o:goBottom() ; o:forceStable()
   ? RecNo(), o:rowPos
   o:down() ; o:forceStable()
   ? RecNo(), o:rowPos, o:hitBottom
   o:pageUp() ; o:forceStable()
   ? RecNo(), o:rowPos
   o:goTop() ; o:forceStable()
   ? RecNo(), o:rowPos
   o:up() ; o:forceStable()
   ? RecNo(), o:rowPos, o:hitTop
   ? __dbSkipper( 3 ), RecNo(), __dbSkipper( -10 ), RecNo(), __dbSkipper( 100 ), RecNo(), __dbSkipper( 0 ), RecNo()
   CLOSE
   ? __dbSkipper( 1 )
RETURN
