// Compiler switches that change the generated code, from the command line
// (hbmk2/harbour style: -km, -kd, -w3, -es2), an .hbp file or #pragma.

export interface Switches {
  /** "text &var" in string literals is expanded at run time (off with -km) */
  macroText: boolean;
  /** macros may name declared variables (-kd) */
  macroDecl: boolean;
  /** warning level (-w0..-w3) */
  warnLevel: number;
  /** exit severity (-es0..-es2): 2 makes warnings errors */
  exitSeverity: number;
}

export function defaultSwitches(): Switches {
  return { macroText: true, macroDecl: false, warnLevel: 0, exitSeverity: 0 };
}

/**
 * Apply switches in order: `-kmo` (each letter after -k a compatibility
 * flag, '+'/'-' after a letter sets it on/off), `-w3`, `-es2`; pragma
 * forms such as `-km0`/`-km1` too.
 */
export function applySwitches(sw: Switches, list: readonly string[]): Switches {
  for (const raw of list) {
    const a = raw.toLowerCase();
    if (a.startsWith('-k')) {
      const flags = a.slice(2);
      for (let i = 0; i < flags.length; i++) {
        const f = flags[i];
        const mod = flags[i + 1];
        const on = mod === '+' || mod === '1' ? true : mod === '-' || mod === '0' ? false : undefined;
        if (on !== undefined) i++;
        if (f === 'm') sw.macroText = on ?? false;
        else if (f === 'd') sw.macroDecl = on ?? true;
      }
    } else if (/^-w\d?$/.test(a)) {
      sw.warnLevel = a.length > 2 ? Number(a[2]) : 1;
    } else if (/^-es\d?$/.test(a)) {
      sw.exitSeverity = a.length > 3 ? Number(a[3]) : 0;
    }
  }
  return sw;
}
