// Statement keywords and how far each may be abbreviated: Harbour accepts a
// keyword written with at least `min` of its letters ("RETU", "ENDI").

const KEYWORDS: Record<string, number> = {
  ALWAYS: 4, ANNOUNCE: 4, BEGIN: 4, BREAK: 4, CASE: 4, DECLARE: 4, DESCEND: 7, DO: 2,
  DYNAMIC: 7, ELSE: 4, ELSEIF: 5, END: 3, ENDCASE: 4, ENDDO: 4, ENDIF: 4, ENDSEQUENCE: 6,
  ENDSWITCH: 5, ENDWITH: 4, EXIT: 4, EXTERNAL: 4, FIELD: 4, FOR: 3, FUNCTION: 4, IF: 2,
  IIF: 3, IN: 2, INIT: 4, LOCAL: 4, LOOP: 4, MEMVAR: 4, NEXT: 4, NIL: 3, OTHERWISE: 4,
  PARAMETERS: 4, PRIVATE: 4, PROCEDURE: 4, PUBLIC: 4, QSELF: 5, RECOVER: 4, RETURN: 4,
  STATIC: 4, STEP: 4, SWITCH: 4, THREAD: 4, TO: 2, WHILE: 4, WITH: 4, _FIELD: 4,
  SEQUENCE: 4, USING: 4, OBJECT: 4, EACH: 4, REQUEST: 4, AS: 2,
};

/** Does the upper-cased word `w` spell keyword `kw` (possibly abbreviated)? */
export function spells(w: string, kw: string): boolean {
  if (w.length > kw.length) return false;
  if (w.length === kw.length) return w === kw;
  const min = KEYWORDS[kw] ?? kw.length;
  return w.length >= min && kw.startsWith(w);
}
