/*
 * std.ch - the commands of the xBase language, read before every program.
 *
 * A later rule is tried before an earlier one, so where two commands start
 * with the same words the more specific form comes after the general one.
 */

#ifndef HB_STD_CH_
#define HB_STD_CH_

#include "set.ch"

/* Features of the Harbour build these rules describe */
#define HB_CLP_UNDOC
#define HB_COMPAT_C53
#define HB_LEGACY_LEVEL4
#define HB_LEGACY_LEVEL5

/* Marks a variable as used; the compiler drops the expression */
#define HB_SYMBOL_UNUSED( symbol )  ( ( symbol ) )


/* ------------------------------------------------------------------
 * Statement spellings reduced to the keywords the compiler knows
 * ------------------------------------------------------------------ */

#command END SEQUENCE      => endsequence
#command END SWITCH        => endswitch
#command END WITH          => endwith
#command END OBJECT        => endwith
#command DO WHILE <cond>   => while <cond>
#command END <any>         => end
#command ENDDO <*any*>     => enddo
#command ENDIF <*any*>     => endif
#command ENDCASE <*any*>   => endcase
#command ENDFOR [<*any*>]  => next
#command NEXT <var> [TO <lim>] [STEP <inc>]  => next

#command DO <prog>.prg [WITH <args,...>]   => do <prog> [ WITH <args>]
#command CALL <prog>() [WITH <args,...>]   => call <prog> [ WITH <args>]
#command STORE <val> TO <first> [,<other>] => <first> := [ <other> :=] <val>


/* ------------------------------------------------------------------
 * SET commands
 * ------------------------------------------------------------------ */

/* accepted and ignored */
#command SET ECHO <*any*>       =>
#command SET HEADING <*any*>    =>
#command SET MENU <*any*>       =>
#command SET STATUS <*any*>     =>
#command SET STEP <*any*>       =>
#command SET SAFETY <*any*>     =>
#command SET TALK <*any*>       =>

#command SET PROCEDURE TO                => 
#command SET PROCEDURE TO <prg>          => _ProcReq_( <(prg)> )

#command SET FORMAT TO <fmt>             => ;
         _ProcReq_( <(fmt)> + ".fmt" ) ; __SetFormat( {|| <fmt>() } )
#command SET FORMAT TO <fmt>.<ext>       => ;
         _ProcReq_( <(fmt)> + "." + <(ext)> ) ; __SetFormat( {|| <fmt>() } )
#command SET FORMAT TO <fmt:&>           => ;
         if ( Empty( <(fmt)> ) ) ; SET FORMAT TO ; else ;;
         __SetFormat( &( "{||" + <(fmt)> + "()}" ) ) ; end
#command SET FORMAT TO                   => __SetFormat()

/* date format by country, with or without the century */
#define _DFSET( full, short )  Set( _SET_DATEFORMAT, iif( __SetCentury(), full, short ) )
#command SET DATE [TO] AMERICAN   => _DFSET( "mm/dd/yyyy", "mm/dd/yy" )
#command SET DATE [TO] ANSI       => _DFSET( "yyyy.mm.dd", "yy.mm.dd" )
#command SET DATE [TO] BRITISH    => _DFSET( "dd/mm/yyyy", "dd/mm/yy" )
#command SET DATE [TO] FRENCH     => _DFSET( "dd/mm/yyyy", "dd/mm/yy" )
#command SET DATE [TO] GERMAN     => _DFSET( "dd.mm.yyyy", "dd.mm.yy" )
#command SET DATE [TO] ITALIAN    => _DFSET( "dd-mm-yyyy", "dd-mm-yy" )
#command SET DATE [TO] JAPANESE   => _DFSET( "yyyy/mm/dd", "yy/mm/dd" )
#command SET DATE [TO] USA        => _DFSET( "mm-dd-yyyy", "mm-dd-yy" )

