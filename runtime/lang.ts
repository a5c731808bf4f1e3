// English language module: month and day names, and the descriptions of the
// generic error codes (EG_* of error.ch), indexed by code.

export const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July',
  'August', 'September', 'October', 'November', 'December'];

export const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

const ERROR_DESCRIPTIONS: Record<number, string> = {
  0: 'Unknown error',
  1: 'Argument error',
  2: 'Bound error',
  3: 'String overflow',
  4: 'Numeric overflow',
  5: 'Zero divisor',
  6: 'Numeric error',
  7: 'Syntax error',
  8: 'Operation too complex',
  11: 'Memory low',
  12: 'Undefined function',
  13: 'No exported method',
  14: 'Variable does not exist',
  15: 'Alias does not exist',
  16: 'No exported variable',
  17: 'Illegal characters in alias',
  18: 'Alias already in use',
  20: 'Create error',
  21: 'Open error',
  22: 'Close error',
  23: 'Read error',
  24: 'Write error',
  25: 'Print error',
  30: 'Operation not supported',
  31: 'Limit exceeded',
  32: 'Corruption detected',
  33: 'Data type error',
  34: 'Data width error',
  35: 'Workarea not in use',
  36: 'Workarea not indexed',
  37: 'Exclusive required',
  38: 'Lock required',
  39: 'Write not allowed',
  40: 'Append lock failed',
  41: 'Lock Failure',
  45: 'Object destructor failure',
  46: 'array access',
  47: 'array assign',
  48: 'array dimension',
  49: 'not an array',
  50: 'conditional',
};

export function errorDescription(genCode: number): string {
  return ERROR_DESCRIPTIONS[genCode] ?? '';
}

/** Texts of unrecoverable (internal) errors, by number. */
export const INTERNAL_ERRORS: Record<number, string> = {
  9001: 'Error recovery failure',
  9002: 'No ERRORBLOCK() for error',
  9003: 'Too many recursive error handler calls',
};
