// AltD(): SET DEBUG on and off, no debugger to start, its SWITCH's error
PROCEDURE Main()
   ? Set( _SET_DEBUG ), AltD( 1 ), Set( _SET_DEBUG ), AltD(), AltD( 0 ), Set( _SET_DEBUG ), AltD( 5 ), AltD( "1" ), Set( _SET_DEBUG )
   AltD( 1.7 )
   ? Set( _SET_DEBUG )
