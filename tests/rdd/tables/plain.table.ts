// The empty tables and the code page fixtures written by Harbour, as
// Harbour reads them (recorded by record.mjs).

import type { Row } from '../rows.js';

const ROWS: Row[] = [
  ['dbUseArea(.T., "DBFNTX", "empty", "E", .T., .T.)', 'ERR DBCMD 18/1011 E [Alias already in use] os 0 -D-'],
  ['{LastRec(), Eof(), Bof(), RecNo(), FCount(), Header(), RecSize()}', '{N[         0], .T., .T., N[         0], N[         0], N[         0], N[         0]}'],
  ['dbStruct()', '{}'],
  ['{dbGoTop(), Eof(), Bof(), RecNo(), dbSkip(), Eof(), RecNo()}', 'ERR DBCMD 35/2001 DBGOTOP [Workarea not in use] os 0 ---'],
  ['{FIELD->CODE, FIELD->AMOUNT, FIELD->DAY, FIELD->OK}', 'ERR BASE 14/1003 CODE [Variable does not exist] os 0 --R'],
  ['dbCloseArea()', 'NIL'],
  ['dbUseArea(.T., "DBFNTX", "emptymemo", "M", .T., .T.)', 'ERR DBCMD 18/1011 M [Alias already in use] os 0 -D-'],
  ['{LastRec(), Eof(), Bof(), RecNo(), FCount(), Header(), RecSize(), dbInfo(39)}', 'ERR DBCMD 35/2001 DBINFO [Workarea not in use] os 0 ---'],
  ['dbStruct()', '{}'],
  ['{FIELD->ID, FIELD->TEXT}', 'ERR BASE 14/1003 ID [Variable does not exist] os 0 --R'],
  ['dbCloseArea()', 'NIL'],
  ['dbUseArea(.T., "DBFNTX", "cp1252", "C", .T., .T., "DEWIN")', 'ERR DBCMD 18/1011 C [Alias already in use] os 0 -D-'],
  ['{dbInfo(147), LastRec(), Header(), RecSize()}', 'ERR DBCMD 35/2001 DBINFO [Workarea not in use] os 0 ---'],
  ['{hb_StrToHex(FIELD->NAME), hb_StrToHex(FIELD->CITY)}', 'ERR BASE 14/1003 NAME [Variable does not exist] os 0 --R'],
  ['hb_cdpSelect("DEWIN")', 'C[EN]'],
  ['{FIELD->NAME, FIELD->CITY, dbSkip(), FIELD->NAME, FIELD->CITY}', 'ERR BASE 14/1003 NAME [Variable does not exist] os 0 --R'],
  ['{dbGoto(4), FIELD->NAME, FIELD->CITY, dbGoto(5), FIELD->NAME}', 'ERR DBCMD 35/2001 DBGOTO [Workarea not in use] os 0 ---'],
  ['hb_cdpSelect("EN")', 'C[DEWIN]'],
  ['dbCloseArea()', 'NIL'],
  ['dbUseArea(.T., "DBFNTX", "cp866", "R", .T., .T., "RU866")', '.T.'],
  ['{dbInfo(147), LastRec()}', '{C[RU866], N[         4]}'],
  ['hb_cdpSelect("RU866")', 'C[EN]'],
  ['{FIELD->NAME, FIELD->CITY, dbGoto(3), FIELD->NAME, FIELD->CITY}', '{C[\\x8C\\xAE\\xE1\\xAA\\xA2\\xA0      ], C[\\x90\\xAE\\xE1\\xE1\\xA8\\xEF      ], NIL, C[\\x8A\\xA8\\xF5\\xA2        ], C[\\x93\\xAA\\xE0\\xA0\\xF5\\xAD\\xA0     ]}'],
  ['hb_cdpSelect("EN")', 'C[RU866]'],
  ['dbCloseArea()', 'NIL'],
  ['dbUseArea(.T., "DBFNTX", "cp1252", "C", .T., .T.)', 'ERR DBCMD 18/1011 C [Alias already in use] os 0 -D-'],
  ['{hb_StrToHex(FIELD->NAME), dbInfo(147)}', 'ERR BASE 14/1003 NAME [Variable does not exist] os 0 --R'],
  ['dbCloseArea()', 'NIL'],
];

export default ROWS;
