/*
 * directry.ch - positions in a Directory() entry
 */

#ifndef _DIRECTRY_CH
#define _DIRECTRY_CH

#define F_NAME                  1
#define F_SIZE                  2
#define F_DATE                  3
#define F_TIME                  4
#define F_ATTR                  5

#define F_LEN                   5

#endif
