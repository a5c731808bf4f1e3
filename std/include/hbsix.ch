/*
 * hbsix.ch - SIx Driver (SIx3) compatible commands and function names
 *
 * Lets code written for the SIx drivers compile: its function spellings are
 * mapped onto the ord*() / sx_*() functions, and its commands (triggers and
 * passwords on USE, wildcard seeks, scopes, tags, memo packing, SUBINDEX)
 * are added. INDEX ON gains the SIx OPTION / FILTERON / EMPTY / SUBINDEX
 * clauses. Trigger events and blob flags are in hbsxdef.ch.
 */

#ifndef HB_SIX_CH_
#define HB_SIX_CH_

#include "hbsxdef.ch"

/* ------------------------------------------------------------------
 * Function spellings
 * ------------------------------------------------------------------ */

#xtranslate Sx_IndexFilter( [<ord>] )              => ordFor( [<ord>] )
#xtranslate Sx_TagName( [<ord>] )                  => iif( Used(), ordName( [<ord>] ), "" )
#xtranslate Sx_SetTagOrder( [<ord>] [, <bag>] )    => sx_SetTag( [<ord>] [, <bag>] )
#xtranslate Sx_SetTagOrd( [<ord>] [, <bag>] )      => sx_SetTag( [<ord>] [, <bag>] )
/* without a bag: the bag of the current order, or else the first one */
#xtranslate Sx_SetTagNo( [<ord>] )                 => ;
            sx_SetTag( [<ord>], iif( ordNumber() > 0, ordBagName(), ordBagName( 1 ) ) )
#xtranslate Sx_SetTagNo( <ord>, <bag> )            => sx_SetTag( <ord>, <bag> )
#xtranslate _sxCondSet( [<args,...>] )             => ordCondSet( [<args>] )
#xtranslate SetRDD( [<rdd>] )                      => rddSetDefault( [<rdd>] )

/* Dirty (turbo) reads: reading without waiting for locks */
#command SET DIRTYREAD ON                 => sx_SetTurbo( .T. )
#command SET DIRTYREAD OFF                => sx_SetTurbo( .F. )
#xtranslate Sx_SetDirty( [<arg>] )        => sx_SetTurbo( [<arg>] )
#xtranslate Sx_DirtyArea( [<arg>] )       => sx_TurboArea( [<arg>] )

/* ------------------------------------------------------------------
 * Opening and sorting
 * ------------------------------------------------------------------ */

/* USE with a pending trigger and a table password */
#command USE <(table)> [VIA <rdd>] [ALIAS <alias>] [<isnew: NEW>] ;
            [<excl: EXCLUSIVE>] [<shared: SHARED>] [<ronly: READONLY>] ;
            [CODEPAGE <cp>] [INDEX <(first)> [, <(rest)>]] ;
            [TRIGGER <trig>] [PASSWORD <pwd>] => ;
         [sx_SetTrigger( TRIGGER_PENDING, <trig>, <rdd> );] <-trig-> ;
         [sx_SetPass( <pwd>, 1, <rdd> );] <-pwd-> ;
         dbUseArea( <.isnew.>, <rdd>, <(table)>, <(alias)>, ;
                    iif( <.shared.> .OR. <.excl.>, ! <.excl.>, NIL ), <.ronly.> [, <cp>] ) ;
         [; dbSetIndex( <(first)> )] ;
         [; dbSetIndex( <(rest)> )]

/* SORT that can keep to the current order (USECURRENT) */
#command SORT [TO <(target)>] [ON <flist,...>] ;
              [FOR <cond>] [WHILE <whilecond>] [NEXT <count>] ;
              [RECORD <recno>] [<isrest:REST>] [ALL] [VIA <rdd>] ;
              [CODEPAGE <cp>] [<usecur: USECURRENT>] [NOOPTIMIZE] => ;
         sx_SortOption( <.usecur.> ); ;
         __dbSort( <(target)>, { <(flist)> }, ;
                   <{cond}>, <{whilecond}>, <count>, <recno>, <.isrest.>, <rdd>,, <cp> )

/* ------------------------------------------------------------------
 * Seeking, orders and scopes
 * ------------------------------------------------------------------ */

