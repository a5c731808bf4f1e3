/*
 * hbmemvar.ch - memvar scopes reported by __mvScope()
 */

#ifndef HB_MEMVAR_CH_
#define HB_MEMVAR_CH_

#define HB_MV_NOT_FOUND         -2
#define HB_MV_UNKNOWN           -1
#define HB_MV_ERROR             0
#define HB_MV_PUBLIC            1
#define HB_MV_PRIVATE_GLOBAL    2
#define HB_MV_PRIVATE_LOCAL     4
#define HB_MV_PRIVATE           6

#endif
