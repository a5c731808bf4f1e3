/*
 * simpleio.ch - ?, ?? and ACCEPT on the standard streams instead of the screen
 */

#ifndef _SIMPLEIO_CH
#define _SIMPLEIO_CH

#command ?  [ <list,...> ] => ( OutStd( hb_eol() ) [, OutStd( <list> ) ] )
#command ?? [ <list,...> ] => OutStd( <list> )

#command ACCEPT TO <var>            => <var> := StrTran( FReadStr( hb_GetStdIn(), 256 ), hb_eol() )
#command ACCEPT <prompt> TO <var>   => ? <prompt> ; ACCEPT TO <var>

#endif
