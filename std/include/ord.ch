/*
 * ord.ch - index scope commands and the ORDCOND() clause form of ordCondSet()
 */

#ifndef HB_ORD_CH_
#define HB_ORD_CH_

#define TOPSCOPE           0
#define BOTTOMSCOPE        1

#command SET SCOPETOP TO              => ordScope( TOPSCOPE, nil )
#command SET SCOPETOP TO <top>        => ordScope( TOPSCOPE, <top> )

#command SET SCOPEBOTTOM TO           => ordScope( BOTTOMSCOPE, nil )
#command SET SCOPEBOTTOM TO <bottom>  => ordScope( BOTTOMSCOPE, <bottom> )

#command SET SCOPE TO                 => ordScope( TOPSCOPE, nil ) ;
                                         ; ordScope( BOTTOMSCOPE, nil )
#command SET SCOPE TO <top>, <bottom> => ordScope( TOPSCOPE, <top> ) ;
                                         ; ordScope( BOTTOMSCOPE, <bottom> )
#command SET SCOPE TO <both>          => ordScope( TOPSCOPE, <both> ) ;
                                         ; ordScope( BOTTOMSCOPE, <both> )
#command SET SCOPE TO ,<bottom>       => ordScope( BOTTOMSCOPE, <bottom> )

#ifdef HB_COMPAT_C53
#xtranslate ORDCOND( [FOR <for>] ;
                     [<all:ALL>] [WHILE <while>] ;
                     [EVAL <eval>] [EVERY <every>] ;
                     [RECORD <rec>] [NEXT <next>] ;
                     [<rest:REST>] [<desc: DESCENDING>] ) ;
      => ordCondSet( <"for">, <{for}>, ;
                     [<.all.>], <{while}>, ;
                     <{eval}>, <every>, ;
                     RecNo(), <next>, <rec>, ;
                     [<.rest.>], [<.desc.>] )
#endif

#include "dbinfo.ch"

#endif
