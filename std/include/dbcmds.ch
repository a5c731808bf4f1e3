/*
 * dbcmds.ch - the database commands of std.ch: opening tables, moving,
 * changing records, scopes, indexes, transfers and aggregates.
 *
 * Read at the end of std.ch. As everywhere in the preprocessor, a later
 * rule is tried before an earlier one, so the general form of a command
 * comes first and its more specific spellings after it. It has no guard
 * of its own (std.ch's covers it): a #define here would change the count
 * of definitions that the preprocessor's circularity limit depends on.
 */


/* ------------------------------------------------------------------
 * Index settings
 * ------------------------------------------------------------------ */

#command SET ORDER TO <order> [IN <(bag)>]       => ordSetFocus( <order> [, <(bag)>] )
#command SET ORDER TO TAG <(tag)> [IN <(bag)>]   => ordSetFocus( <(tag)> [, <(bag)>] )
#command SET INDEX TO [<(first)> [, <(rest)>]] [<addit: ADDITIVE>] => ;
         if ! <.addit.> ; ordListClear() ; end ;
         [ ; ordListAdd( <(first)> )] [ ; ordListAdd( <(rest)> )]

#command SET SCOPETOP TO                 => ordScope( 0, nil )
#command SET SCOPETOP TO <top>           => ordScope( 0, <top> )
#command SET SCOPEBOTTOM TO              => ordScope( 1, nil )
#command SET SCOPEBOTTOM TO <bottom>     => ordScope( 1, <bottom> )
#command SET SCOPE TO                    => ordScope( 0, nil ) ; ordScope( 1, nil )
#command SET SCOPE TO <top>, <bottom>    => ordScope( 0, <top> ) ; ordScope( 1, <bottom> )
#command SET SCOPE TO <both>             => ordScope( 0, <both> ) ; ordScope( 1, <both> )
#command SET SCOPE TO , <bottom>         => ordScope( 1, <bottom> )
#command SET ORDER TO                    => ordSetFocus( 0 )
#command SET DESCENDING ON               => ordDescend( ,, .T. )
#command SET DESCENDING OFF              => ordDescend( ,, .F. )


/* ------------------------------------------------------------------
 * Opening tables, moving, changing records
 * ------------------------------------------------------------------ */

#command USE                     => dbCloseArea()
#command USE <(table)> [VIA <driver>] [ALIAS <alias>] [<isnew: NEW>] ;
            [<excl: EXCLUSIVE>] [<shrd: SHARED>] [<rdonly: READONLY>] ;
            [CODEPAGE <codepage>] [INDEX <(first)> [, <(rest)>]] => ;
         dbUseArea( <.isnew.>, <driver>, <(table)>, <(alias)>, ;
                    iif( <.shrd.> .OR. <.excl.>, ! <.excl.>, NIL ), <.rdonly.> [, <codepage>] ) ;
         [; dbSetIndex( <(first)> )] ;
         [; dbSetIndex( <(rest)> )]

#command APPEND BLANK            => dbAppend()
#command PACK                    => __dbPack()
#command ZAP                     => __dbZap()
#command UNLOCK                  => dbUnlock()
#command UNLOCK ALL              => dbUnlockAll()
#command COMMIT                  => dbCommitAll()
#command GOTO <n>                => dbGoto( <n> )
#command GO <n>                  => dbGoto( <n> )
#command GOTO TOP                => dbGoTop()
#command GO TOP                  => dbGoTop()
#command GOTO BOTTOM             => dbGoBottom()
#command GO BOTTOM               => dbGoBottom()
#command SKIP                    => dbSkip()
#command SKIP <n>                => dbSkip( <n> )
#command SKIP ALIAS <alias>          => <alias>->( dbSkip() )
#command SKIP <n> ALIAS <alias>      => <alias>->( dbSkip( <n> ) )
#command FIND <*seektext*>           => dbSeek( <(seektext)> )
#command FIND := <assigned>         => ( find := <assigned> )
#command FIND = <assigned>          => ( find := <assigned> )
#command CONTINUE                => __dbContinue()
#command SEEK <keyexpr> [<softs: SOFTSEEK>] [<lastk: LAST>] => ;
         dbSeek( <keyexpr>, iif( <.softs.>, .T., NIL ), iif( <.lastk.>, .T., NIL ) )
