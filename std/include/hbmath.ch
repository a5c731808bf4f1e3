/*
 * hbmath.ch - math error handling (hb_matherMode(), hb_matherBlock())
 */

#ifndef HB_MATH_CH_
#define HB_MATH_CH_

/* Kinds of math error */
#define HB_MATH_ERR_UNKNOWN           -1
#define HB_MATH_ERR_NONE              0
#define HB_MATH_ERR_DOMAIN            1
#define HB_MATH_ERR_SING              2
#define HB_MATH_ERR_OVERFLOW          3
#define HB_MATH_ERR_UNDERFLOW         4
#define HB_MATH_ERR_TLOSS             5
#define HB_MATH_ERR_PLOSS             6

/* Error modes: only record the error; use the C library's result;
   raise a Harbour error; raise it and fall back to the function's own
   default or to the C library's result when the handler does not fix it */
#define HB_MATH_ERRMODE_DEFAULT       0
#define HB_MATH_ERRMODE_CDEFAULT      1
#define HB_MATH_ERRMODE_USER          2
#define HB_MATH_ERRMODE_USERDEFAULT   3
#define HB_MATH_ERRMODE_USERCDEFAULT  4

/* Elements of the array handed to the math error block */
#define HB_MATHERRORBLOCK_RETVAL      1
#define HB_MATHERRORBLOCK_HANDLED     2

#endif /* HB_MATH_CH_ */
