// Message attribute bits and message types (hboo.ch's HB_OO_CLSTP_* and
// HB_OO_MSG_* values, which PRG code passes to __clsAddMsg and friends).

export const SCOPE_EXPORTED = 1;
export const SCOPE_PROTECTED = 2;
export const SCOPE_HIDDEN = 4;
export const SCOPE_CTOR = 8;
export const SCOPE_READONLY = 16;
export const SCOPE_SHARED = 32;
export const SCOPE_CLASS = 64;
export const SCOPE_SUPER = 128;
export const SCOPE_PERSIST = 256;
export const SCOPE_NONVIRTUAL = 512;
export const SCOPE_OVERLOADED = 1024;
export const SCOPE_SYNC = 2048;

export const MSG_METHOD = 0;
export const MSG_DATA = 1;
export const MSG_CLASSDATA = 2;
export const MSG_INLINE = 3;
export const MSG_VIRTUAL = 4;
export const MSG_SUPER = 5;
export const MSG_ONERROR = 6;
export const MSG_CLSMTHD = 7;
export const MSG_ASSIGN = 8;
export const MSG_ACCESS = 9;
export const MSG_CLSASSIGN = 10;
export const MSG_CLSACCESS = 11;
export const MSG_REALCLASS = 12;
export const MSG_DESTRUCTOR = 13;
export const MSG_PERFORM = 15;
export const MSG_DELEGATE = 16;
export const MSG_PROPERTY = 33;
export const MSG_CLASSPROPERTY = 34;

/** Any scope bit that makes a send check who is sending. */
export const SCOPE_CHECKED = SCOPE_HIDDEN | SCOPE_PROTECTED | SCOPE_OVERLOADED;