#command LOCATE [FOR <cond>] [WHILE <whilecond>] [NEXT <count>] ;
                [RECORD <recno>] [<isrest:REST>] [ALL] => ;
         __dbLocate( <{cond}>, <{whilecond}>, <count>, <recno>, <.isrest.> )

#command SET RELATION TO         => dbClearRelation()
#command SET RELATION [<addit:ADDITIVE>] ;
               [TO  <key1> INTO <(into1)> [<sc1:SCOPED>];
            [, [TO] <keyN> INTO <(intoN)> [<scN:SCOPED>]]] => ;
         if ( ! <.addit.> ) ; dbClearRelation() ; end ;
           ; dbSetRelation( <(into1)>, <{key1}>, <"key1">, <.sc1.> ) ;
         [ ; dbSetRelation( <(intoN)>, <{keyN}>, <"keyN">, <.scN.> )]

#command SET FILTER TO           => dbClearFilter( NIL )
#command SET FILTER TO <cond>    => dbSetFilter( <{cond}>, <"cond"> )
#command SET FILTER TO <cond:&>  => if ( Empty( <(cond)> ) ) ; dbClearFilter() ;;
                                    else ; dbSetFilter( <{cond}>, <(cond)> ) ; end

#command REPLACE [<fld1> WITH <val1> [, <fldN> WITH <valN>]] ;
                 [FOR <cond>] [WHILE <whilecond>] [NEXT <count>] ;
                 [RECORD <recno>] [<isrest:REST>] [ALL] => ;
         dbEval( {|| _FIELD-><fld1> := <val1>[, _FIELD-><fldN> := <valN>] }, ;
                 <{cond}>, <{whilecond}>, <count>, <recno>, <.isrest.> )
#command REPLACE <fld1> WITH <val1>[, <fldN> WITH <valN>] => ;
         _FIELD-><fld1> := <val1> [; _FIELD-><fldN> := <valN>]

#command DELETE [FOR <cond>] [WHILE <whilecond>] [NEXT <count>] ;
                [RECORD <recno>] [<isrest:REST>] [ALL] => ;
         dbEval( {|| dbDelete() }, <{cond}>, <{whilecond}>, <count>, <recno>, <.isrest.> )
#command DELETE                  => dbDelete()

#command RECALL [FOR <cond>] [WHILE <whilecond>] [NEXT <count>] ;
                [RECORD <recno>] [<isrest:REST>] [ALL] => ;
         dbEval( {|| dbRecall() }, <{cond}>, <{whilecond}>, <count>, <recno>, <.isrest.> )
#command RECALL                  => dbRecall()


/* ------------------------------------------------------------------
 * Structures, transfers between tables and files
 * ------------------------------------------------------------------ */

#command CREATE <(table)> [FROM <(source)>] [VIA <driver>] [ALIAS <alias>] ;
                [<isnew: NEW>] [CODEPAGE <codepage>] => ;
         __dbCreate( <(table)>, <(source)>, <driver>, <.isnew.>, <(alias)> [, <codepage>] )

#command COPY [STRUCTURE] [EXTENDED] [TO <(target)>] => __dbCopyXStruct( <(target)> )
#command COPY [STRUCTURE] [TO <(target)>] [FIELDS <flist,...>] => ;
         __dbCopyStruct( <(target)>, { <(flist)> } )

#command COPY [TO <(target)>] [FIELDS <flist,...>] ;
              [FOR <cond>] [WHILE <whilecond>] [NEXT <count>] ;
              [RECORD <recno>] [<isrest:REST>] [ALL] ;
              [CODEPAGE <codepage>] [DELIMITED [WITH <*delimiter*>]] => ;
         __dbDelim( .T., <(target)>, <(delimiter)>, { <(flist)> }, ;
                    <{cond}>, <{whilecond}>, <count>, <recno>, <.isrest.>, <codepage> )

