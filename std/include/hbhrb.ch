/*
 * hbhrb.ch - options of the .hrb (portable binary) loader
 */

#ifndef HB_HRB_CH_
#define HB_HRB_CH_

/* How hb_hrbLoad()/hb_hrbRun() bind the module's public functions:
   keep existing ones; keep existing ones but let the module use its own;
   replace existing ones; make all of the module's functions static */
#define HB_HRB_BIND_DEFAULT     0x0
#define HB_HRB_BIND_LOCAL       0x1
#define HB_HRB_BIND_OVERLOAD    0x2
#define HB_HRB_BIND_FORCELOCAL  0x3

/* Mask of the mode bits above */
#define HB_HRB_BIND_MODEMASK    0x3

/* Allow unresolved references when loading */
#define HB_HRB_BIND_LAZY        0x4

/* The first extra argument is the script's .prg name */
#define HB_HRB_ARG_PRGNAME      0x10

/* Function kinds for hb_hrbGetFunList() */
#define HB_HRB_FUNC_PUBLIC      0x1
#define HB_HRB_FUNC_STATIC      0x2
#define HB_HRB_FUNC_LOCAL       0x3
#define HB_HRB_FUNC_EXTERN      0x4

#endif /* HB_HRB_CH_ */
