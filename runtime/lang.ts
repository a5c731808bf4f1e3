// The language module: the texts the runtime shows (month and day names,
// the Clipper "nation" messages, error descriptions, internal error texts),
// as one numbered list in the order Harbour's hb_langMessage() indexes it.
// Only English is built in; other language ids are not available.

export const LANG_ID = 0;
export const LANG_MONTH = 6;
export const LANG_DAY = 18;
export const LANG_NATMSG = 25;
export const LANG_ERRDESC = 38;
export const LANG_ERRINTR = 89;
export const LANG_TEXT = 115;
export const LANG_ITEMS = 118;

const EN: readonly string[] = [
  // identification: ISO id, name in English, native name, RFC id, code page, version
  'en', 'English', 'English', 'EN', 'UTF8', '',
  'January', 'February', 'March', 'April', 'May', 'June', 'July',
  'August', 'September', 'October', 'November', 'December',
  'Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday',
  // Clipper-compatible nation messages (NationMsg( 1 .. 13 ))
  'Database Files    # Records    Last Update     Size',
  'Do you want more samples?',
  'Page No.',
  '** Subtotal **',
  '* Subsubtotal *',
  '*** Total ***',
  'Ins',
  '   ',
  'Invalid date',
  'Range: ',
  ' - ',
  'Y/N',
  'INVALID EXPRESSION',
  // descriptions of the generic error codes EG_* (0 .. 50)
  'Unknown error', 'Argument error', 'Bound error', 'String overflow', 'Numeric overflow',
  'Zero divisor', 'Numeric error', 'Syntax error', 'Operation too complex', '',
  '', 'Memory low', 'Undefined function', 'No exported method', 'Variable does not exist',
  'Alias does not exist', 'No exported variable', 'Illegal characters in alias', 'Alias already in use', '',
  'Create error', 'Open error', 'Close error', 'Read error', 'Write error',
  'Print error', '', '', '', '',
  'Operation not supported', 'Limit exceeded', 'Corruption detected', 'Data type error', 'Data width error',
  'Workarea not in use', 'Workarea not indexed', 'Exclusive required', 'Lock required', 'Write not allowed',
  'Append lock failed', 'Lock Failure', '', '', '',
  'Object destructor failure', 'array access', 'array assign', 'array dimension', 'not an array',
  'conditional',
  // unrecoverable errors: the heading, then the texts of 9001 ...
  'Unrecoverable error %d: ',
  'Error recovery failure',
  'No ERRORBLOCK() for error',
  'Too many recursive error handler calls',
  'RDD invalid or failed to load',
  'Invalid method type from %s',
  "hb_xgrab can't allocate memory",
  'hb_xrealloc called with a NULL pointer',
  'hb_xrealloc called with an invalid pointer',
  "hb_xrealloc can't reallocate memory",
  'hb_xfree called with an invalid pointer',
  'hb_xfree called with a NULL pointer',
  "Can't locate the starting procedure: '%s'",
  'No starting procedure',
  'Unsupported VM opcode',
  'Symbol item expected from %s',
  'Invalid symbol type for self from %s',
  'Codeblock expected from %s',
  'Incorrect item type on the stack trying to pop from %s',
  'Stack underflow',
  'An item was going to be copied to itself from %s',
  'Invalid symbol item passed as memvar %s',
  'Memory buffer overflow',
  'hb_xgrab requested to allocate zero bytes',
  'hb_xrealloc requested to resize to zero bytes',
  'hb_xalloc requested to allocate zero bytes',
  // texts: date format, yes and no letters
  'YYYY/MM/DD', 'Y', 'N',
];

/** Item `i` of the language list; '' outside it. */
export function langItem(i: number): string {
  return i >= 0 && i < LANG_ITEMS ? EN[i] : '';
}

export const MONTHS: readonly string[] = EN.slice(LANG_MONTH, LANG_MONTH + 12);
export const DAYS: readonly string[] = EN.slice(LANG_DAY, LANG_DAY + 7);

/** The description of generic error code `genCode` (EG_*). */
export function errorDescription(genCode: number): string {
  return langItem(LANG_ERRDESC + genCode);
}

/** The text of unrecoverable error `code` (9001 ...). */
export function internalErrorText(code: number): string {
  return langItem(LANG_ERRINTR + code - 9000);
}

/** Whether `id` names the built-in language (hb_langSelect accepts it). */
export function isKnownLanguage(id: string): boolean {
  const u = id.toUpperCase();
  return u === 'EN' || u === 'EN.UTF8' || u === 'EN_US';
}
