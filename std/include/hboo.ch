/*
 * hboo.ch - numbers the class functions take and return: message
 * attributes, message types, ClassSel() list kinds, and the positions of
 * the fields of HBClass's member arrays.
 */

#ifndef HBTS_HBOO_CH
#define HBTS_HBOO_CH

/* which messages ClassSel() and __objGetMsgList() list */
#define HB_MSGLISTALL           0
#define HB_MSGLISTCLASS         1
#define HB_MSGLISTPURE          2

/* attribute bits of a message (scope and more) */
#define HB_OO_CLSTP_EXPORTED    1
#define HB_OO_CLSTP_PROTECTED   2
#define HB_OO_CLSTP_HIDDEN      4
#define HB_OO_CLSTP_CTOR        8
#define HB_OO_CLSTP_READONLY    16
#define HB_OO_CLSTP_SHARED      32
#define HB_OO_CLSTP_CLASS       64
#define HB_OO_CLSTP_SUPER       128
#define HB_OO_CLSTP_PERSIST     256
#define HB_OO_CLSTP_NONVIRTUAL  512
#define HB_OO_CLSTP_OVERLOADED  1024
#define HB_OO_CLSTP_SYNC        2048

/* what a message does (__clsAddMsg() nType, __clsMsgType()) */
#define HB_OO_MSG_METHOD        0
#define HB_OO_MSG_DATA          1
#define HB_OO_MSG_CLASSDATA     2
#define HB_OO_MSG_INLINE        3
#define HB_OO_MSG_VIRTUAL       4
#define HB_OO_MSG_SUPER         5
#define HB_OO_MSG_ONERROR       6
#define HB_OO_MSG_CLSMTHD       7
#define HB_OO_MSG_ASSIGN        8
#define HB_OO_MSG_ACCESS        9
#define HB_OO_MSG_CLSASSIGN     10
#define HB_OO_MSG_CLSACCESS     11
#define HB_OO_MSG_REALCLASS     12
#define HB_OO_MSG_DESTRUCTOR    13
#define HB_OO_MSG_INITIALIZED   14
#define HB_OO_MSG_PERFORM       15
#define HB_OO_MSG_DELEGATE      16

/* a variable with both its access and its assignment message in one call */
#define HB_OO_PROPERTY          32
#define HB_OO_MSG_PROPERTY      HB_OO_PROPERTY + HB_OO_MSG_DATA
#define HB_OO_MSG_CLASSPROPERTY HB_OO_PROPERTY + HB_OO_MSG_CLASSDATA

/* fields of the entries of HBClass's :aDatas, :aClsDatas, :aMethods,
   :aClsMethods and :aDelegates */
#define HB_OO_DATA_SYMBOL       1
#define HB_OO_DATA_VALUE        2
#define HB_OO_DATA_TYPE         3
#define HB_OO_DATA_SCOPE        4

#define HB_OO_CLSD_SYMBOL       1
#define HB_OO_CLSD_VALUE        2
#define HB_OO_CLSD_TYPE         3
#define HB_OO_CLSD_SCOPE        4

#define HB_OO_MTHD_SYMBOL       1
#define HB_OO_MTHD_PFUNCTION    2
#define HB_OO_MTHD_SCOPE        3

#define HB_OO_CLSM_SYMBOL       1
#define HB_OO_CLSM_PFUNCTION    2
#define HB_OO_CLSM_SCOPE        3

#define HB_OO_DELEG_SYMBOL      1
#define HB_OO_DELEG_MESSAGE     2
#define HB_OO_DELEG_OBJECT      3
#define HB_OO_DELEG_SCOPE       4

#endif
