import { test } from 'node:test';
import assert from 'node:assert/strict';
import { out, pp } from './helpers.js';

// Each source line and what Harbour 3.2's `harbour -p` makes of it.
const commands: Array<[string, string]> = [
  ["END SEQUENCE", "end"],
  ["END SWITCH", "end"],
  ["END WITH", "end"],
  ["END", "END"],
  ["END IF", "end"],
  ["ENDIF x", "endif"],
  ["DO WHILE x", "while x"],
  ["NEXT i TO 5", "next"],
  ["DO foo.prg WITH 1, 2", "do foo WITH 1, 2"],
  ["CALL foo() WITH 1", "call foo WITH 1"],
  ["STORE 1 TO a, b, c", "a := b := c := 1"],
  ["SET COLOR TO W/N, GR+/B", "SetColor( \"W/N, GR+/B\" )"],
  ["SET COLOUR TO W/N", "SetColor( \"W/N\" )"],
  ["SET COLOR TO (x)", "SetColor( x )"],
  ["SET CENTURY ON", "__SetCentury( \"ON\" )"],
  ["SET CENTURY &x", "__SetCentury( x )"],
  ["SET DATE BRITISH", "Set( 4, iif( __SetCentury(), \"dd/mm/yyyy\", \"dd/mm/yy\" ) )"],
  ["SET EXACT (.t.)", "Set( 1, .T. )"],
  ["SET ALTERNATE TO foo.txt ADDITIVE", "Set( 19, \"foo.txt\", .T. )"],
  ["SET KEY 28 TO help", "SetKey( 28, {| p, l, v | help( p, l, v ) } )"],
  ["SET KEY 28 TO", "SetKey( 28, NIL )"],
  ["SET KEY 28 TO &x", "if ( Empty( x ) ) ; SetKey( 28, NIL ) ; else ; SetKey( 28, {| p, l, v | &x( p, l, v ) } ) ; end"],
  ["SET KEY 28 TO help(1)", "SetKey( 28, {| p, l, v | help( p, l, v ) } )"],
  ["SET FORMAT TO x", "_ProcReq_( \"x\" + \".fmt\" ) ; __SetFormat( {|| x() } )"],
  ["SET PATH TO /a/b ; c", "Set( 6, \"/a/b ; c\" )"],
  ["@ 1, 2 SAY \"x\" COLOR \"W/N\"", "DevPos( 1, 2 ) ; DevOut( \"x\", \"W/N\" )"],
  ["@ 1, 2 SAY \"x\" PICTURE \"@!\"", "DevPos( 1, 2 ) ; DevOutPict( \"x\", \"@!\" )"],
  ["@ 1, 2 CLEAR TO 3, 4", "Scroll( 1, 2, 3, 4 ) ; SetPos( 1, 2 )"],
  ["@ 1, 2 TO 3, 4 DOUBLE", "DispBox( 1, 2, 3, 4, 2 )"],
  ["@ 1,2,3,4 BOX \"abc\"", "DispBox( 1, 2, 3, 4, \"abc\" )"],
  ["@ 1, 2 GET x PICTURE \"@!\" VALID x > 0", "SetPos( 1, 2 ) ; AAdd( GetList, _GET_( x, \"x\", \"@!\", {|| x > 0}, ) ) ; ATail( GetList ):Display()"],
  ["@ 1, 2 SAY \"a\" GET x", "DevPos( 1, 2 ) ; DevOut( \"a\" ) ; SetPos( Row(), Col() + 1 ) ; AAdd( GetList, _GET_( x, \"x\",,, ) ) ; ATail( GetList ):Display()"],
  ["@ 1, 2 GET x RANGE 1, 5", "SetPos( 1, 2 ) ; AAdd( GetList, _GET_( x, \"x\",, {| _1 | RangeCheck( _1,, 1, 5 ) }, ) ) ; ATail( GetList ):Display()"],
  ["@ 1, 2 COLOUR x", "@ 1, 2 COLOR x"],
  ["READ", "ReadModal( GetList, NIL,,,,, ) ; GetList := {} ; ( GetList )"],
  ["CLEAR", "Scroll() ; SetPos( 0, 0 ) ; ReadKill( .T. ) ; GetList := {} ; ( GetList )"],
  ["CLS", "Scroll() ; SetPos( 0, 0 )"],
  ["CLEAR ALL", "dbCloseAll() ; __SetFormat( NIL ) ; __mvClear() ; ReadKill( .T. ) ; GetList := {} ; ( GetList ) ; Set( 18, \"OFF\" ) ; Set( 19, \"\" )"],
  ["WAIT \"x\" TO y", "y := __Wait( \"x\" )"],
  ["ACCEPT \"q\" TO y", "y := __Accept( \"q\" )"],
  ["INPUT \"q\" TO y", "if ( ! Empty( __Accept( \"q\" ) ) ) ; y := &( __AcceptStr() ) ; end"],
  ["KEYBOARD \"x\"", "__Keyboard( \"x\" )"],
  ["RELEASE a, b", "__mvXRelease( \"a\", \"b\" )"],
  ["RELEASE ALL LIKE a*", "__mvRelease( \"a*\", .T. )"],
  ["SAVE TO x ALL LIKE y", "__mvSave( \"x\", \"y\", .T. )"],
  ["RESTORE FROM x ADDITIVE", "__mvRestore( \"x\", .T. )"],
  ["ERASE x.txt", "FErase( \"x.txt\" )"],
  ["DELETE FILE (y)", "FErase( (y) )"],
  ["RENAME a.txt TO b.txt", "FRename( \"a.txt\", \"b.txt\" )"],
  ["COPY FILE a TO b", "__CopyFile( \"a\", \"b\" )"],
  ["RUN ls -l", "__Run( \"ls -l\" )"],
  ["! ls", "__Run( \"ls\" )"],
  ["REQUEST Foo, Bar", "EXTERNAL Foo, Bar"],
  ["QUIT", "__Quit()"],
  ["CANCEL", "__Quit()"],
  ["MENU TO x", "x := __MenuTo( {| _1 | iif( PCount() == 0, x, x := _1 ) }, \"x\" )"],
  ["@ 1, 1 PROMPT \"a\" MESSAGE \"b\"", "__AtPrompt( 1, 1, \"a\" , \"b\" )"],
  ["TYPE x.txt TO PRINTER", "__TypeFile( \"x.txt\", .T. )"],
  ["DIR *.prg", "__Dir( \"*.prg\" )"],
];

