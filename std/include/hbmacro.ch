/*
 * hbmacro.ch - macro compiler switches for hb_SetMacro()
 */

#ifndef HB_MACRO_CH_
#define HB_MACRO_CH_

/* Bit flags */
#define HB_SM_HARBOUR           1
#define HB_SM_XBASE             2
#define HB_SM_SHORTCUTS         8
#define HB_SM_ARRSTR            16
#define HB_SM_EXTOPT            32
#define HB_SM_RT_MACRO          64
#define HB_SM_PARSER            128

#endif /* HB_MACRO_CH_ */
