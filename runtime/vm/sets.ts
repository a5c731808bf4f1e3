// The SET values of one thread (Set(), SET ... commands). `values` is indexed
// by the _SET_* numbers of set.ch; the settings that operators and
// conversions read on every use are mirrored in plain fields, which Set()
// keeps in step through put(). SET CENTURY is not a Set() number: it is
// its own field, which SET DATE FORMAT also updates.

import type { Value } from '../values/types.js';
import type { Thread } from './thread.js';

export const SET_EXACT = 1;
export const SET_FIXED = 2;
export const SET_DECIMALS = 3;
export const SET_DATEFORMAT = 4;
export const SET_EPOCH = 5;
export const SET_DELETED = 11;
export const SET_TIMEFORMAT = 116;

/** Defaults of a program built by hbmk2 with the CGI terminal. */
function defaults(): Value[] {
  const v: Value[] = [];
  v[1] = false;            // EXACT
  v[2] = false;            // FIXED
  v[3] = 2;                // DECIMALS
  v[4] = 'mm/dd/yy';       // DATEFORMAT
  v[5] = 1900;             // EPOCH
  v[6] = '';               // PATH
  v[7] = '';               // DEFAULT
  v[8] = true;             // EXCLUSIVE
  v[9] = false;            // SOFTSEEK
  v[10] = false;           // UNIQUE
  v[11] = false;           // DELETED
  v[12] = true;            // CANCEL
  v[13] = false;           // DEBUG
  v[14] = 50;              // TYPEAHEAD
  v[15] = 'W/N,N/W,N/N,N/N,N/W'; // COLOR
  v[16] = 1;               // CURSOR (SC_NORMAL)
  v[17] = true;            // CONSOLE
  v[18] = false;           // ALTERNATE
  v[19] = '';              // ALTFILE
  v[20] = 'SCREEN';        // DEVICE
  v[21] = false;           // EXTRA
  v[22] = '';              // EXTRAFILE
  v[23] = false;           // PRINTER
  v[24] = '|lpr';          // PRINTFILE (the default printer of a Unix system)
  v[25] = 0;               // MARGIN
  v[26] = false;           // BELL
  v[27] = false;           // CONFIRM
  v[28] = true;            // ESCAPE
  v[29] = false;           // INSERT
  v[30] = false;           // EXIT
  v[31] = true;            // INTENSITY
  v[32] = true;            // SCOREBOARD
  v[33] = false;           // DELIMITERS
  v[34] = '::';            // DELIMCHARS
  v[35] = false;           // WRAP
  v[36] = 0;               // MESSAGE
  v[37] = false;           // MCENTER
  v[38] = true;            // SCROLLBREAK
  v[39] = 128;             // EVENTMASK (INKEY_KEYBOARD)
  v[40] = 0;               // VIDEOMODE
  v[41] = 64;              // MBLOCKSIZE
  v[42] = '';              // MFILEEXT
  v[43] = false;           // STRICTREAD
  v[44] = true;            // OPTIMIZE
  v[45] = true;            // AUTOPEN
  v[46] = 0;               // AUTORDER
  v[47] = 0;               // AUTOSHARE
  v[100] = 'en';           // LANGUAGE
  v[101] = true;           // IDLEREPEAT
  v[102] = 0;              // FILECASE (mixed)
  v[103] = 0;              // DIRCASE (mixed)
  v[104] = '/';            // DIRSEPARATOR
  v[105] = true;           // EOF
  v[106] = true;           // HARDCOMMIT
  v[107] = false;          // FORCEOPT
  v[108] = 0;              // DBFLOCKSCHEME
  v[109] = true;           // DEFEXTENSIONS
  v[110] = '\n';           // EOL
  v[111] = false;          // TRIMFILENAME
  v[112] = 'hb_out.log';   // HBOUTLOG
  v[113] = '';             // HBOUTLOGINFO
  v[114] = 'EN';           // CODEPAGE
  v[115] = undefined;      // OSCODEPAGE
  v[116] = 'hh:mm:ss.fff'; // TIMEFORMAT
  v[117] = undefined;      // DBCODEPAGE
  return v;
}

export class Sets {
  readonly values: Value[];
  exact = false;
  fixed = false;
  decimals = 2;
  dateFormat = 'mm/dd/yy';
  timeFormat = 'hh:mm:ss.fff';
  epoch = 1900;
  deleted = false;
  /** SET CENTURY */
  century = false;

  constructor(from?: Sets) {
    this.values = from ? from.values.slice() : defaults();
    if (from) this.century = from.century;
    for (let i = 0; i < this.values.length; i++) if (i in this.values) this.mirror(i);
  }

  get(n: number): Value {
    return this.values[n];
  }

  /** Store a value that Set() has already validated and converted. */
  put(n: number, v: Value): void {
    this.values[n] = v;
    this.mirror(n);
  }

  private mirror(n: number): void {
    const v = this.values[n];
    switch (n) {
      case SET_EXACT: this.exact = v === true; break;
      case SET_FIXED: this.fixed = v === true; break;
      case SET_DECIMALS: this.decimals = v as number; break;
      case SET_DATEFORMAT: this.dateFormat = v as string; break;
      case SET_EPOCH: this.epoch = v as number; break;
      case SET_DELETED: this.deleted = v === true; break;
      case SET_TIMEFORMAT: this.timeFormat = v as string; break;
    }
  }
}

/**
 * Opens (or with an empty name closes) the file of SET ALTERNATE TO, SET
 * PRINTER TO or SET EXTRA TO, raising the create error the console shows,
 * and returns the name to store ('' when no file is open). The console
 * output module installs it; without one, Set() only stores the name.
 */
export type OutputFileHook = (ctx: Thread, set: number, name: string, additive: boolean) => string;

let outputFileHook: OutputFileHook | undefined;

export function setOutputFileHook(hook: OutputFileHook | undefined): void {
  outputFileHook = hook;
}

export function getOutputFileHook(): OutputFileHook | undefined {
  return outputFileHook;
}