test('std.ch commands translate as in Harbour', () => {
  for (const [src, want] of commands) assert.deepEqual(out(src), want === '' ? [] : [want], src);
});

test('TEXT ... ENDTEXT: one QOut() per line, QQOut() at the end', () => {
  const r = pp('TEXT\n  line one\n\ttabbed "q" \'x\'\n\nENDTEXT\n? 1');
  assert.deepEqual(r.lines, ['QOut( "  line one" )', 'QOut( [\ttabbed "q" \'x\'] )', 'QOut( "" )', 'QQOut( )', 'QOut( 1 )']);
  assert.deepEqual(pp('TEXT TO FILE x.txt\nhello\nENDTEXT').lines,
    ['__TextSave( "x.txt" ) ;', 'QOut( "hello" )', '__TextRestore( )']);
  assert.deepEqual(pp('TEXT\nabc\n').diags, ['3 E0003 Missing ENDTEXT']);
});

test('commands with several forms pick the most specific one', () => {
  assert.deepEqual(out('SET KEY 28 TO\nSET KEY 28 TO help\nSET DELIMITERS TO DEFAULT\nSET DELIMITERS TO "[]"\nSET FORMAT TO'),
    ['SetKey( 28, NIL )', 'SetKey( 28, {| p, l, v | help( p, l, v ) } )', 'Set( 34, "::" )', 'Set( 34, "[]" )', '__SetFormat()']);
});

test('keywords of #command rules may be abbreviated to four letters', () => {
  assert.deepEqual(out('SET CENT ON\nSET DECI TO 4\nREST FROM x'), ['__SetCentury( "ON" )', 'Set( 3, 4 )', '__mvRestore( "x", .F. )']);
});

test('set.ch constants are always available', () => {
  assert.deepEqual(out('x := { _SET_EXACT, _SET_DBCODEPAGE, HB_SET_COUNT }'), ['x := { 1, 117, ( 117 - 100 + 1 ) }']);
});

test('common.ch: DEFAULT ... TO and the IS<type>() translations', () => {
  assert.deepEqual(out('#include "common.ch"\nDEFAULT a TO 1, b TO "x"\nx := ISNIL( a ) .AND. ISNUMBER( b )'), [
    'IF a == NIL ; a := 1 ; END ; IF b == NIL ; b := "x" ; END',
    'x := ( a == NIL ) .AND. HB_ISNUMERIC( b )',
  ]);
});

test('every bundled header can be included', () => {
  const headers = ['achoice.ch', 'box.ch', 'color.ch', 'common.ch', 'dbinfo.ch', 'dbstruct.ch', 'directry.ch', 'error.ch',
    'fileio.ch', 'hb.ch', 'hbgtinfo.ch', 'hbhash.ch', 'hbmemvar.ch', 'hboo.ch', 'hbserial.ch', 'hbthread.ch', 'hbver.ch',
    'inkey.ch', 'ord.ch', 'set.ch', 'setcurs.ch', 'simpleio.ch', 'hbclass.ch'];
  const r = pp(headers.map((h) => `#include "${h}"`).join('\n') +
    '\nx := { K_ESC, FO_READWRITE, EG_ARG, F_NAME, DBS_NAME, HB_GTI_ISGRAPHIC, B_SINGLE, DBOI_KEYCOUNT, TOPSCOPE }');
  assert.deepEqual(r.diags, []);
  assert.deepEqual(r.lines.map((l) => l.trim()).slice(-1), ['x := { 27, 2, 1, 1, 1, 0, ( Chr( 218 ) + Chr( 196 ) + Chr( 191 ) + ' +
    'Chr( 179 ) + Chr( 217 ) + Chr( 196 ) + Chr( 192 ) + Chr( 179 ) ), 26, 0 }']);
});