#xcommand WILDSEEK <pattern>      => sx_WildSeek( <pattern> )
#xcommand WILDSEEKNEXT <pattern>  => sx_WildSeek( <pattern>, .T. )

#command CLEAR ORDER <ord>                       => sx_ClearOrder( <ord> )
#command SET TAGORDER TO <ord>                   => ordSetFocus( <ord> )
#command SET TAGORDER TO                         => ordSetFocus( 0 )
#command SET ORDER TO TAG <(tag)> [OF <(bag)>]   => ordSetFocus( <(tag)> [, <(bag)>] )
#command SET TAG TO <tag> [OF <(bag)>]           => ordSetFocus( <(tag)> [, <(bag)>] )
#command SET TAG TO                              => ordSetFocus( 0 )

#command REINDEX OPTION <blk> [STEP <step>]      => REINDEX EVAL <blk> [EVERY <step>]

#command DELETE TAG <(firsttag)> [OF <(firstbag)>] [, <(nexttag)> [OF <(nextbag)>]] => ;
         ordDestroy( <(firsttag)>, <(firstbag)> )[ ; ordDestroy( <(nexttag)>, <(nextbag)> )]
#command DELETE TAG ALL [OF <(bag)>]             => sx_KillTag( .T., <(bag)> )

/* Scopes: 0 is the top, 1 the bottom */
#command CLEAR SCOPE                     => sx_ClrScope()
#xcommand SET SCOPETOP TO <val>          => sx_SetScope( 0, <val> )
#xcommand SET SCOPETOP TO                => sx_ClrScope( 0 )
#xcommand SET SCOPEBOTTOM TO <val>       => sx_SetScope( 1, <val> )
#xcommand SET SCOPEBOTTOM TO             => sx_ClrScope( 1 )
#command SET SCOPE TO                    => sx_ClrScope()
#command SET SCOPE TO <val>              => sx_SetScope( 0, <val> ) ; sx_SetScope( 1, <val> )

#command SET TURBOREAD ON                => sx_SetTurbo( .T. )
#command SET TURBOREAD OFF               => sx_SetTurbo( .F. )

/* ------------------------------------------------------------------
 * Memo files
 * ------------------------------------------------------------------ */

#command MEMOPACK [BLOCK <size>] [OPTION <blk> [STEP <step>]] => ;
         sx_MemoPack( <size>, <{blk}>, <step> )
#command SET MEMOBLOCK TO <size>         => sx_SetMemoBlock( <size> )

/* ------------------------------------------------------------------
 * Index creation: SUBINDEX builds from the current order (INDEX ...
 * USECURRENT); INDEX ON takes the SIx clauses as well as Harbour's
 * ------------------------------------------------------------------ */

#command SUBINDEX ON <keyexpr> TO <(bag)> ;
               [OPTION <evalblk> [STEP <step>]] ;
               [<usefilt: FILTERON>] ;
               [<custom: EMPTY>] ;
               [FOR <cond>] [WHILE <whilecond>] [NEXT <count>] ;
               [RECORD <recno>] [<isrest:REST>] [<isall:ALL>] ;
               [EVAL <evalblk>] [EVERY <step>] [<uniq: UNIQUE>] ;
               [<asc: ASCENDING>] [<desc: DESCENDING>] ;
               [<addit: ADDITIVE>] [<custom: CUSTOM>] ;
               [<noopti: NOOPTIMIZE>] [<temp: MEMORY, TEMPORARY>] ;
               [<usefilt: USEFILTER>] [<excl: EXCLUSIVE>] => ;
         INDEX ON <keyexpr> TO <(bag)> USECURRENT ;
            [FOR <cond>] [WHILE <whilecond>] [NEXT <count>] ;
            [RECORD <recno>] <isrest> <isall> ;
            [EVAL <evalblk>] [EVERY <step>] <uniq> ;
            <asc> <desc> <addit> [<-custom-> CUSTOM] ;
            <noopti> <temp> [<-usefilt-> USEFILTER]

