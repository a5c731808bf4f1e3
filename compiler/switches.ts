// Compiler switches that change the generated code, from the command line
// (hbmk2/harbour style: -km, -kd, -kho, -z, -w3, -es2), an .hbp file or
// #pragma. A #pragma takes effect at its line: `switchesAt` gives the
// switches in force for a statement.

export interface Switches {
  /** "text &var" in string literals is expanded at run time (off with -km) */
  macroText: boolean;
  /** macros may name declared variables (-kd) */
  macroDecl: boolean;
  /** Harbour extensions (-kh, on by default; -kh- for Clipper's behaviour) */
  harbour: boolean;
  /** Xbase++ extensions (-kx, on by default) */
  xbase: boolean;
  /** shortcut evaluation of .AND. / .OR. (on; -z turns it off) */
  shortcuts: boolean;
  /** optimizations Clipper does not make (-ko) */
  extOpt: boolean;
  /** strings are arrays of bytes: s[ n ] (-ks) */
  arrStr: boolean;
  /** string literals are in the user's code page: no byte-wise folding (-ku) */
  userCp: boolean;
  /** macros compile with the flags set at run time by hb_SetMacro() (-kr) */
  rtMacro: boolean;
  /** the pcode optimizer runs (off with -kj): it drops .NOT. .NOT. */
  optJump: boolean;
  /** warning level (-w0..-w3) */
  warnLevel: number;
  /** exit severity (-es0..-es2): 2 makes warnings errors */
  exitSeverity: number;
}

export function defaultSwitches(): Switches {
  return {
    macroText: true, macroDecl: false, harbour: true, xbase: true, shortcuts: true,
    extOpt: false, arrStr: false, userCp: false, rtMacro: false, optJump: true, warnLevel: 0, exitSeverity: 0,
  };
}

/** -kc: every compatibility flag off (shortcuts kept), macro text on. */
function clipperOnly(sw: Switches): void {
  sw.harbour = sw.xbase = sw.extOpt = sw.arrStr = sw.userCp = sw.rtMacro = sw.macroDecl = false;
  sw.macroText = sw.optJump = true;
}

/**
 * Apply command-line switches in order: `-kmo` (each letter after -k a
 * compatibility flag, a '-' or '+' after some of them turns it off or on
 * as Harbour reads them), `-z`, `-w3`, `-es2`.
 */
export function applySwitches(sw: Switches, list: readonly string[]): Switches {
  for (const raw of list) {
    const a = raw.toLowerCase();
    if (a.startsWith('-k')) {
      kFlags(sw, a.slice(2));
    } else if (a === '-z' || a === '-z-') {
      sw.shortcuts = a === '-z-';
    } else if (/^-w\d?$/.test(a)) {
      sw.warnLevel = a.length > 2 ? Number(a[2]) : 1;
    } else if (/^-es\d?$/.test(a)) {
      sw.exitSeverity = a.length > 3 ? Number(a[3]) : 0;
    }
  }
  return sw;
}

/** The letters of a command-line -k switch; an unknown letter ends it. */
function kFlags(sw: Switches, flags: string): void {
  for (let i = 0; i < flags.length; i++) {
    const next = flags[i + 1];
    // most flags are switched off by a following '-'; j and m (negative flags) on by '+'
    const minus = next === '-';
    const plus = next === '+';
    switch (flags[i]) {
      case 'h': sw.harbour = !minus; break;
      case 'x': sw.xbase = !minus; break;
      case 'o': sw.extOpt = !minus; break;
      case 's': sw.arrStr = !minus; break;
      case 'u': sw.userCp = !minus; break;
      case 'r': sw.rtMacro = !minus; break;
      case 'd': sw.macroDecl = !minus; break;
      case 'i': break;
      case 'm': sw.macroText = plus; if (plus) i++; continue;
      case 'j': sw.optJump = plus; if (plus) i++; continue;
      case 'c': clipperOnly(sw); continue;
      default: return;
    }
    if (minus) i++;
  }
}

/**
 * Apply one #pragma switch as the preprocessor reports it: '-<name><value>'
 * ('-kh0', '-ko1', '-km1', '-z1', '-w3'). In a pragma -km+ and -kj+ turn
 * the feature off and -z+ turns shortcuts off; -kc clears the flags
 * whatever its value.
 */
export function applyPragma(sw: Switches, item: string): Switches {
  const m = /^-([a-z]+?)(\d+)$/.exec(item.toLowerCase());
  if (m === null) return sw;
  const [, name, digits] = m;
  const on = Number(digits) !== 0;
  switch (name) {
    case 'kh': sw.harbour = on; break;
    case 'kx': sw.xbase = on; break;
    case 'ko': sw.extOpt = on; break;
    case 'ks': sw.arrStr = on; break;
    case 'kr': sw.rtMacro = on; break;
    case 'kd': sw.macroDecl = on; break;
    case 'km': sw.macroText = !on; break;
    case 'kj': sw.optJump = !on; break;
    case 'kc': clipperOnly(sw); break;
    case 'z': sw.shortcuts = !on; break;
    case 'w': sw.warnLevel = Number(digits); break;
    case 'es': sw.exitSeverity = Number(digits); break;
  }
  return sw;
}

/**
 * The switches in force at each line: `base` (from the command line), then
 * each pragma from the line it appears on (`lines[i]` for `pragmas[i]`: the
 * line of the main file, or of the #include that brought it in).
 */
export function switchesAt(base: Switches, pragmas: readonly string[], lines: readonly number[]): (line: number) => Switches {
  const states: Array<{ line: number; sw: Switches }> = [];
  let cur = { ...base };
  for (let i = 0; i < pragmas.length; i++) {
    cur = applyPragma({ ...cur }, pragmas[i]);
    states.push({ line: lines[i] ?? 0, sw: cur });
  }
  return (line: number): Switches => {
    let found = base;
    for (const s of states) {
      if (s.line >= line) break;
      found = s.sw;
    }
    return found;
  };
}
