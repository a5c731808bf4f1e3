// A runtime error in a column block while the browse configures itself
PROCEDURE Main()
   LOCAL o := TBrowseNew( 1, 1, 5, 30 ), n := 1
   o:addColumn( TBColumnNew( "A", {|| n + "x" } ) )
   o:forceStable()
RETURN
