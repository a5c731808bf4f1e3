/*
 * fileio.ch - low-level file functions: open modes, seek origins, attributes
 */

#ifndef _FILEIO_CH
#define _FILEIO_CH

#define FC_NORMAL               0
#define FC_READONLY             1
#define FC_HIDDEN               2
#define FC_SYSTEM               4

#define HB_FA_ALL               0x00000000

#define HB_FA_READONLY          0x00000001
#define HB_FA_HIDDEN            0x00000002
#define HB_FA_SYSTEM            0x00000004
#define HB_FA_LABEL             0x00000008
#define HB_FA_DIRECTORY         0x00000010
#define HB_FA_ARCHIVE           0x00000020
#define HB_FA_DEVICE            0x00000040
#define HB_FA_NORMAL            0x00000080

#define HB_FA_ANY               ( HB_FA_READONLY + HB_FA_HIDDEN + HB_FA_SYSTEM + HB_FA_DIRECTORY + HB_FA_ARCHIVE )

#define HB_FA_TEMPORARY         0x00000100
#define HB_FA_SPARSE            0x00000200
#define HB_FA_REPARSE           0x00000400
#define HB_FA_COMPRESSED        0x00000800
#define HB_FA_OFFLINE           0x00001000
#define HB_FA_NOTINDEXED        0x00002000
#define HB_FA_ENCRYPTED         0x00004000
#define HB_FA_VOLCOMP           0x00008000

#define HB_FA_SUID              0x08000000
#define HB_FA_SGID              0x04000000
#define HB_FA_SVTX              0x02000000
#define HB_FA_RUSR              0x01000000
#define HB_FA_WUSR              0x00800000
#define HB_FA_XUSR              0x00400000
#define HB_FA_RGRP              0x00200000
#define HB_FA_WGRP              0x00100000
#define HB_FA_XGRP              0x00080000
#define HB_FA_ROTH              0x00040000
#define HB_FA_WOTH              0x00020000
#define HB_FA_XOTH              0x00010000

#define FO_READ                 0
#define FO_WRITE                1
#define FO_READWRITE            2

#define HB_FO_CREAT             0x0100
#define HB_FO_TRUNC             0x0200
#define HB_FO_EXCL              0x0400
#define HB_FO_DEFAULTS          0x1000

#define FO_CREAT                HB_FO_CREAT
#define FO_TRUNC                HB_FO_TRUNC
#define FO_EXCL                 HB_FO_EXCL
#define FO_DEFAULTS             HB_FO_DEFAULTS

#define FO_COMPAT               0
#define FO_EXCLUSIVE            16
#define FO_DENYWRITE            32
#define FO_DENYREAD             48
#define FO_DENYNONE             64
#define FO_SHARED               FO_DENYNONE

#define FS_SET                  0
#define FS_RELATIVE             1
#define FS_END                  2

#define FD_BINARY               1
#define FD_RAW                  FD_BINARY
#define FD_TEXT                 2
#define FD_COOKED               FD_TEXT
#define FD_ASCII                FD_TEXT

#define F_ERROR                 ( -1 )

#define HB_FLX_EXCLUSIVE        0x0000
#define HB_FLX_SHARED           0x0100
#define HB_FLX_NO_WAIT          0x0000
#define HB_FLX_WAIT             0x0200

#define HB_DISK_AVAIL           0
#define HB_DISK_FREE            1
#define HB_DISK_USED            2
#define HB_DISK_TOTAL           3

#define HB_VF_TIMEOUT           1
#define HB_VF_PORT              2
#define HB_VF_EOF               3
#define HB_VF_SHUTDOWN          4
#define HB_VF_RDHANDLE          5
#define HB_VF_WRHANDLE          6
#define HB_VF_IONAME            7

#endif
