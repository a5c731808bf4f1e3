// hb_gtInfo(): what the CGI terminal tells about itself (hbgtinfo.ch
// HB_GTI_*) and the few settings it keeps: the screen buffer's cell form,
// the box-drawing code page, the clipboard, a cargo value and the blocks
// that read and filter keys. hb_gtVersion() names the terminal.

import type { Thread } from '../runtime/vm/thread.js';
import type { VM } from '../runtime/vm/vm.js';
import { HbNum, HbRef, type Value } from '../runtime/values/types.js';
import { argError, isEvalItem } from '../runtime/errors/launch.js';
import { currentCodepage, findCodepage } from '../runtime/cdp/registry.js';
import type { Codepage } from '../runtime/cdp/codepage.js';
import { keyboard } from './keyboard.js';
import { rtl } from './get-view.js';
import type { StdModule } from './registry.js';

const GTI = {
  ISGRAPHIC: 0, COMPATBUFFER: 9, KBDSHIFTS: 10, ISSCREENPOS: 13, KBDSUPPORT: 14, CLIPBOARDDATA: 15,
  CLIPBOARDPASTE: 16, INPUTFD: 30, OUTPUTFD: 31, ERRORFD: 32, VIEWMAXHEIGHT: 34, VIEWMAXWIDTH: 35,
  ISCTWIN: 40, ISMULTIWIN: 41, ISUNICODE: 47, NOTIFIERBLOCK: 51,
  RESIZEMODE: 54, BOXCP: 57, CARGO: 58, INKEYFILTER: 60, INKEYREAD: 61, ALTENTER: 62, ISFULLSCREEN: 63,
  VERSION: 65, REDRAWMAX: 72,
} as const;

/** The terminal's name (hb_gtVersion( 0 )) and description. */
const GT_NAME = 'CGI';
const GT_TITLE = 'Harbour Terminal: Raw stream console';

/** What the terminal keeps for hb_gtInfo(). */
interface GtState {
  compatBuffer: boolean;
  redrawMax: number;
  /** the box-drawing code page's id, '' for none (the program's code page) */
  boxCp: string;
  cargo: Value;
  notifier: Value;
}

const states = new WeakMap<VM, GtState>();

function gtState(ctx: Thread): GtState {
  let s = states.get(ctx.vm);
  if (s === undefined) {
    s = { compatBuffer: true, redrawMax: 0, boxCp: 'EN', cargo: undefined, notifier: undefined };
    states.set(ctx.vm, s);
  }
  return s;
}

/** The code page hb_UTF8ToStrBox() draws boxes with: the terminal's, or else the program's. */
export function boxCodepage(ctx: Thread): Codepage {
  const id = gtState(ctx).boxCp;
  return (id !== '' ? findCodepage(id) : undefined) ?? currentCodepage(ctx);
}

// the clipboard is the process's, shared by all terminals
let clipboard = '';

const deref = (v: Value): Value => (v instanceof HbRef ? v.get() : v);
const isNum = (v: Value): v is number | HbNum => typeof v === 'number' || v instanceof HbNum;
const int = (v: Value): number => (typeof v === 'number' ? v : v instanceof HbNum ? Math.trunc(v.n) : 0);

/** A block setting: the old block is answered; a new value passed (even NIL) replaces it, a non-block clearing it. */
function blockSetting(old: Value, given: boolean, v: Value, set: (b: Value) => void): Value {
  if (given) set(isEvalItem(v) ? v : undefined);
  return old;
}

function info(ctx: Thread, type: number, given: boolean, v: Value): Value {
  const st = gtState(ctx);
  switch (type) {
    case GTI.ISGRAPHIC: case GTI.ISSCREENPOS: case GTI.KBDSUPPORT: case GTI.ISCTWIN: case GTI.ISMULTIWIN:
    case GTI.ISUNICODE: case GTI.ALTENTER: case GTI.ISFULLSCREEN:
      return false;
    case GTI.KBDSHIFTS: return 0;
    case GTI.INPUTFD: return 0;
    case GTI.OUTPUTFD: return 1;
    case GTI.ERRORFD: return 2;
    case GTI.VIEWMAXHEIGHT: return rtl(ctx, 'MAXROW');
    case GTI.VIEWMAXWIDTH: return rtl(ctx, 'MAXCOL');
    case GTI.RESIZEMODE: return 0;
    case GTI.VERSION: return int(v) === 0 ? GT_NAME : GT_TITLE;
    case GTI.COMPATBUFFER: {
      const old = st.compatBuffer;
      if (typeof v === 'boolean') st.compatBuffer = v;
      return old;
    }
    case GTI.REDRAWMAX: {
      const old = st.redrawMax;
      if (isNum(v)) st.redrawMax = int(v);
      return old;
    }
    case GTI.BOXCP: {
      const old = st.boxCp;
      if (typeof v === 'string') {
        const cp = v === '' ? undefined : findCodepage(v);
        if (v === '') st.boxCp = '';
        else if (cp !== undefined) st.boxCp = cp.id;
      }
      return old;
    }
    case GTI.CLIPBOARDDATA:
      if (typeof v === 'string') {
        clipboard = v;
        return undefined;
      }
      return clipboard;
    case GTI.CLIPBOARDPASTE:
      keyboard(ctx).setText(clipboard, v === true);
      return clipboard;
    case GTI.CARGO: {
      const old = st.cargo;
      if (given) st.cargo = v;
      return old;
    }
    case GTI.NOTIFIERBLOCK:
      // the terminal has no window to resize or close: the block is kept, never called
      return blockSetting(st.notifier, given, v, (b) => { st.notifier = b; });
    case GTI.INKEYFILTER: {
      const kb = keyboard(ctx);
      return blockSetting(kb.filterBlock, given, v, (b) => { kb.filterBlock = b; });
    }
    case GTI.INKEYREAD: {
      const kb = keyboard(ctx);
      return blockSetting(kb.readBlock, given, v, (b) => { kb.readBlock = b; });
    }
  }
  return undefined;
}

export const functions: StdModule = {
  HB_GTINFO(ctx, ...args) {
    const type = deref(args[0]);
    if (!isNum(type)) return argError(ctx, 'HB_GTINFO', 3012, args.map(deref));
    return info(ctx, int(type), args.length > 1, deref(args[1]));
  },
  HB_GTVERSION(_ctx, n) {
    return int(deref(n)) === 0 ? GT_NAME : GT_TITLE;
  },
};
