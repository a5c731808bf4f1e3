// The work areas of one VM thread: areas by number (1 .. 65534), aliases,
// the current area, the default driver and alias resolution as Harbour's
// work-area core does it. Every thread has its own manager, reached through
// its context; nothing here is shared between threads.

import type { Thread } from '../runtime/vm/thread.js';
import type { Value } from '../runtime/values/types.js';
import { isNumeric, numOf } from '../runtime/values/types.js';
import { compileMacro, macroGet } from '../runtime/vm/macro.js';
import type { WorkArea } from './workarea.js';
import { Answer, EF_CANRETRY, EG_NOALIAS, EDBCMD_NOALIAS, raise } from './errors.js';

/** Harbour's HB_RDD_MAX_AREA_NUM: area numbers run below it; 'M' maps to it. */
export const MAX_AREA = 65535;

const KEY = Symbol('rdd.workareas');

/** Managers with areas that may still be open: closed at process exit as Harbour closes them at shutdown. */
const live = new Set<WorkAreaManager>();
let exitHook = false;

function closeAtExit(): void {
  for (const m of live) {
    try {
      m.closeAll();
    } catch {
      // the program has ended; nothing can report an error now
    }
  }
  live.clear();
}

let lastMgr: WorkAreaManager | undefined;

export class WorkAreaManager {
  private readonly areas: Array<WorkArea | undefined> = [];
  private readonly aliases = new Map<string, number>();
  currentNo = 1;
  current: WorkArea | undefined = undefined;
  /** the default driver; '' until first asked for */
  defaultDriver = '';

  constructor(readonly ctx: Thread) {
    live.add(this);
    if (!exitHook) {
      exitHook = true;
      process.on('exit', closeAtExit);
    }
  }

  /** Close every area of a thread that ends (its tables are not left open). */
  static endThread(ctx: Thread): void {
    const m = ctx.slots.get(KEY) as WorkAreaManager | undefined;
    if (lastMgr === m) lastMgr = undefined;
    if (m === undefined) return;
    m.closeAll();
    live.delete(m);
  }

  static of(ctx: Thread): WorkAreaManager {
    // every field access asks: remember the last thread's manager
    if (lastMgr !== undefined && lastMgr.ctx === ctx) return lastMgr;
    lastMgr = ctx.slot(KEY, () => new WorkAreaManager(ctx));
    return lastMgr;
  }

  area(no: number): WorkArea | undefined {
    return no >= 1 && no < MAX_AREA ? this.areas[no] : undefined;
  }

  /** All open areas in area-number order. */
  openAreas(): WorkArea[] {
    const r: WorkArea[] = [];
    for (const a of this.areas) if (a !== undefined) r.push(a);
    return r;
  }

  /** Select area `no`; a number outside 1..65535 selects the first free area. */
  selectNo(no: number): boolean {
    if (no >= 1 && no <= MAX_AREA) {
      this.currentNo = no;
      this.current = no < MAX_AREA ? this.areas[no] : undefined;
    } else if (!this.selectFirstFree()) {
      this.currentNo = 0;
      this.current = undefined;
    }
    return this.current !== undefined;
  }

  selectFirstFree(): boolean {
    let no = 1;
    while (no < MAX_AREA && this.areas[no] !== undefined) no++;
    if (no >= MAX_AREA) return false;
    this.currentNo = no;
    this.current = undefined;
    return true;
  }

  /** Put `area` into the current (free) area number, under `alias`. */
  insert(area: WorkArea, alias: string): void {
    area.areaNo = this.currentNo;
    area.alias = alias;
    this.areas[this.currentNo] = area;
    this.current = area;
    if (alias !== '') this.aliases.set(alias.toUpperCase(), this.currentNo);
  }

  /** Give an open area its alias. */
  setAlias(area: WorkArea, alias: string): void {
    area.alias = alias;
    if (alias !== '') this.aliases.set(alias.toUpperCase(), area.areaNo);
  }