#command SET CENTURY <on:ON,OFF,&>       => __SetCentury( <(on)> )
#command SET CENTURY (<on>)              => __SetCentury( <on> )
#command SET DATE FORMAT [TO] <fmt>      => Set( _SET_DATEFORMAT, <fmt> )
#command SET TIME FORMAT [TO] <fmt>      => Set( _SET_TIMEFORMAT, <fmt> )
#command SET EPOCH TO <year>             => Set( _SET_EPOCH, <year> )

#command SET DECIMALS TO <n>             => Set( _SET_DECIMALS, <n> )
#command SET DECIMALS TO                 => Set( _SET_DECIMALS, 0 )
#command SET DEFAULT TO <(dir)>          => Set( _SET_DEFAULT, <(dir)> )
#command SET DEFAULT TO                  => Set( _SET_DEFAULT, "" )
#command SET PATH TO <*dirs*>            => Set( _SET_PATH, <(dirs)> )
#command SET PATH TO                     => Set( _SET_PATH, "" )

/* ON / OFF switches: a word, a macro or a logical expression in ( ) */
#command SET EXACT <on:ON,OFF,&>         => Set( _SET_EXACT, <(on)> )
#command SET EXACT (<on>)                => Set( _SET_EXACT, <on> )
#command SET FIXED <on:ON,OFF,&>         => Set( _SET_FIXED, <(on)> )
#command SET FIXED (<on>)                => Set( _SET_FIXED, <on> )
#command SET EXCLUSIVE <on:ON,OFF,&>     => Set( _SET_EXCLUSIVE, <(on)> )
#command SET EXCLUSIVE (<on>)            => Set( _SET_EXCLUSIVE, <on> )
#command SET SOFTSEEK <on:ON,OFF,&>      => Set( _SET_SOFTSEEK, <(on)> )
#command SET SOFTSEEK (<on>)             => Set( _SET_SOFTSEEK, <on> )
#command SET UNIQUE <on:ON,OFF,&>        => Set( _SET_UNIQUE, <(on)> )
#command SET UNIQUE (<on>)               => Set( _SET_UNIQUE, <on> )
#command SET DELETED <on:ON,OFF,&>       => Set( _SET_DELETED, <(on)> )
#command SET DELETED (<on>)              => Set( _SET_DELETED, <on> )
#command SET CONSOLE <on:ON,OFF,&>       => Set( _SET_CONSOLE, <(on)> )
#command SET CONSOLE (<on>)              => Set( _SET_CONSOLE, <on> )
#command SET BELL <on:ON,OFF,&>          => Set( _SET_BELL, <(on)> )
#command SET BELL (<on>)                 => Set( _SET_BELL, <on> )
#command SET CONFIRM <on:ON,OFF,&>       => Set( _SET_CONFIRM, <(on)> )
#command SET CONFIRM (<on>)              => Set( _SET_CONFIRM, <on> )
#command SET ESCAPE <on:ON,OFF,&>        => Set( _SET_ESCAPE, <(on)> )
#command SET ESCAPE (<on>)               => Set( _SET_ESCAPE, <on> )
#command SET INTENSITY <on:ON,OFF,&>     => Set( _SET_INTENSITY, <(on)> )
#command SET INTENSITY (<on>)            => Set( _SET_INTENSITY, <on> )
#command SET SCOREBOARD <on:ON,OFF,&>    => Set( _SET_SCOREBOARD, <(on)> )
#command SET SCOREBOARD (<on>)           => Set( _SET_SCOREBOARD, <on> )
#command SET WRAP <on:ON,OFF,&>          => Set( _SET_WRAP, <(on)> )
#command SET WRAP (<on>)                 => Set( _SET_WRAP, <on> )
#command SET DELIMITERS <on:ON,OFF,&>    => Set( _SET_DELIMITERS, <(on)> )
#command SET DELIMITERS (<on>)           => Set( _SET_DELIMITERS, <on> )
#command SET DELIMITERS TO <chars>       => Set( _SET_DELIMCHARS, <chars> )
#command SET DELIMITERS TO [DEFAULT]     => Set( _SET_DELIMCHARS, "::" )

