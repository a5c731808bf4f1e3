/*
 * hbstrict.ch - reject the IF() function spelling
 *
 * With this header, IF( <cond>, <a>, <b> ) used as a function is rewritten
 * into a call of IIF() without arguments, which the compiler refuses, so
 * code that must use the standard IIF() spelling is checked for it.
 */

#ifndef HB_STRICT_CH_
#define HB_STRICT_CH_

#translate if( <cond>, <a>, <b> ) => iif()

#endif /* HB_STRICT_CH_ */