  /** Remove an area from the table (it must already be closed). */
  remove(area: WorkArea): void {
    if (this.areas[area.areaNo] === area) this.areas[area.areaNo] = undefined;
    if (area.alias !== '' && this.aliases.get(area.alias.toUpperCase()) === area.areaNo) {
      this.aliases.delete(area.alias.toUpperCase());
    }
    if (this.current === area) this.current = undefined;
  }

  /** Close the current area's table (dbCloseArea). */
  releaseCurrent(): void {
    const a = this.current;
    if (a === undefined) return;
    if (!a.close()) return;
    this.remove(a);
  }

  /**
   * Close every area (dbCloseAll): passes in area order close the areas no
   * relation points into; closing a parent frees its children for a later pass.
   */
  closeAll(): void {
    const open = this.openAreas();
    const closed = new Set<WorkArea>();
    // a relation cycle never frees its members: a pass that closes nothing closes them regardless
    let force = false;
    while (closed.size < open.length) {
      const before = closed.size;
      for (const a of open) {
        if (closed.has(a) || (a.parents !== 0 && !force)) continue;
        this.selectNo(a.areaNo);
        a.close();
        closed.add(a);
      }
      force = closed.size === before;
    }
    for (const a of open) this.remove(a);
    this.currentNo = 1;
    this.current = this.areas[1];
  }

  /** The area number of an alias name (Harbour's hb_rddGetAliasNumber); 0 when unknown. */
  aliasNumber(name: string): number {
    return this.resolveAlias(name) ?? 0;
  }

  /** An alias name's area number; a number given as digits may be 0; null when unknown. */
  private resolveAlias(name: string): number | null {
    const s = name.replace(/^ +/, '');
    const c = s.length ? s[0].toUpperCase() : '';
    const one = c !== '' && (s.length === 1 || s[1] === ' ');
    if (c >= '0' && c <= '9') return Number.parseInt(s, 10) || 0;
    if (one && c >= 'A' && c <= 'K') return c.charCodeAt(0) - 64;
    if (one && c === 'M') return MAX_AREA;
    return this.aliases.get(s.trim().toUpperCase()) ?? null;
  }

  /** The number of an area by alias symbol (alias->...), 0 when unknown. */
  private symbolArea(name: string): number {
    const n = this.aliases.get(name.toUpperCase());
    if (n !== undefined) return n;
    if (name.length === 1) {
      const c = name.toUpperCase();
      if (c >= 'A' && c <= 'K') return c.charCodeAt(0) - 64;
      if (c === 'M') return MAX_AREA;
    }
    return 0;
  }

  /**
   * Select an area by an alias value (alias->field, dbSelectArea( cAlias )):
   * an unknown name raises BASE/1002 "Alias does not exist", retryable.
   */
  selectAlias(name: string, symbol: boolean): boolean {
    const find = (): number | null => {
      if (!symbol) return this.resolveAlias(name);
      const n = this.symbolArea(name);
      return n === 0 ? null : n;
    };
    let no = find();
    while (no === null) {
      const ans = raise(this.ctx, 'BASE', {
        genCode: EG_NOALIAS, subCode: EDBCMD_NOALIAS, operation: name, flags: EF_CANRETRY,
      });
      if (ans !== Answer.Retry) return false;
      no = find();
    }
    if (no < 1 || no > MAX_AREA) this.selectFirstFree();
    else this.selectNo(no);
    return true;
  }

  /** Select the area an alias value names: a number, or a name. */
  selectValue(alias: Value, symbol: boolean): boolean {
    if (typeof alias === 'string') return this.selectAlias(alias, symbol);
    if (isNumeric(alias)) {
      this.selectNo(Math.trunc(numOf(alias)));
      return true;
    }
    this.selectNo(-1);
    return true;
  }

  /** Whether an alias is in use. */
  aliasInUse(name: string): boolean {
    return this.aliases.has(name.toUpperCase());
  }

  /** Evaluate macro text (an expression kept as text, e.g. a relation). */
  evalMacro(text: string): Value {
    return compileMacro(this.ctx, text) === null ? undefined : macroGet(this.ctx, text);
  }
}
