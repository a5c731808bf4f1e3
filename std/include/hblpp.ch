/*
 * hblpp.ch - length-prefixed packet protocol (hb_lpp*) error codes
 */

#ifndef HB_LPP_CH_
#define HB_LPP_CH_

/* hb_lppError(): a packet exceeded the size limit */
#define HB_LPP_ERR_TOOLARGE     1001

#endif /* HB_LPP_CH_ */