#command SUBINDEX ON <keyexpr> TAG <(tag)> [OF <(bag)>] [TO <(bag)>] ;
               [OPTION <evalblk> [STEP <step>]] ;
               [<usefilt: FILTERON>] ;
               [<custom: EMPTY>] ;
               [FOR <cond>] [WHILE <whilecond>] [NEXT <count>] ;
               [RECORD <recno>] [<isrest:REST>] [<isall:ALL>] ;
               [EVAL <evalblk>] [EVERY <step>] [<uniq: UNIQUE>] ;
               [<asc: ASCENDING>] [<desc: DESCENDING>] ;
               [<addit: ADDITIVE>] [<custom: CUSTOM>] ;
               [<noopti: NOOPTIMIZE>] [<temp: MEMORY, TEMPORARY>] ;
               [<usefilt: USEFILTER>] [<excl: EXCLUSIVE>] => ;
         INDEX ON <keyexpr> TAG <(tag)> [TO <(bag)>] USECURRENT ;
            [FOR <cond>] [WHILE <whilecond>] [NEXT <count>] ;
            [RECORD <recno>] <isrest> <isall> ;
            [EVAL <evalblk>] [EVERY <step>] <uniq> ;
            <asc> <desc> <addit> [<-custom-> CUSTOM] ;
            <noopti> <temp> [<-usefilt-> USEFILTER]

#command INDEX ON <keyexpr> [TAG <(tag)>] TO <(bag)> ;
               [OPTION <evalblk> [STEP <step>]] ;
               [<usefilt: FILTERON>] ;
               [<custom: EMPTY>] ;
               [<usecur: SUBINDEX>] ;
               [FOR <cond>] [WHILE <whilecond>] [NEXT <count>] ;
               [RECORD <recno>] [<isrest:REST>] [<isall:ALL>] ;
               [EVAL <evalblk>] [EVERY <step>] [<uniq: UNIQUE>] ;
               [<asc: ASCENDING>] [<desc: DESCENDING>] ;
               [<addit: ADDITIVE>] [<usecur: USECURRENT>] [<custom: CUSTOM>] ;
               [<noopti: NOOPTIMIZE>] [<temp: MEMORY, TEMPORARY>] ;
               [<usefilt: USEFILTER>] [<excl: EXCLUSIVE>] => ;
         ordCondSet( <"cond">, <{cond}>, [<.isall.>], <{whilecond}>, ;
                     <{evalblk}>, <step>, RecNo(), <count>, <recno>, ;
                     [<.isrest.>], [<.desc.>],, ;
                     [<.addit.>], [<.usecur.>], [<.custom.>], [<.noopti.>], ;
                     <"whilecond">, [<.temp.>], [<.usefilt.>], [<.excl.>] ) ;;
         ordCreate( <(bag)>, <(tag)>, <"keyexpr">, <{keyexpr}>, [<.uniq.>] )

#command INDEX ON <keyexpr> TAG <(tag)> [OF <(bag)>] [TO <(bag)>] ;
               [OPTION <evalblk> [STEP <step>]] ;
               [<usefilt: FILTERON>] ;
               [<custom: EMPTY>] ;
               [<usecur: SUBINDEX>] ;
               [FOR <cond>] [WHILE <whilecond>] [NEXT <count>] ;
               [RECORD <recno>] [<isrest:REST>] [<isall:ALL>] ;
               [EVAL <evalblk>] [EVERY <step>] [<uniq: UNIQUE>] ;
               [<asc: ASCENDING>] [<desc: DESCENDING>] ;
               [<addit: ADDITIVE>] [<usecur: USECURRENT>] [<custom: CUSTOM>] ;
               [<noopti: NOOPTIMIZE>] [<temp: MEMORY, TEMPORARY>] ;
               [<usefilt: USEFILTER>] [<excl: EXCLUSIVE>] => ;
         ordCondSet( <"cond">, <{cond}>, [<.isall.>], <{whilecond}>, ;
                     <{evalblk}>, <step>, RecNo(), <count>, <recno>, ;
                     [<.isrest.>], [<.desc.>],, ;
                     [<.addit.>], [<.usecur.>], [<.custom.>], [<.noopti.>], ;
                     <"whilecond">, [<.temp.>], [<.usefilt.>], [<.excl.>] ) ;;
         ordCreate( <(bag)>, <(tag)>, <"keyexpr">, <{keyexpr}>, [<.uniq.>] )

#endif /* HB_SIX_CH_ */