/* output copies */
#command SET ALTERNATE <on:ON,OFF,&>     => Set( _SET_ALTERNATE, <(on)> )
#command SET ALTERNATE (<on>)            => Set( _SET_ALTERNATE, <on> )
#command SET ALTERNATE TO                => Set( _SET_ALTFILE, "" )
#command SET ALTERNATE TO <(file)> [<add: ADDITIVE>] => ;
         Set( _SET_ALTFILE, <(file)>, <.add.> )
#command SET PRINTER <on:ON,OFF,&>       => Set( _SET_PRINTER, <(on)> )
#command SET PRINTER (<on>)              => Set( _SET_PRINTER, <on> )
#command SET PRINTER TO                  => Set( _SET_PRINTFILE, "" )
#command SET PRINTER TO <(file)> [<add: ADDITIVE>] => ;
         Set( _SET_PRINTFILE, <(file)>, <.add.> )

#command SET CURSOR <on:ON,OFF,&>        => ;
         SetCursor( iif( Upper( <(on)> ) == "ON", 1, 0 ) )
#command SET CURSOR (<on>)               => SetCursor( iif( <on>, 1, 0 ) )
#command SET MARGIN TO <n>               => Set( _SET_MARGIN, <n> )
#command SET MARGIN TO                   => Set( _SET_MARGIN, 0 )
#command SET DEVICE TO SCREEN            => Set( _SET_DEVICE, "SCREEN" )
#command SET DEVICE TO PRINTER           => Set( _SET_DEVICE, "PRINTER" )
#command SET COLOR TO [<*spec*>]         => SetColor( #<spec> )
#command SET COLOR TO ( <spec> )         => SetColor( <spec> )
#command SET COLOUR TO [<*spec*>]        => SET COLOR TO [<spec>]

#command SET MESSAGE TO <row> [<center: CENTER, CENTRE>] => ;
         Set( _SET_MESSAGE, <row> ) ; Set( _SET_MCENTER, <.center.> )
#command SET MESSAGE TO                  => Set( _SET_MESSAGE, 0 ) ;;
                                            Set( _SET_MCENTER, .f. )
#command SET TYPEAHEAD TO <n>            => Set( _SET_TYPEAHEAD, <n> )

/* hot keys: a function name gets the usual three parameters */
#command SET KEY <key> TO <fn>           => SetKey( <key>, {| p, l, v | <fn>( p, l, v ) } )
#command SET KEY <key> TO <fn>([<args,...>]) => SET KEY <key> TO <fn>
#command SET KEY <key> TO <fn:&>         => ;
         if ( Empty( <(fn)> ) ) ; SetKey( <key>, NIL ) ; else ;;
            SetKey( <key>, {| p, l, v | <fn>( p, l, v ) } ) ; end
#command SET KEY <key> [TO]              => SetKey( <key>, NIL )
#command SET FUNCTION <key> [TO] [<text>] => __SetFunction( <key>, <text> )

/* Clipper 5.3 settings */
#command SET EVENTMASK TO <mask>         => Set( _SET_EVENTMASK, <mask> )
#command SET VIDEOMODE TO <mode>         => Set( _SET_VIDEOMODE, <mode> )
#command SET AUTORDER TO                 => Set( _SET_AUTORDER, 0 )
#command SET AUTORDER TO <n>             => Set( _SET_AUTORDER, <n> )
#command SET AUTOSHARE TO                => Set( _SET_AUTOSHARE, 0 )
#command SET AUTOSHARE TO <n>            => Set( _SET_AUTOSHARE, <n> )
#command SET MBLOCKSIZE TO <n>           => Set( _SET_MBLOCKSIZE, <n> )
#command SET MEMOBLOCK TO <n>            => Set( _SET_MBLOCKSIZE, <n> )
#command SET MFILEEXT TO <ext>           => Set( _SET_MFILEEXT, <ext> )
#command SET STRICTREAD <on:ON,OFF,&>    => Set( _SET_STRICTREAD, <(on)> )
#command SET STRICTREAD (<on>)           => Set( _SET_STRICTREAD, <on> )
#command SET OPTIMIZE <on:ON,OFF,&>      => Set( _SET_OPTIMIZE, <(on)> )
#command SET OPTIMIZE (<on>)             => Set( _SET_OPTIMIZE, <on> )
#command SET AUTOPEN <on:ON,OFF,&>       => Set( _SET_AUTOPEN, <(on)> )
#command SET AUTOPEN (<on>)              => Set( _SET_AUTOPEN, <on> )

