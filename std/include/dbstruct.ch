/*
 * dbstruct.ch - positions in a dbStruct() field entry
 */

#ifndef _DBSTRUCT_CH
#define _DBSTRUCT_CH

#define DBS_NAME                1
#define DBS_TYPE                2
#define DBS_LEN                 3
#define DBS_DEC                 4

#define DBS_ALEN                4

#endif
