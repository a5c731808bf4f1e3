/*
 * hbdebug.ch - debugger interface: hook events and array layouts
 */

#ifndef HB_DEBUGGER_CH_
#define HB_DEBUGGER_CH_

/* Events the virtual machine reports to the debugger hook */
#define HB_DBG_MODULENAME       1
#define HB_DBG_LOCALNAME        2
#define HB_DBG_STATICNAME       3
#define HB_DBG_ENDPROC          4
#define HB_DBG_SHOWLINE         5
#define HB_DBG_GETENTRY         6
#define HB_DBG_ACTIVATE         7
#define HB_DBG_VMQUIT           8

/* Call stack entry */
#define HB_DBG_CS_MODULE        1
#define HB_DBG_CS_FUNCTION      2
#define HB_DBG_CS_LINE          3
#define HB_DBG_CS_LEVEL         4
#define HB_DBG_CS_LOCALS        5
#define HB_DBG_CS_STATICS       6
#define HB_DBG_CS_LEN           6

/* Module entry */
#define HB_DBG_MOD_NAME         1
#define HB_DBG_MOD_STATICS      2
#define HB_DBG_MOD_GLOBALS      3
#define HB_DBG_MOD_EXTGLOBALS   4
#define HB_DBG_MOD_LEN          4

/* Variable entry (type is "L", "S" or "G") */
#define HB_DBG_VAR_NAME         1
#define HB_DBG_VAR_INDEX        2
#define HB_DBG_VAR_TYPE         3
#define HB_DBG_VAR_FRAME        4
#define HB_DBG_VAR_LEN          4

/* Watchpoint / tracepoint entry */
#define HB_DBG_WP_EXPR          1
#define HB_DBG_WP_ISTRACE       2
#define HB_DBG_WP_VALID         3
#define HB_DBG_WP_RESULT        4
#define HB_DBG_WP_LEN           4

/* Breakpoint entry */
#define HB_DBG_BP_LINE          1
#define HB_DBG_BP_MODULE        2
#define HB_DBG_BP_FUNC          3
#define HB_DBG_BP_LEN           3

/* Set entry */
#define HB_DBG_SET_POS          1
#define HB_DBG_SET_NAME         2
#define HB_DBG_SET_VALUE        3
#define HB_DBG_SET_LEN          3

#endif /* HB_DEBUGGER_CH_ */
