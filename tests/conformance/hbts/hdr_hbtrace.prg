/* hbtrace.ch: levels, the compile-time level and HB_TRACE calls (the log
   itself goes to stderr) */

#define HB_TR_LEVEL_INFO
#include "hbtrace.ch"

PROCEDURE Main()

   LOCAL n := 0

   ? "levels", HB_TR_ALWAYS, HB_TR_FATAL, HB_TR_ERROR, HB_TR_WARNING, HB_TR_INFO, HB_TR_DEBUG, HB_TR_LAST
   ? "default", HB_TR_DEFAULT, "compile-time", HB_TR_LEVEL
   ? "run-time", hb_traceLevel(), hb_traceLogLevel(), hb_traceState()

   ? HB_TRACE( HB_TR_ERROR, "error", 1, .T. )
   ? HB_TRACE( HB_TR_WARNING, ( "warning", 2 ) )
   HB_TRACE_STEALTH( HB_TR_FATAL, "stealth" )
   HB_TRACE( HB_TR_INFO, "info, not logged at run time" )
   /* above the compile-time level: the arguments are not even evaluated */
   HB_TRACE( HB_TR_DEBUG, Bump( @n ) )
   ? "bumped", n
   HB_TRACE( HB_TR_INFO, Bump( @n ) )
   ? "bumped", n

   ? "set level", hb_traceLevel( HB_TR_INFO ), hb_traceLevel()
   HB_TRACE( HB_TR_INFO, "info, now logged" )
   ? "bad level", hb_traceLevel( 9 ), hb_traceLevel( -1 ), hb_traceLevel()
   ? "log level", hb_traceLogLevel( HB_TR_ERROR ), hb_traceLogLevel( 7 ), hb_traceLogLevel()
   hb_traceLog( "via hb_traceLog", 3.5 )
   ? "state", hb_traceState( .F. ), hb_traceState()
   HB_TRACE( HB_TR_ALWAYS, "not logged while off" )
   ? "state", hb_traceState( 1 ), hb_traceState( 5 ), hb_traceState()
   hb_traceLogAt( HB_TR_ALWAYS, "direct", NIL, Date() - Date() )
   hb_traceLogAt( "x", "no level: ignored" )
   ? "end"

   RETURN

STATIC FUNCTION Bump( n )

   RETURN ++n