#command COPY [TO <(target)>] [SDF] [FIELDS <flist,...>] ;
              [FOR <cond>] [WHILE <whilecond>] [NEXT <count>] ;
              [RECORD <recno>] [<isrest:REST>] [ALL] [CODEPAGE <codepage>] => ;
         __dbSDF( .T., <(target)>, { <(flist)> }, ;
                  <{cond}>, <{whilecond}>, <count>, <recno>, <.isrest.>, <codepage> )

#command COPY [TO <(target)>] [FIELDS <flist,...>] ;
              [FOR <cond>] [WHILE <whilecond>] [NEXT <count>] ;
              [RECORD <recno>] [<isrest:REST>] [ALL] [VIA <driver>] [CODEPAGE <codepage>] => ;
         __dbCopy( <(target)>, { <(flist)> }, ;
                   <{cond}>, <{whilecond}>, <count>, <recno>, <.isrest.>, <driver>,, <codepage> )

#command APPEND [FROM <(target)>] [FIELDS <flist,...>] ;
                [FOR <cond>] [WHILE <whilecond>] [NEXT <count>] ;
                [RECORD <recno>] [<isrest:REST>] [ALL] ;
                [CODEPAGE <codepage>] [DELIMITED [WITH <*delimiter*>]] => ;
         __dbDelim( .F., <(target)>, <(delimiter)>, { <(flist)> }, ;
                    <{cond}>, <{whilecond}>, <count>, <recno>, <.isrest.>, <codepage> )

#command APPEND [FROM <(target)>] [SDF] [FIELDS <flist,...>] ;
                [FOR <cond>] [WHILE <whilecond>] [NEXT <count>] ;
                [RECORD <recno>] [<isrest:REST>] [ALL] [CODEPAGE <codepage>] => ;
         __dbSDF( .F., <(target)>, { <(flist)> }, ;
                  <{cond}>, <{whilecond}>, <count>, <recno>, <.isrest.>, <codepage> )

#command APPEND [FROM <(target)>] [FIELDS <flist,...>] ;
                [FOR <cond>] [WHILE <whilecond>] [NEXT <count>] ;
                [RECORD <recno>] [<isrest:REST>] [ALL] [VIA <driver>] ;
                [CODEPAGE <codepage>] => ;
         __dbApp( <(target)>, { <(flist)> }, ;
                  <{cond}>, <{whilecond}>, <count>, <recno>, <.isrest.>, <driver>,, <codepage> )

#command SORT [TO <(target)>] [ON <flist,...>] ;
              [FOR <cond>] [WHILE <whilecond>] [NEXT <count>] ;
              [RECORD <recno>] [<isrest:REST>] [ALL] [VIA <driver>] ;
              [CODEPAGE <codepage>] => ;
         __dbSort( <(target)>, { <(flist)> }, ;
                   <{cond}>, <{whilecond}>, <count>, <recno>, <.isrest.>, <driver>,, <codepage> )

#command TOTAL [TO <(target)>] [ON <keyexpr>] [FIELDS <flist,...>] ;
               [FOR <cond>] [WHILE <whilecond>] [NEXT <count>] ;
               [RECORD <recno>] [<isrest:REST>] [ALL] [VIA <driver>] ;
               [CODEPAGE <codepage>] => ;
         __dbTotal( <(target)>, <{keyexpr}>, { <(flist)> }, ;
                    <{cond}>, <{whilecond}>, <count>, <recno>, <.isrest.>, <driver>,, <codepage> )

#command UPDATE [FROM <(alias)>] [ON <keyexpr>] [<random:RANDOM>] ;
                [REPLACE <fld1> WITH <val1> [, <fldN> WITH <valN>]] => ;
         __dbUpdate( <(alias)>, <{keyexpr}>, <.random.>, ;
                     {|| _FIELD-><fld1> := <val1>[, _FIELD-><fldN> := <valN>] } )

