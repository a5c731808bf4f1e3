/*
 * tbrowse.ch - results of TBrowse:applyKey() and the style numbers of
 * TBrowse:setStyle() and TBColumn:setStyle()
 */

#ifndef _TBROWSE_CH
#define _TBROWSE_CH

/* what applyKey() answers */
#define TBR_EXIT                -1
#define TBR_CONTINUE            0
#define TBR_EXCEPTION           1

/* TBrowse:setStyle() */
#define TBR_APPEND              1
#define TBR_APPENDING           2
#define TBR_MODIFY              3
#define TBR_MOVE                4
#define TBR_SIZE                5
#define TBR_CUSTOM              6

/* TBColumn:setStyle() */
#define TBC_READWRITE           1
#define TBC_MOVE                2
#define TBC_SIZE                3
#define TBC_CUSTOM              4

#endif
