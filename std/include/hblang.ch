/*
 * hblang.ch - layout of a language module's message table
 *
 * A language module is one flat table of texts; these are the indexes where
 * each section starts, as used with hb_langMessage().
 */

#ifndef HB_LANG_CH_
#define HB_LANG_CH_

/* Section offsets (the last entry is the table size) */
#define HB_LANG_ITEM_BASE_ID       0
#define HB_LANG_ITEM_BASE_MONTH    6
#define HB_LANG_ITEM_BASE_DAY      18
#define HB_LANG_ITEM_BASE_NATMSG   25
#define HB_LANG_ITEM_BASE_ERRDESC  38
#define HB_LANG_ITEM_BASE_ERRINTR  89
#define HB_LANG_ITEM_BASE_TEXT     115
#define HB_LANG_ITEM_MAX_          118

#endif /* HB_LANG_CH_ */
