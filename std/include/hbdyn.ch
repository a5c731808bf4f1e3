/*
 * hbdyn.ch - calling C functions in shared libraries (hb_DynCall())
 *
 * The flags are added together: a calling convention, a string encoding,
 * options, and for each argument or the return value its C type.
 */

#ifndef HBDYN_CH_
#define HBDYN_CH_

/* Calling conventions */
#define HB_DYN_CALLCONV_CDECL            0x0000000
#define HB_DYN_CALLCONV_STDCALL          0x0100000
#define HB_DYN_CALLCONV_SYSCALL          0x0200000

/* String encodings */
#define HB_DYN_ENC_ASCII                 0x0000000
#define HB_DYN_ENC_UTF8                  0x0010000
#define HB_DYN_ENC_UTF16                 0x0020000
#define HB_DYN_ENC_RAW                   0x0040000

/* Options */
#define HB_DYC_OPT_NONE                  0x0000000
#define HB_DYC_OPT_NULLTERM              0x1000000

/* C types (_PTR: a pointer to that type) */
#define HB_DYN_CTYPE_DEFAULT             0x0000000
#define HB_DYN_CTYPE_CHAR                0x0000001
#define HB_DYN_CTYPE_CHAR_UNSIGNED       0x0000011
#define HB_DYN_CTYPE_CHAR_PTR            0x0000101
#define HB_DYN_CTYPE_CHAR_UNSIGNED_PTR   0x0000111
#define HB_DYN_CTYPE_SHORT               0x0000002
#define HB_DYN_CTYPE_SHORT_UNSIGNED      0x0000012
#define HB_DYN_CTYPE_SHORT_PTR           0x0000102
#define HB_DYN_CTYPE_SHORT_UNSIGNED_PTR  0x0000112
#define HB_DYN_CTYPE_INT                 0x0000003
#define HB_DYN_CTYPE_INT_UNSIGNED        0x0000013
#define HB_DYN_CTYPE_INT_PTR             0x0000103
#define HB_DYN_CTYPE_INT_UNSIGNED_PTR    0x0000113
#define HB_DYN_CTYPE_LONG                0x0000004
#define HB_DYN_CTYPE_LONG_UNSIGNED       0x0000014
#define HB_DYN_CTYPE_LONG_PTR            0x0000104
#define HB_DYN_CTYPE_LONG_UNSIGNED_PTR   0x0000114
#define HB_DYN_CTYPE_LLONG               0x0000005
#define HB_DYN_CTYPE_LLONG_UNSIGNED      0x0000015
#define HB_DYN_CTYPE_LLONG_PTR           0x0000105
#define HB_DYN_CTYPE_LLONG_UNSIGNED_PTR  0x0000115
#define HB_DYN_CTYPE_FLOAT               0x0000006
#define HB_DYN_CTYPE_FLOAT_PTR           0x0000106
#define HB_DYN_CTYPE_DOUBLE              0x0000007
#define HB_DYN_CTYPE_DOUBLE_PTR          0x0000107
#define HB_DYN_CTYPE_BOOL                0x0000008
#define HB_DYN_CTYPE_BOOL_PTR            0x0000108
#define HB_DYN_CTYPE_VOID                0x0000009
#define HB_DYN_CTYPE_VOID_PTR            0x0000109
#define HB_DYN_CTYPE_STRUCTURE           0x000000A
#define HB_DYN_CTYPE_STRUCTURE_PTR       0x000010A

#endif /* HBDYN_CH_ */
