// Inkey() codes of Harbour's inkey.ch that the runtime library's own
// interactive functions (MENU TO, AChoice, READ, SetKey, DbEdit, Browse)
// look for.

export const K_HOME = 1;
export const K_CTRL_RIGHT = 2;
export const K_PGDN = 3;
export const K_RIGHT = 4;
export const K_UP = 5;
export const K_END = 6;
export const K_DEL = 7;
export const K_TAB = 9;
export const K_ENTER = 13;
export const K_PGUP = 18;
export const K_LEFT = 19;
export const K_INS = 22;
export const K_CTRL_END = 23;
export const K_CTRL_W = 23;
export const K_DOWN = 24;
export const K_CTRL_LEFT = 26;
export const K_ESC = 27;
export const K_F1 = 28;
export const K_CTRL_HOME = 29;
export const K_CTRL_PGDN = 30;
export const K_CTRL_PGUP = 31;
export const K_SPACE = 32;
export const K_SH_TAB = 271;
export const K_MOUSEMOVE = 1001;
export const K_LBUTTONDOWN = 1002;
export const K_LDBLCLK = 1006;
export const K_MWFORWARD = 1014;
export const K_MWBACKWARD = 1015;
export const K_F11 = -40;
export const K_F12 = -41;