#command JOIN [WITH <(alias)>] [TO <target>] [FIELDS <flist,...>] [FOR <cond>] ;
         [VIA <driver>] [CODEPAGE <codepage>] => ;
         __dbJoin( <(alias)>, <(target)>, { <(flist)> }, ;
                   iif( Empty( #<cond> ), {|| .T. }, <{cond}> ), <driver>,, <codepage> )


/* ------------------------------------------------------------------
 * Aggregates and listings
 * ------------------------------------------------------------------ */

#command COUNT [TO <var>] ;
               [FOR <cond>] [WHILE <whilecond>] [NEXT <count>] ;
               [RECORD <recno>] [<isrest:REST>] [ALL] => ;
         <var> := 0 ; dbEval( {|| <var> := <var> + 1 }, ;
                              <{cond}>, <{whilecond}>, <count>, <recno>, <.isrest.> )

#command SUM [ <expr1>[, <exprN>]  TO  <val1> [, <valN>]] ;
             [FOR <cond>] [WHILE <whilecond>] [NEXT <count>] ;
             [RECORD <recno>] [<isrest:REST>] [ALL] => ;
         <val1> :=[ <valN> :=] 0 ;;
         dbEval( {|| <val1> := <val1> + <expr1>[, <valN> := <valN> + <exprN>] }, ;
                 <{cond}>, <{whilecond}>, <count>, <recno>, <.isrest.> )

#command AVERAGE [ <expr1> [, <exprN>]  TO  <val1>[, <valN>]] ;
                 [FOR <cond>] [WHILE <whilecond>] [NEXT <count>] ;
                 [RECORD <recno>] [<isrest:REST>] [ALL] => ;
         M->__Avg := <val1> :=[ <valN> :=] 0 ;;
         dbEval( {|| M->__Avg := M->__Avg + 1, ;
                 <val1> := <val1> + <expr1>[, <valN> := <valN> + <exprN>] }, ;
                 <{cond}>, <{whilecond}>, <count>, <recno>, <.isrest.> ) ;;
         <val1> := <val1> / M->__Avg[ ; <valN> := <valN> / M->__Avg]

#command LIST [<items,...>] [<nohdr:OFF>] [<toprn:TO PRINTER>] [TO FILE <(target)>] ;
              [FOR <cond>] [WHILE <whilecond>] [NEXT <count>] ;
              [RECORD <recno>] [<isrest:REST>] [ALL] => ;
         __dbList( <.nohdr.>, { <{items}> }, .t., ;
                   <{cond}>, <{whilecond}>, <count>, <recno>, <.isrest.>, <.toprn.>, <(target)> )

#command DISPLAY [<items,...>] [<nohdr:OFF>] [<toprn:TO PRINTER>] [TO FILE <(target)>] ;
                 [FOR <cond>] [WHILE <whilecond>] [NEXT <count>] ;
                 [RECORD <recno>] [<isrest:REST>] [<isall:ALL>] => ;
         __dbList( <.nohdr.>, { <{items}> }, <.isall.>, ;
                   <{cond}>, <{whilecond}>, <count>, <recno>, <.isrest.>, <.toprn.>, <(target)> )


/* ------------------------------------------------------------------
 * Indexes
 * ------------------------------------------------------------------ */

#command DELETE TAG <(firsttag)> [IN <(firstbag)>] [, <(nexttag)> [IN <(nextbag)>]] => ;
         ordDestroy( <(firsttag)>, <(firstbag)> )[ ; ordDestroy( <(nexttag)>, <(nextbag)> )]

#command INDEX ON <keyexpr> [TAG <(tag)>] TO <(bag)> ;
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

#command INDEX ON <keyexpr> TAG <(tag)> [TO <(bag)>] ;
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

#command INDEX ON <keyexpr> TO <(target)> [<uniq: UNIQUE>] => ;
         dbCreateIndex( <(target)>, <"keyexpr">, <{keyexpr}>, iif( <.uniq.>, .t., NIL ) )

#command REINDEX [EVAL <evalblk>] [EVERY <step>] [<noopti: NOOPTIMIZE>] => ;
         ordCondSet( ,,,, <{evalblk}>, <step>,,,,,,,,,, <.noopti.> ) ;;
         ordListRebuild()
#command REINDEX                 => ordListRebuild()
