/*
 * error.ch - error object values: generic codes (EG_*), severities (ES_*)
 */

#ifndef _ERROR_CH
#define _ERROR_CH

#define ES_WHOCARES             0
#define ES_WARNING              1
#define ES_ERROR                2
#define ES_CATASTROPHIC         3

#define EG_ARG                  1
#define EG_BOUND                2
#define EG_STROVERFLOW          3
#define EG_NUMOVERFLOW          4
#define EG_ZERODIV              5
#define EG_NUMERR               6
#define EG_SYNTAX               7
#define EG_COMPLEXITY           8

#define EG_MEM                  11
#define EG_NOFUNC               12
#define EG_NOMETHOD             13
#define EG_NOVAR                14
#define EG_NOALIAS              15
#define EG_NOVARMETHOD          16
#define EG_BADALIAS             17
#define EG_DUPALIAS             18

#define EG_CREATE               20
#define EG_OPEN                 21
#define EG_CLOSE                22
#define EG_READ                 23
#define EG_WRITE                24
#define EG_PRINT                25

#define EG_UNSUPPORTED          30
#define EG_LIMIT                31
#define EG_CORRUPTION           32
#define EG_DATATYPE             33
#define EG_DATAWIDTH            34
#define EG_NOTABLE              35
#define EG_NOORDER              36
#define EG_SHARED               37
#define EG_UNLOCKED             38
#define EG_READONLY             39

#define EG_APPENDLOCK           40
#define EG_LOCK                 41

#define EG_DESTRUCTOR           45
#define EG_ARRACCESS            46
#define EG_ARRASSIGN            47
#define EG_ARRDIMENSION         48
#define EG_NOTARRAY             49
#define EG_CONDITION            50

#define HB_EI_ERRUNRECOV        9000
#define HB_EI_ERRRECFAILURE     9001
#define HB_EI_ERRNOBLOCK        9002
#define HB_EI_ERRTOOMANY        9003
#define HB_EI_RDDINVALID        9004
#define HB_EI_CLSINVMETHOD      9005
#define HB_EI_XGRABALLOC        9006
#define HB_EI_XREALLOCNULL      9007
#define HB_EI_XREALLOCINV       9008
#define HB_EI_XREALLOC          9009
#define HB_EI_XFREEINV          9010
#define HB_EI_XFREENULL         9011
#define HB_EI_VMBADSTARTUP      9012
#define HB_EI_VMNOSTARTUP       9013
#define HB_EI_VMBADOPCODE       9014
#define HB_EI_VMNOTSYMBOL       9015
#define HB_EI_VMINVSYMBOL       9016
#define HB_EI_VMNOTCBLOCK       9017
#define HB_EI_VMPOPINVITEM      9018
#define HB_EI_STACKUFLOW        9019
#define HB_EI_ITEMBADCOPY       9020
#define HB_EI_MVBADSYMBOL       9021
#define HB_EI_XMEMOVERFLOW      9022
#define HB_EI_XGRABNULLSIZE     9023
#define HB_EI_XREALLOCNULLSIZE  9024
#define HB_EI_XALLOCNULLSIZE    9025

#define HB_EI_COMPBADOPCODE     9100
#define HB_EI_COMPBADOPSIZE     9101

#endif