/* Harbour settings */
#command SET FILECASE <(case)>           => Set( _SET_FILECASE, <(case)> )
#command SET FILECASE (<case>)           => Set( _SET_FILECASE, <case> )
#command SET DIRCASE <(case)>            => Set( _SET_DIRCASE, <(case)> )
#command SET DIRCASE (<case>)            => Set( _SET_DIRCASE, <case> )
#command SET DIRSEPARATOR <sep>          => Set( _SET_DIRSEPARATOR, <sep> )
#command SET DBFLOCKSCHEME TO <n>        => Set( _SET_DBFLOCKSCHEME, <n> )
#command SET DBFLOCKSCHEME TO            => Set( _SET_DBFLOCKSCHEME, 0 )
#command SET HARDCOMMIT <on:ON,OFF,&>    => Set( _SET_HARDCOMMIT, <(on)> )
#command SET HARDCOMMIT (<on>)           => Set( _SET_HARDCOMMIT, <on> )
#command SET EOL <eol>                   => Set( _SET_EOL, <eol> )


/* ------------------------------------------------------------------
 * Console output and the screen
 * ------------------------------------------------------------------ */

#command ?  [<list,...>]             => QOut( <list> )
#command ?? [<list,...>]             => QQOut( <list> )
#command EJECT                       => __Eject()

/* TEXT sends each line to the first function, then calls the second */
#command TEXT                        => text QOut, QQOut
#command TEXT TO FILE <(file)>       => __TextSave( <(file)> ) ;;
                                        text QOut, __TextRestore
#command TEXT TO PRINTER             => __TextSave( "PRINTER" ) ;;
                                        text QOut, __TextRestore
#xcommand TEXTBLOCK <*text*>         =>

#command CLS                         => Scroll() ; SetPos( 0, 0 )
#command CLEAR SCREEN                => CLS
#command SAVE SCREEN                 => __XSaveScreen()
#command RESTORE SCREEN              => __XRestScreen()
#command SAVE SCREEN TO <var>        => <var> := SaveScreen( 0, 0, MaxRow(), MaxCol() )
#command RESTORE SCREEN FROM <var>   => RestScreen( 0, 0, MaxRow(), MaxCol(), <var> )

#command @ <row>, <col>              => Scroll( <row>, <col>, <row> ) ;;
                                        SetPos( <row>, <col> )
#command @ <top>, <left> CLEAR       => Scroll( <top>, <left> ) ;;
                                        SetPos( <top>, <left> )
#command @ <top>, <left> CLEAR TO <bottom>, <right> => ;
         Scroll( <top>, <left>, <bottom>, <right> ) ; SetPos( <top>, <left> )
#command @ <top>, <left>, <bottom>, <right> BOX <frame> [COLOR <color>] => ;
         DispBox( <top>, <left>, <bottom>, <right>, <frame> [, <color>] )
#command @ <top>, <left> TO <bottom>, <right> [DOUBLE] [COLOR <color>] => ;
         DispBox( <top>, <left>, <bottom>, <right>, 2 [, <color>] )
#command @ <top>, <left> TO <bottom>, <right> [COLOR <color>] => ;
         DispBox( <top>, <left>, <bottom>, <right>, 1 [, <color>] )
#command @ <row>, <col> SAY <value> [PICTURE <pic>] [COLOR <color>] => ;
         DevPos( <row>, <col> ) ; DevOutPict( <value>, <pic> [, <color>] )
#command @ <row>, <col> SAY <value> [COLOR <color>] => ;
         DevPos( <row>, <col> ) ; DevOut( <value> [, <color>] )

/* light-bar menus */
#command @ <row>, <col> PROMPT <text> [MESSAGE <msg>] => ;
         __AtPrompt( <row>, <col>, <text> , <msg> )
