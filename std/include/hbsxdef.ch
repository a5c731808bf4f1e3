/*
 * hbsxdef.ch - SIx driver trigger events and blob flags
 *
 * Shared by hbsix.ch and code written for the SIx/Six3 drivers.
 */

#ifndef HB_SIX_DEF_CH_
#define HB_SIX_DEF_CH_

/* Events a trigger function is called with */
#define EVENT_PREUSE            1
#define EVENT_POSTUSE           2
#define EVENT_UPDATE            3
#define EVENT_APPEND            4
#define EVENT_DELETE            5
#define EVENT_RECALL            6
#define EVENT_PACK              7
#define EVENT_ZAP               8
#define EVENT_PUT               9
#define EVENT_GET               10
#define EVENT_PRECLOSE          11
#define EVENT_POSTCLOSE         12
#define EVENT_PREMEMOPACK       13
#define EVENT_POSTMEMOPACK      14

/* Trigger actions for sx_SetTrigger() (PENDING is internal) */
#define TRIGGER_ENABLE          1
#define TRIGGER_DISABLE         2
#define TRIGGER_REMOVE          3
#define TRIGGER_INSTALL         4
#define TRIGGER_PENDING         5

/* Blob file import options */
#define BLOB_FILECOMPRESS       1
#define BLOB_FILEENCRYPT        2

#endif /* HB_SIX_DEF_CH_ */