#command MENU TO <var> => ;
         <var> := __MenuTo( {| _1 | iif( PCount() == 0, <var>, <var> := _1 ) }, #<var> )


/* ------------------------------------------------------------------
 * Keyboard input
 * ------------------------------------------------------------------ */

#command WAIT [<prompt>]             => __Wait( <prompt> )
#command WAIT [<prompt>] TO <var>    => <var> := __Wait( <prompt> )
#command ACCEPT [<prompt>] TO <var>  => <var> := __Accept( <prompt> )
#command INPUT [<prompt>] TO <var>   => ;
         if ( ! Empty( __Accept( <prompt> ) ) ) ; <var> := &( __AcceptStr() ) ; end
#command KEYBOARD <keys>             => __Keyboard( <keys> )
#command CLEAR TYPEAHEAD             => __Keyboard()


/* ------------------------------------------------------------------
 * Memory variables
 * ------------------------------------------------------------------ */

#command CLEAR MEMORY                => __mvClear()
#command RELEASE <vars,...>          => __mvXRelease( <"vars"> )
#command RELEASE ALL                 => __mvRelease( "*", .t. )
#command RELEASE ALL LIKE <mask>     => __mvRelease( #<mask>, .t. )
#command RELEASE ALL EXCEPT <mask>   => __mvRelease( #<mask>, .f. )

/* .mem files */
#command RESTORE [FROM <(file)>] [<add:ADDITIVE>] => __mvRestore( <(file)>, <.add.> )
#command SAVE TO <(file)> ALL LIKE <mask>    => __mvSave( <(file)>, <(mask)>, .t. )
#command SAVE ALL LIKE <mask> TO <(file)>    => __mvSave( <(file)>, <(mask)>, .t. )
#command SAVE ALL EXCEPT <mask> TO <(file)>  => __mvSave( <(file)>, <(mask)>, .f. )
#command SAVE TO <(file)> ALL EXCEPT <mask>  => __mvSave( <(file)>, <(mask)>, .f. )
#command SAVE [TO <(file)>] [ALL]            => __mvSave( <(file)>, "*", .t. )

/* Harbour's own memvar file format */
#command RESTORE HBV [FROM <(file)>] [<add:ADDITIVE>] => hb_mvRestore( <(file)>, <.add.> )
#command SAVE HBV TO <(file)> ALL LIKE <mask>    => hb_mvSave( <(file)>, <(mask)>, .t. )
#command SAVE HBV ALL LIKE <mask> TO <(file)>    => hb_mvSave( <(file)>, <(mask)>, .t. )
#command SAVE HBV ALL EXCEPT <mask> TO <(file)>  => hb_mvSave( <(file)>, <(mask)>, .f. )
#command SAVE HBV TO <(file)> ALL EXCEPT <mask>  => hb_mvSave( <(file)>, <(mask)>, .f. )
#command SAVE HBV [TO <(file)>] [ALL]            => hb_mvSave( <(file)>, "*", .t. )


/* ------------------------------------------------------------------
 * Files and the operating system
 * ------------------------------------------------------------------ */

#command ERASE <(file)>                  => FErase( <(file)> )
#command DELETE FILE <(file)>            => FErase( <(file)> )
#command RENAME <(from)> TO <(to)>       => FRename( <(from)>, <(to)> )
#command COPY FILE <(from)> TO <(to)>    => __CopyFile( <(from)>, <(to)> )
#command DIR [<(mask)>]                  => __Dir( <(mask)> )
#command TYPE <(file)> [<prn:TO PRINTER>] [TO FILE <(dest)>] => ;
         __TypeFile( <(file)>, <.prn.> )[ ; COPY FILE <(file)> TO <(dest)>]
#command TYPE <(file)> [<prn:TO PRINTER>] => __TypeFile( <(file)>, <.prn.> )

#command RUN <*cmd*>             => __Run( #<cmd> )
#command RUN ( <cmd> )           => __Run( <cmd> )
#command ! <*cmd*>               => RUN <cmd>
/* RUN used as a variable name */
#command RUN = <value>           => ( run := <value> )
#command RUN := <value>          => ( run := <value> )


/* ------------------------------------------------------------------
 * Program
 * ------------------------------------------------------------------ */

/* the compiler handles EXTERNAL (and ANNOUNCE) itself */
#command REQUEST <names,...>     => EXTERNAL <names>
#command CANCEL                  => __Quit()
#command QUIT                    => __Quit()


/* ------------------------------------------------------------------
 * Data entry: @ ... GET and READ
 * ------------------------------------------------------------------ */

#command READ                    => ReadModal( GetList ) ; GetList := {} ; ( GetList )
#command READ SAVE               => ReadModal( GetList )
#command CLEAR GETS              => ReadKill( .T. ) ; GetList := {} ; ( GetList )

#xcommand @ [<clauses,...>] COLOUR [<more,...>] => @ [ <clauses>] COLOR [ <more>]

#command @ <row>, <col> SAY <say> [<sayclauses,...>] GET <var> [<getclauses,...>] => ;
         @ <row>, <col> SAY <say> [ <sayclauses>] ;;
         @ Row(), Col() + 1 GET <var> [ <getclauses>]

#command @ <row>, <col> GET <var> [<before,...>] RANGE <lo>, <hi> [<after,...>] => ;
         @ <row>, <col> GET <var> [ <before>] ;
                        VALID {| _1 | RangeCheck( _1,, <lo>, <hi> ) } [ <after>]

#command @ <row>, <col> GET <var> [<before,...>] COLOR <color> [<after,...>] => ;
         @ <row>, <col> GET <var> [ <before>] SEND colorDisp( <color> ) [ <after>]

#command READ [MENU <menu>] ;
              [MSG AT <row>, <left>, <right> [MSG COLOR <color>]] => ;
         ReadModal( GetList, NIL, <menu>, <row>, <left>, <right>, <color> ) ;;
         GetList := {} ; ( GetList )

#command READ SAVE [MENU <menu>] ;
                   [MSG AT <row>, <left>, <right> [MSG COLOR <color>]] => ;
         ReadModal( GetList, NIL, <menu>, <row>, <left>, <right>, <color> )

#command @ <row>, <col> GET <var> [PICTURE <pic>] ;
                        [VALID <valid>] [WHEN <when>] [SEND <msg>] ;
                        [CAPTION <caption>] [MESSAGE <message>] => ;
         SetPos( <row>, <col> ) ;;
         AAdd( GetList, _GET_( <var>, <"var">, <pic>, <{valid}>, <{when}> ) ) ;;
       [ ATail( GetList ):Caption := <caption> ;;
         ATail( GetList ):CapRow := ATail( Getlist ):row ;;
         ATail( GetList ):CapCol := ATail( Getlist ):col - __CapLength( <caption> ) - 1 ;] ;
       [ ATail( GetList ):message := <message> ;] [ ATail( GetList ):<msg> ;] ;
         ATail( GetList ):Display()

#command @ <row>, <col> GET <var> CHECKBOX [VALID <valid>] [WHEN <when>] ;
                        [CAPTION <caption>] [MESSAGE <message>] [COLOR <color>] ;
                        [FOCUS <focus>] [STATE <state>] [STYLE <style>] ;
                        [SEND <msg>] [GUISEND <guimsg>] [BITMAPS <bitmaps>] => ;
         SetPos( <row>, <col> ) ;;
         AAdd( GetList, _GET_( <var>, <(var)>, NIL, <{valid}>, <{when}> ) ) ;;
         ATail( GetList ):Control := _CheckBox_( <var>, <caption>, ;
                     <message>, <color>, <{focus}>, <{state}>, <style>, <bitmaps> ) ;;
         ATail( GetList ):reader := {| a, b, c, d | GUIReader( a, b, c, d ) } ;;
       [ ATail( GetList ):<msg> ;] [ ATail( GetList ):Control:<guimsg> ;] ;
         ATail( GetList ):Control:Display()

#command @ <top>, <left>, <bottom>, <right> GET <var> LISTBOX <items> ;
               [VALID <valid>] [WHEN <when>] ;
               [CAPTION <caption>] [MESSAGE <message>] [COLOR <color>] ;
               [FOCUS <focus>] [STATE <state>] [<drop:DROPDOWN>] [<bar:SCROLLBAR>] ;
               [SEND <msg>] [GUISEND <guimsg>] [BITMAP <bitmap>] => ;
         SetPos( <top>, <left> ) ;;
         AAdd( GetList, _GET_( <var>, <(var)>, NIL, <{valid}>, <{when}> ) ) ;;
         ATail( GetList ):Control := _ListBox_( ATail( Getlist ):row, ;
               ATail( Getlist ):col, <bottom>, <right>, <var>, <items>, <caption>, ;
               <message>, <color>, <{focus}>, <{state}>, <.drop.>, <.bar.>, <bitmap> ) ;;
         ATail( GetList ):reader := {| a, b, c, d | GUIReader( a, b, c, d ) } ;;
       [ ATail( GetList ):<msg> ;] [ ATail( GetList ):Control:<guimsg> ;] ;
         ATail( GetList ):Control:Display()

#command @ <row>, <col> GET <var> PUSHBUTTON ;
               [VALID <valid>] [WHEN <when>] ;
               [CAPTION <caption>] [MESSAGE <message>] [COLOR <color>] ;
               [FOCUS <focus>] [STATE <state>] [STYLE <style>] ;
               [SEND <msg>] [GUISEND <guimsg>] [BITMAP <bitmap>] ;
               [SIZE X <sizeX> Y <sizeY>] [CAPOFF X <capX> Y <capY>] ;
               [BMPOFF X <bmpX> Y <bmpY>] => ;
         SetPos( <row>, <col> ) ;;
         AAdd( GetList, _GET_( <var>, <(var)>, NIL, <{valid}>, <{when}> ) ) ;;
         ATail( GetList ):Control := _PushButt_( <caption>, <message>, <color>, <{focus}>, ;
               <{state}>, <style>, <sizeX>, <sizeY>, <capX>, <capY>, <bitmap>, <bmpX>, <bmpY> ) ;;
         ATail( GetList ):reader := {| a, b, c, d | GUIReader( a, b, c, d ) } ;;
       [ ATail( GetList ):<msg> ;] [ ATail( GetList ):Control:<guimsg> ;] ;
         ATail( GetList ):Control:Display()

#command @ <top>, <left>, <bottom>, <right> GET <var> RADIOGROUP <buttons> ;
               [VALID <valid>] [WHEN <when>] ;
               [CAPTION <caption>] [MESSAGE <message>] [COLOR <color>] ;
               [FOCUS <focus>] [STYLE <style>] ;
               [SEND <msg>] [GUISEND <guimsg>] => ;
         SetPos( <top>, <left> ) ;;
         AAdd( GetList, _GET_( <var>, <(var)>, NIL, <{valid}>, <{when}> ) ) ;;
         ATail( GetList ):Control := _RadioGrp_( ATail( Getlist ):row, ;
               ATail( Getlist ):col, <bottom>, <right>, <var>, <buttons>, <caption>, ;
               <message>, <color>, <{focus}>, <style> ) ;;
         ATail( GetList ):reader := {| a, b, c, d | GUIReader( a, b, c, d ) } ;;
       [ ATail( GetList ):<msg> ;] [ ATail( GetList ):Control:<guimsg> ;] ;
         ATail( GetList ):Control:Display()

#command @ <top>, <left>, <bottom>, <right> GET <var> TBROWSE <browse> ;
               [VALID <valid>] [WHEN <when>] ;
               [MESSAGE <message>] [SEND <msg>] [GUISEND <guimsg>] => ;
         SetPos( <top>, <left> ) ;;
         AAdd( GetList, _GET_( <var>, <(var)>, NIL, <{valid}>, <{when}> ) ) ;;
         <browse>:ntop := ATail( Getlist ):row ;;
         <browse>:nleft := ATail( Getlist ):col ;;
         <browse>:nbottom := <bottom> ; <browse>:nright := <right> ;;
         <browse>:Configure() ; ATail( GetList ):Control := <browse> ;;
         ATail( GetList ):reader := {| a, b, c, d | TBReader( a, b, c, d ) } ;
     [ ; ATail( GetList ):Control:Message := <message>] ;
     [ ; ATail( GetList ):<msg>] [ ; ATail( GetList ):Control:<guimsg>]

#command @ <top>, <left>, <bottom>, <right> GET <var> TBROWSE <browse> ;
               ALIAS <area> [VALID <valid>] [WHEN <when>] ;
               [MESSAGE <message>] [SEND <msg>] [GUISEND <guimsg>] => ;
         SetPos( <top>, <left> ) ;;
         AAdd( GetList, _GET_( <var>, <(var)>, NIL, <{valid}>, <{when}> ) ) ;;
         <browse>:ntop := ATail( Getlist ):row ;;
         <browse>:nleft := ATail( Getlist ):col ;;
         <browse>:nbottom := <bottom> ; <browse>:nright := <right> ;;
         <browse>:Configure() ; ATail( GetList ):Control := <browse> ;;
         ATail( GetList ):reader := {| a, b, c, d | <area>->( TBReader( a, b, c, d ) ) } ;
     [ ; ATail( GetList ):Control:Message := <message>] ;
     [ ; ATail( GetList ):<msg>] [ ; ATail( GetList ):Control:<guimsg>]


/* ==================================================================
 * Database commands
 *
 * Work area commands go below. CLOSE and SELECT are here already
 * because CLEAR ALL uses them; keep CLOSE <area> before the CLOSE
 * keyword forms so that those are tried first.
 * ================================================================== */

#command CLOSE <area>            => <area>->( dbCloseArea() )
#command CLOSE                   => dbCloseArea()
#command CLOSE DATABASES         => dbCloseAll()
#command CLOSE ALTERNATE         => Set( _SET_ALTFILE, "" )
#command CLOSE FORMAT            => __SetFormat( NIL )
#command CLOSE INDEXES           => dbClearIndex()
#command CLOSE PROCEDURE         =>
#command CLOSE ALL               => CLOSE DATABASES ; SELECT 1 ; CLOSE FORMAT
#command CLEAR                   => CLEAR SCREEN ; CLEAR GETS
#command CLEAR ALL               => CLOSE DATABASES ; CLOSE FORMAT ;;
                                    CLEAR MEMORY ; CLEAR GETS ;;
                                    SET ALTERNATE OFF ; SET ALTERNATE TO

#command SELECT <area>           => dbSelectArea( <(area)> )
#command SELECT <fn>([<args,...>]) => dbSelectArea( <fn>( <args> ) )

#command REPORT FORM <frm> [HEADING <head>] [<plain:PLAIN>] [<noeject:NOEJECT>] ;
                           [<summary:SUMMARY>] [<nocon:NOCONSOLE>] ;
                           [<toprn:TO PRINTER>] [TO FILE <(target)>] ;
                           [FOR <cond>] [WHILE <whilecond>] [NEXT <count>] ;
                           [RECORD <recno>] [<isrest:REST>] [ALL] => ;
         __ReportForm( <(frm)>, <.toprn.>, <(target)>, <.nocon.>, ;
                       <{cond}>, <{whilecond}>, <count>, <recno>, <.isrest.>, ;
                       <.plain.>, <head>, <.noeject.>, <.summary.> )

#command LABEL FORM <lbl> [<sample:SAMPLE>] [<nocon:NOCONSOLE>] ;
                          [<toprn:TO PRINTER>] [TO FILE <(target)>] ;
                          [FOR <cond>] [WHILE <whilecond>] [NEXT <count>] ;
                          [RECORD <recno>] [<isrest:REST>] [ALL] => ;
         __LabelForm( <(lbl)>, <.toprn.>, <(target)>, <.nocon.>, ;
                      <{cond}>, <{whilecond}>, <count>, <recno>, <.isrest.>, <.sample.> )

#include "dbcmds.ch"

#endif
