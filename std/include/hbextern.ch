/*
 * hbextern.ch - request every function of the Harbour runtime library
 *
 * Harbour links only the functions a program names; code that calls
 * functions by macro or by name (&cFunc, Eval of strings, hb_ExecFromArray)
 * includes this header to make them all present, along with every code page
 * (hbextcdp.ch) and every language module (hbextlng.ch). hbts always has
 * its whole library loaded, so here the list only documents the set; a
 * REQUEST of a name hbts does not implement is accepted and has no effect.
 */

#ifndef HB_EXTERN_CH_
#define HB_EXTERN_CH_

/* Tells headers that look for it that the full list was requested */
#define __HBEXTERN__HARBOUR__REQUEST

REQUEST AAdd, Abs, Accelerator, AChoice, AClone, ACopy
REQUEST ADel, ADir, AEval, AFields, AFill, AIns
REQUEST Alert, Alias, AllTrim, AltD, AMPM, ApplyDefau
REQUEST Array, Asc, AScan, ASize, ASort, At
REQUEST ATail

REQUEST Bin2I, Bin2L, Bin2W, Bof, Break, Browse
REQUEST ButtnDefCo

REQUEST CDoW, cftsAdd, cftsClose, cftsCrea, cftsDelete, cftsIfDel
REQUEST cftsNext, cftsOpen, cftsRecN, cftsReplac, cftsSet, cftsUndel
REQUEST cftsVeri, cftsVers, CheckBox, CheckDefCo, Chr, CLIPPER520
REQUEST CLIPPER530, CMonth, Col, ColorSelect, ComboDefCo, CToD
REQUEST CurDir

REQUEST Date, Day, Days, dbAppend, dbClearFil, dbClearFilter
REQUEST dbClearIndex, dbClearRel, dbClearRelation, dbCloseAll, dbCloseAre, dbCloseArea
REQUEST dbCommit, dbCommitAll, dbCreate, dbCreateIndex, dbDelete, dbDrop
REQUEST dbEdit, dbEval, dbExists, Dbf, DBFBLOB, DBFCDX
REQUEST DBFDBT, DBFFPT, dbFieldInf, dbFieldInfo, dbFileGet, dbFilePut
REQUEST dbFilter, DBFNSX, DBFNTX, DBFSMT, dbGoBottom, dbGoto
REQUEST dbGoTop, DbgShadow, dbInfo, dbOrderInf, dbOrderInfo, dbRecall
REQUEST dbRecordIn, dbRecordInfo, dbReindex, dbRelation, dbRename, dbRLock
REQUEST dbRLockLis, dbRLockList, dbRSelect, dbRUnlock, dbSeek, dbSelectAr
REQUEST dbSelectArea, dbSetDrive, dbSetDriver, dbSetFilte, dbSetFilter, dbSetIndex
REQUEST dbSetOrder, dbSetRelat, dbSetRelation, dbSkip, dbStruct, dbTableExt
REQUEST dbUnlock, dbUnlockAll, dbUseArea, DefPath, Deleted, Delim
REQUEST Descend, DevOut, DevOutPict, DevPos, DirChange, Directory
REQUEST DirRemove, DiskChange, DiskName, DiskSpace, DispBegin, DispBox
REQUEST DispCount, DispEnd, DispOut, DispOutAt, Do, DosError
REQUEST DoW, DToC, DToS

REQUEST ElapTime, Empty, Eof, EraseGetMsg, ErrorBlock, ErrorInHan
REQUEST ErrorInHandler, ErrorLevel, ErrorNew, ErrorSys, Eval, Exp

REQUEST FClose, FCount, FCreate, FErase, FError, FieldBlock
REQUEST FieldDec, FieldGet, FieldLen, FieldName, FieldPos, FieldPut
REQUEST FieldType, FieldWBlock, File, FKLabel, FKMax, FLock
REQUEST FOpen, Found, FRead, FReadStr, FRename, FSeek
REQUEST FSetDevMod, FWrite

REQUEST Get, GetActive, GetApplyKey, GetClrBack, GetClrFore, GetClrPair
REQUEST GetDoSetKey, GetE, GetEnv, GetNew, GetPairLen, GetPairPos
REQUEST GetPostValidate, GetPreValidate, GetReader, GUIApplyKey, GUIPostValidate, GUIPreValidate
REQUEST GUIReader

REQUEST HardCR, HBCheckBox, HBClass, HBEditor, HBGetList, HBHash
REQUEST HBLabelForm, HBListBox, HBMemoEditor, HBMenuItem, HBMenuSys, HBObject
REQUEST HBPersistent, HBPointer, HBPopupMenu, HBProfile, HBProfileEntity, HBProfileFunction
REQUEST HBProfileLowLevel, HBProfileMethod, HBProfileOpcode, HBProfileReport, HBProfileReportToArray, HBProfileReportToFile
REQUEST HBProfileReportToString, HBProfileReportToTBrowse, HBPushButton, HBRadioButton, HBRadioGroup, HBReportForm
REQUEST HBScalar, HBScrollBar, HBTextLine, HBTopBarMenu, hb_ACmdLine, hb_ADel
REQUEST hb_Adler32, hb_AIns, hb_Alert, hb_ANSIToOEM, hb_AParams, hb_argc
REQUEST hb_argCheck, hb_argShift, hb_argString, hb_argv, hb_ArrayToParams, hb_AScan
REQUEST hb_asciiIsAlpha, hb_asciiIsDigit, hb_asciiIsLower, hb_asciiIsUpper, hb_asciiLower, hb_asciiUpper
REQUEST hb_At, hb_AtI, hb_ATokens, hb_AtX, hb_base64Decode, hb_base64Encode
REQUEST hb_BAt, hb_BChar, hb_BCode, hb_bitAnd, hb_bitNot, hb_bitOr
REQUEST hb_bitReset, hb_bitSet, hb_bitShift, hb_bitTest, hb_bitXor, hb_BLeft
REQUEST hb_BLen, hb_blowfishDecrypt, hb_blowfishDecrypt_CFB, hb_blowfishEncrypt, hb_blowfishEncrypt_CFB, hb_blowfishKey
REQUEST hb_BPadC, hb_BPadL, hb_BPadR, hb_BPeek, hb_BPoke, hb_BRAt
REQUEST hb_BRight, hb_BStuff, hb_BSubStr, hb_BuildDate, hb_ByteSwapI, hb_ByteSwapL
REQUEST hb_ByteSwapLL, hb_ByteSwapU, hb_ByteSwapW, hb_CDay, hb_cdpCharMax, hb_cdpExists
REQUEST hb_cdpInfo, hb_cdpIsCharIdx, hb_cdpIsUTF8, hb_cdpList, hb_cdpOS, hb_cdpSelect
REQUEST hb_cdpTerm, hb_cdpUniID, hb_Clocks2Secs, hb_ClrArea, hb_CmdLine, hb_ColorIndex
REQUEST hb_ColorToN, hb_comClose, hb_comDiscardChar, hb_comErrorChar, hb_comFindPort, hb_comFlowChars
REQUEST hb_comFlowControl, hb_comFlowSet, hb_comFlush, hb_comGetDevice, hb_comGetDeviceHandle, hb_comGetError
REQUEST hb_comGetOSError, hb_comInit, hb_comInputCount, hb_comInputState, hb_comLastNum, hb_comLSR
REQUEST hb_comMCR, hb_comMSR, hb_comOpen, hb_comOutputCount, hb_comOutputState, hb_Compiler
REQUEST hb_comRecv, hb_comSend, hb_comSendBreak, hb_comSetDevice, hb_comSetError, hb_CRC
REQUEST hb_CRC16, hb_CRC32, hb_CRCCT, hb_CStr, hb_CToD, hb_CToT
REQUEST hb_CurDrive, hb_cwd, hb_Date, hb_DateTime, hb_dbCreateTemp, hb_dbDetach
REQUEST hb_dbDrop, hb_dbExists, hb_dbGetFilter, hb_dbPack, hb_dbRename, hb_dbRequest
REQUEST hb_dbZap, hb_default, hb_defaultValue, hb_Deserialize, hb_DirBase, hb_DirBuild
REQUEST hb_DirCreate, hb_DirDelete, hb_Directory, hb_DirExists, hb_DirRemoveAll, hb_DirScan
REQUEST hb_DirSepAdd, hb_DirSepDel, hb_DirSepToOS, hb_DirTemp, hb_DirUnbuild, hb_DisableWaitLocks
REQUEST hb_DiskSpace, hb_DispBox, hb_DispOutAt, hb_DispOutAtBox, hb_DToC, hb_DToT
REQUEST hb_DynCall, hb_EndObject, hb_eol, hb_ExecFromArray, hb_ExecMsg, hb_FCommit
REQUEST hb_FCopy, hb_FCreate, hb_FEof, hb_FGetAttr, hb_FGetDateTime, hb_FieldDec
REQUEST hb_FieldGet, hb_FieldLen, hb_FieldPut, hb_FieldType, hb_FileDelete, hb_FileExists
REQUEST hb_FileMatch, hb_FIsDevice, hb_FLink, hb_FLinkRead, hb_FLinkSym, hb_FLock
REQUEST hb_FNameDir, hb_FNameExists, hb_FNameExt, hb_FNameExtSet, hb_FNameExtSetDef, hb_FNameMerge
REQUEST hb_FNameName, hb_FNameNameExt, hb_FNameSplit, hb_ForNext, hb_FReadLen, hb_FSetAttr
REQUEST hb_FSetDateTime, hb_FSetDevMode, hb_FSize, hb_FTempCreate, hb_FTempCreateEx, hb_FUnlock
REQUEST hb_gcAll, hb_gcStep, hb_Get, hb_GetEnv, hb_GetReadVar, hb_GetStdErr
REQUEST hb_GetStdIn, hb_GetStdOut, hb_gfxPrimitive, hb_gfxText, hb_gtAlert, hb_gtCreate
REQUEST hb_gtExists, hb_gtInfo, hb_gtList, hb_gtLock, hb_gtReload, hb_gtSelect
REQUEST hb_GTSYS, hb_gtUnlock, hb_gtVersion, hb_gzClearErr, hb_gzClose, hb_gzCompress
REQUEST hb_gzCompressBound, hb_gzDirect, hb_gzDOpen, hb_gzEof, hb_gzError, hb_gzFlush
REQUEST hb_gzGetC, hb_gzGetS, hb_gzOpen, hb_gzPutC, hb_gzPutS, hb_gzRead
REQUEST hb_gzRewind, hb_gzSeek, hb_gzSetParams, hb_gzTell, hb_gzUnGetC, hb_gzWrite
REQUEST hb_HAllocate, hb_Hash, hb_HAutoAdd, hb_HBinary, hb_HCaseMatch, hb_HClear
REQUEST hb_HClone, hb_HCopy, hb_HDefault, hb_HDel, hb_HDelAt, hb_HEval
REQUEST hb_HexToNum, hb_HexToStr, hb_HFill, hb_HGet, hb_HGetDef, hb_HGetRef
REQUEST hb_HHasKey, hb_HKeepOrder, hb_HKeyAt, hb_HKeys, hb_HMAC_MD5, hb_HMAC_SHA1
REQUEST hb_HMAC_SHA224, hb_HMAC_SHA256, hb_HMAC_SHA384, hb_HMAC_SHA512, hb_HMerge, hb_Hour
REQUEST hb_HPairAt, hb_HPos, hb_hrbDo, hb_hrbGetFunList, hb_hrbGetFunSym, hb_hrbLoad
REQUEST hb_hrbRun, hb_hrbSignature, hb_hrbUnload, hb_HScan, hb_HSet, hb_HSetAutoAdd
REQUEST hb_HSetBinary, hb_HSetCaseMatch, hb_HSetDef, hb_HSetOrder, hb_HSort, hb_HValueAt
REQUEST hb_HValues, hb_i18n_AddText, hb_i18n_Check, hb_i18n_Codepage, hb_i18n_Create, hb_i18n_Description
REQUEST hb_i18n_gettext, hb_i18n_gettext_strict, hb_i18n_HeaderSize, hb_i18n_LoadPOT, hb_i18n_ngettext, hb_i18n_ngettext_strict
REQUEST hb_i18n_PluralForm, hb_i18n_RestoreTable, hb_i18n_SavePOT, hb_i18n_SaveTable, hb_i18n_Set, hb_idleAdd
REQUEST hb_idleDel, hb_idleReset, hb_idleSleep, hb_idleState, hb_inetAccept, hb_inetAddress
REQUEST hb_inetCleanup, hb_inetClearError, hb_inetClearPeriodCallback, hb_inetClearTimeLimit, hb_inetClearTimeout, hb_inetClose
REQUEST hb_inetCompress, hb_inetConnect, hb_inetConnectIP, hb_inetCount, hb_inetCreate, hb_inetCRLF
REQUEST hb_inetDataReady, hb_inetDGram, hb_inetDGramBind, hb_inetDGramRecv, hb_inetDGramSend, hb_inetErrorCode
REQUEST hb_inetErrorDesc, hb_inetFD, hb_inetGetAlias, hb_inetGetHosts, hb_inetGetRcvBufSize, hb_inetGetSndBufSize
REQUEST hb_inetIFInfo, hb_inetInit, hb_inetIsSocket, hb_inetPeriodCallback, hb_inetPort, hb_inetRecv
REQUEST hb_inetRecvAll, hb_inetRecvEndblock, hb_inetRecvLine, hb_inetSend, hb_inetSendAll, hb_inetServer
REQUEST hb_inetSetRcvBufSize, hb_inetSetSndBufSize, hb_inetstatus, hb_inetTimeLimit, hb_inetTimeout, hb_iniNew
REQUEST hb_iniRead, hb_iniReadStr, hb_iniSetComment, hb_iniWrite, hb_iniWriteStr, HB_ISARRAY
REQUEST HB_ISBLOCK, HB_ISCHAR, HB_ISDATE, HB_ISDATETIME, HB_ISEVALITEM, hb_IsFunction
REQUEST HB_ISHASH, HB_ISHASHKEY, HB_ISLOGICAL, HB_ISMEMO, HB_ISNIL, HB_ISNULL
REQUEST HB_ISNUMERIC, HB_ISOBJECT, HB_ISPOINTER, hb_IsPrinter, hb_IsRegex, HB_ISSTRING
REQUEST HB_ISSYMBOL, HB_ISTIMESTAMP, hb_jsonDecode, hb_jsonEncode, hb_keyChar, hb_keyClear
REQUEST hb_keyCode, hb_keyExt, hb_keyIns, hb_keyLast, hb_keyMod, hb_keyNext
REQUEST hb_keyPut, hb_keySetLast, hb_keyStd, hb_keyVal, hb_langErrMsg, hb_langMessage
REQUEST hb_langName, hb_langNew, hb_langSelect, hb_LeftEq, hb_LeftEqI, hb_libError
REQUEST hb_libExt, hb_libFree, hb_libGetFunSym, hb_libLoad, hb_libName, hb_libPostfix
REQUEST hb_libPrefix, hb_libSuffix, hb_lppCreate, hb_lppDestroy, hb_lppError, hb_lppRecv
REQUEST hb_lppRecvLen, hb_lppSend, hb_lppSendLen, hb_lppSetLimit, hb_macroBlock, hb_matherBlock
REQUEST hb_matherMode, hb_MD5, hb_MD5Decrypt, hb_MD5Encrypt, hb_MD5File, hb_MemoRead
REQUEST hb_MemoWrit, hb_MethodName, hb_MGetBounds, hb_MilliSeconds, hb_Minute, hb_MLEval
REQUEST hb_MMiddleDown, hb_MSecToT, hb_mtvm, hb_mutexCreate, hb_mutexEval, hb_mutexExists
REQUEST hb_mutexLock, hb_mutexNotify, hb_mutexNotifyAll, hb_mutexQueueInfo, hb_mutexSubscribe, hb_mutexSubscribeNow
REQUEST hb_mutexUnlock, hb_mvRestore, hb_mvSave, hb_ntoc, hb_NToColor, hb_NToHour
REQUEST hb_NToMin, hb_NToMSec, hb_ntos, hb_NToSec, hb_NToT, hb_NumToHex
REQUEST hb_OEMToANSI, hb_osCPU, hb_osDriveSeparator, hb_osError, hb_osFileMask, hb_osIs64bit
REQUEST hb_osIsWin10, hb_osIsWin11, hb_osIsWin2K, hb_osIsWin7, hb_osIsWin8, hb_osIsWin81
REQUEST hb_osIsWin9x, hb_osIsWinCE, hb_osIsWine, hb_osIsWinNT, hb_osIsWinVista, hb_osNewLine
REQUEST hb_osPathDelimiters, hb_osPathListSeparator, hb_osPathSeparator, hb_PathJoin, hb_PathNormalize, hb_PathRelativize
REQUEST hb_PCodeVer, hb_PIsByRef, hb_PopupMenu, hb_PRead, hb_processClose, hb_processOpen
REQUEST hb_processRun, hb_processValue, hb_ProgName, hb_ps, hb_PValue, hb_PWrite
REQUEST hb_rand32, hb_randInt, hb_randNum, hb_Random, hb_RandomInt, hb_RandomIntMax
REQUEST hb_RandomSeed, hb_randStr, hb_RAScan, hb_RAt, hb_rddGetTempAlias, hb_rddInfo
REQUEST hb_regex, hb_regexAll, hb_regexAtX, hb_regexComp, hb_regexHas, hb_regexLike
REQUEST hb_regexMatch, hb_regexSplit, hb_ReleaseCPU, hb_run, hb_ScrMaxCol, hb_ScrMaxRow
REQUEST hb_Scroll, hb_Sec, hb_SecondsCPU, hb_SecToT, hb_Serialize, hb_SetClsHandle
REQUEST hb_SetDispCP, hb_SetEnv, hb_SetKey, hb_SetKeyArray, hb_SetKeyCheck, hb_SetKeyCP
REQUEST hb_SetKeyGet, hb_SetKeySave, hb_SetLastKey, hb_SetMacro, hb_SetObject, hb_SetTermCP
REQUEST hb_SHA1, hb_SHA224, hb_SHA256, hb_SHA384, hb_SHA512, hb_Shadow
REQUEST hb_socketAccept, hb_socketAutoFlush, hb_socketAutoShutdown, hb_socketBind, hb_socketClose, hb_socketConnect
REQUEST hb_socketErrorString, hb_socketFlush, hb_socketGetError, hb_socketGetFD, hb_socketGetFilter, hb_socketGetHostName
REQUEST hb_socketGetHosts, hb_socketGetIFaces, hb_socketGetOSError, hb_socketGetPeerName, hb_socketGetRcvBufSize, hb_socketGetSndBufSize
REQUEST hb_socketGetSockName, hb_socketListen, hb_socketNewBFSock, hb_socketNewZNet, hb_socketNewZSock, hb_socketOpen
REQUEST hb_socketRead, hb_socketRecv, hb_socketRecvFrom, hb_socketResolveAddr, hb_socketResolveINetAddr, hb_socketSelect
REQUEST hb_socketSelectRead, hb_socketSelectWrite, hb_socketSelectWriteEx, hb_socketSend, hb_socketSendTo, hb_socketSetBlockingIO
REQUEST hb_socketSetBroadcast, hb_socketSetExclusiveAddr, hb_socketSetFilter, hb_socketSetKeepAlive, hb_socketSetMulticast, hb_socketSetNoDelay
REQUEST hb_socketSetNoSigPipe, hb_socketSetRcvBufSize, hb_socketSetReuseAddr, hb_socketSetSndBufSize, hb_socketShutdown, hb_socketWrite
REQUEST hb_SToD, hb_SToT, hb_StrCDecode, hb_StrClear, hb_StrDecodEscape, hb_StrFormat
REQUEST hb_StrIsUTF8, hb_StrReplace, hb_StrShrink, hb_StrToExp, hb_StrToHex, hb_StrToTS
REQUEST hb_StrToUTF8, hb_StrXor, hb_threadDetach, hb_threadID, hb_threadIsMain, hb_threadJoin
REQUEST hb_threadOnce, hb_threadOnceInit, hb_threadQuitRequest, hb_threadSelf, hb_threadStart, hb_threadTerminateAll
REQUEST hb_threadWait, hb_threadWaitForAll, hb_tokenCount, hb_tokenGet, hb_tokenPtr, hb_traceFile
REQUEST hb_traceFlush, hb_traceLevel, hb_traceLog, hb_traceLogAt, hb_traceLogLevel, hb_traceMode
REQUEST hb_traceState, hb_traceString, hb_traceSysOut, hb_Translate, hb_TSToStr, hb_TSToUTC
REQUEST hb_TToC, hb_TToD, hb_TToHour, hb_TToMin, hb_TToMSec, hb_TToN
REQUEST hb_TToS, hb_TToSec, hb_UAt, hb_UChar, hb_UCode, hb_ULeft
REQUEST hb_ULen, hb_UPadC, hb_UPadL, hb_UPadR, hb_UPeek, hb_UPoke
REQUEST hb_URight, hb_UserLang, hb_UserName, hb_UStuff, hb_USubStr, hb_UTCOffset
REQUEST hb_UTCToTS, hb_utf8Asc, hb_utf8At, hb_utf8Chr, hb_utf8Left, hb_utf8Len
REQUEST hb_utf8Peek, hb_utf8Poke, hb_utf8RAt, hb_utf8Right, hb_utf8StrTran, hb_utf8Stuff
REQUEST hb_utf8SubStr, hb_UTF8ToStr, hb_UTF8ToStrBox, hb_Val, hb_ValToExp, hb_ValToStr
REQUEST hb_Version, hb_vfAttrGet, hb_vfAttrSet, hb_vfClose, hb_vfCommit, hb_vfConfig
REQUEST hb_vfCopyFile, hb_vfCopyFileEx, hb_vfDirBuild, hb_vfDirectory, hb_vfDirExists, hb_vfDirMake
REQUEST hb_vfDirRemove, hb_vfDirSpace, hb_vfDirUnbuild, hb_vfEof, hb_vfErase, hb_vfExists
REQUEST hb_vfFlush, hb_vfHandle, hb_vfIsLocal, hb_vfLink, hb_vfLinkRead, hb_vfLinkSym
REQUEST hb_vfLoad, hb_vfLock, hb_vfLockTest, hb_vfMoveFile, hb_vfNameExists, hb_vfOpen
REQUEST hb_vfRead, hb_vfReadAt, hb_vfReadLen, hb_vfRename, hb_vfSave, hb_vfSeek
REQUEST hb_vfSize, hb_vfTempFile, hb_vfTimeGet, hb_vfTimeSet, hb_vfTrunc, hb_vfUnlock
REQUEST hb_vfWrite, hb_vfWriteAt, hb_WAEval, hb_Week, hb_WildMatch, hb_WildMatchI
REQUEST hb_ZCompress, hb_ZCompressBound, hb_ZError, hb_ZLibVersion, hb_ZUncompress, hb_ZUncompressLen
REQUEST Header, HitTest, hs_Add, hs_Close, hs_Create, hs_Delete
REQUEST hs_Filter, hs_IfDel, hs_Index, hs_KeyCount, hs_Next, hs_Open
REQUEST hs_Replace, hs_Set, hs_Undelete, hs_Verify, hs_Version

REQUEST I2Bin, IndexExt, IndexKey, IndexOrd, Inkey, Int
REQUEST IOUSR_Register, IOUSR_SetError, IsAffirm, IsAlpha, IsColor, IsDefColor
REQUEST IsDigit, IsDisk, IsLower, IsNegative, IsPrinter, IsQuick
REQUEST IsShortcut, IsUpper

REQUEST L2Bin, LastKey, LastRec, Left, Len, LenNum
REQUEST ListBDefCo, ListBox, Lock, Log, Lower, LTrim
REQUEST LUpdate

REQUEST MakeDir, Max, MaxCol, MaxRow, MCol, MDblClk
REQUEST MemoEdit, MemoLine, MemoRead, Memory, MemoTran, MemoWrit
REQUEST MemVarBlock, MenuDefCol, MenuItem, MenuModal, MHide, Min
REQUEST MLCount, MLCToPos, MLeftDown, MLPos, MMiddleDown, Mod
REQUEST Month, MPosToLC, MPresent, MRestState, MRightDown, MRow
REQUEST MSaveState, MSetBounds, MSetCursor, MSetPos, MShow

REQUEST NationMsg, NetErr, NetName, NextKey, NoSnow

REQUEST ordBagClear, ordBagExt, ordBagName, ordCondSet, ordCount, ordCreate
REQUEST ordCustom, ordDescend, ordDestroy, ordFindRec, ordFor, ordIsUnique
REQUEST ordKey, ordKeyAdd, ordKeyCount, ordKeyDel, ordKeyGoto, ordKeyNo
REQUEST ordKeyRelPos, ordKeyVal, ordListAdd, ordListCle, ordListClear, ordListReb
REQUEST ordListRebuild, ordName, ordNumber, ordScope, ordSetFocu, ordSetFocus
REQUEST ordSetRela, ordSetRelation, ordSkipRaw, ordSkipUnique, ordWildSeek, OS
REQUEST OutErr, OutStd

REQUEST Pad, PadC, PadL, PadR, PCol, PCount
REQUEST Popup, ProcFile, ProcLine, ProcName, PRow, PushButton
REQUEST PValue

REQUEST QOut, QQOut

REQUEST RadGrDefCo, RadioButto, RadioButton, RadioGroup, RadItDefCo, RangeCheck
REQUEST RAt, rddInfo, rddList, rddName, rddRegister, rddSetDefa
REQUEST rddSetDefault, RDDSYS, rdd_Count, rdd_Info, rdd_Name, ReadExit
REQUEST ReadFormat, ReadInsert, ReadKey, ReadKill, ReadModal, ReadStats
REQUEST ReadUpdated, ReadVar, RecCount, RecNo, RecSize, Replicate
REQUEST RestScreen, Right, RLock, Round, Row, RTrim

REQUEST SaveScreen, Scroll, ScrollBar, SDF, Seconds, Secs
REQUEST Select, Set, SetBlink, SetCancel, SetClrPair, SetColor
REQUEST SetCursor, SetKey, SetMode, SetPos, SetPosBS, SetPRC
REQUEST SetTypeahead, ShowGetMsg, ShowMsg, SIXCDX, SoundEx, Space
REQUEST Sqrt, SToD, Str, StrTran, StrZero, Stuff
REQUEST SubStr, sxChar, sxDate, sxLog, sxNum, sx_AutoOpen
REQUEST sx_AutoShare, sx_Blob2File, sx_Chill, sx_ClearOrder, sx_ClrScope, sx_Compress
REQUEST sx_dbCreate, sx_DbfDecrypt, sx_DbfEncrypt, sx_Decompress, sx_Decrypt, sx_DefTrigger
REQUEST sx_Descend, sx_DToP, sx_Encrypt, sx_Error, sx_FCompress, sx_FDecompress
REQUEST sx_File2Blob, sx_FileOrder, sx_FindRec, sx_FNameParser, sx_Freeze, sx_GetLocks
REQUEST sx_IDType, sx_IndexCount, sx_IndexName, sx_IndexType, sx_IniHeader, sx_IsDBT
REQUEST sx_IsFLocked, sx_IsLocked, sx_IsMyROX, sx_IsReadonly, sx_IsReindex, sx_IsROXLock
REQUEST sx_IsSem, sx_IsShared, sx_I_IndexName, sx_I_TagName, sx_KeyAdd, sx_KeyCount
REQUEST sx_KeyData, sx_KeyDrop, sx_KeyGoto, sx_KeyNo, sx_KeySincluded, sx_KeySkip
REQUEST sx_KillSem, sx_KillTag, sx_LockRetry, sx_MakeSem, sx_MemoBlk, sx_MemoExt
REQUEST sx_MemoPack, sx_PToD, sx_Rlock, sx_Rollback, sx_ROXLock, sx_ROXUnlock
REQUEST sx_SeekLast, sx_SetFileOrd, sx_SetMemoBlock, sx_SetPass, sx_SetScope, sx_SetTag
REQUEST sx_SetTrig, sx_SetTrigger, sx_SetTurbo, sx_SkipUnique, sx_SlimFast, sx_SortOption
REQUEST sx_Step, sx_StrXCheck, sx_TableName, sx_TableType, sx_TagCount, sx_TagInfo
REQUEST sx_TagNo, sx_TagOrder, sx_Tags, sx_TagUnique, sx_Thermometer, sx_TurboArea
REQUEST sx_Unlock, sx_Version, sx_VFGet, sx_VSigLen, sx_Warm, sx_WildMatch
REQUEST sx_WildSeek, SYMBOL, SYSINIT

REQUEST TApplyKey, TBAddCol, TBApplyKey, TBBBlock, TBClose, TBColumn
REQUEST TBColumnNew, TBCreate, TBDelCol, TBDisplay, TBEditCell, TBFBlock
REQUEST TBGoBot, TBGoTop, TBInsCol, TBModal, TBMouse, TBReader
REQUEST TBrowse, TBrowseDB, TBrowseNew, TBSBlock, TBSkip, Time
REQUEST Tone, TopBar, Transform, Trim, TString, Type

REQUEST Updated, Upper, Used

REQUEST Val, ValType, Version

REQUEST Word

REQUEST Year

REQUEST _CHECKBOX_, _DBF, _dtxCondSet, _eInstVar, _GetNumCol, _IsGraphic
REQUEST _LISTBOX_, _NatMsgVer, _NatSortVer, _PUSHBUTT_, _RADIOGRP_, _SetVideoMode
REQUEST _sxOpenInit, _sx_IniInit, _sx_StrCompress, _sx_StrDecompress, __Accept, __AcceptStr
REQUEST __AtClear, __AtPrompt, __Box, __BoxD, __BoxS, __BreakBlock
REQUEST __CapLength, __CapMetrics, __Caption, __classAdd, __classH, __classInstance
REQUEST __className, __classNew, __classSel, __Clear, __clsAddFriend, __clsAddMsg
REQUEST __clsAssocType, __clsCntClasses, __clsDelMsg, __clsGetAncestors, __clsGetProperties, __clsInst
REQUEST __clsInstSuper, __clsLock, __clsLockDef, __clsModMsg, __clsMsgType, __clsNew
REQUEST __clsParent, __clsPreallocate, __clsSyncSignal, __clsSyncWait, __clsUnlockDef, __clsVerify
REQUEST __cls_CntClsData, __cls_CntData, __cls_CntShrData, __cls_DecData, __cls_IncData, __CopyFile
REQUEST __dbApp, __dbAppend, __dbArrang, __dbArrange, __dbClearIndex, __dbClearRelation
REQUEST __dbClose, __dbCloseArea, __dbCommit, __dbCommitAll, __dbContinue, __dbCopy
REQUEST __dbCopySt, __dbCopyStruct, __dbCopyXS, __dbCopyXStruct, __dbCreate, __dbCreatIndex
REQUEST __dbDelete, __dbDelim, __dbgInvokeDebug, __dbGoBottom, __dbGoto, __dbGoTop
REQUEST __dbgProcLevel, __dbgVMLocalList, __dbgVMParLList, __dbgVMStkGCount, __dbgVMStkGList, __dbgVMStkLCount
REQUEST __dbgVMStkLList, __dbgVMVarGGet, __dbgVMVarGList, __dbgVMVarGSet, __dbgVMVarLGet, __dbgVMVarLSet
REQUEST __dbgVMVarSGet, __dbgVMVarSLen, __dbgVMVarSList, __dbgVMVarSSet, __dbJoin, __dbList
REQUEST __dbLocate, __dbOpenSD, __dbOpenSDF, __dbPack, __dbRecall, __dbReindex
REQUEST __dbSDF, __dbSeek, __dbSelect, __dbSetFilter, __dbSetFound, __dbSetIndex
REQUEST __dbSetLocate, __dbSetOrder, __dbSetRelation, __dbSkip, __dbSkipper, __dbSort
REQUEST __dbSQL, __dbStructFilter, __dbTotal, __dbTrans, __dbTransRec, __dbUnlAll
REQUEST __dbUnlock, __dbUpdate, __dbUse, __dbZap, __defaultNIL, __DefPath
REQUEST __Dir, __dynsCount, __dynsGetIndex, __dynsGetName, __dynsGetPrf, __dynsIsFun
REQUEST __dynsN2Ptr, __dynsN2Sym, __dynsP2Name, __dynsVerify, __eInstVar52, __eInstVar53
REQUEST __Eject, __errInHandler, __errRT_BASE, __errRT_SBASE, __FLedit, __Get
REQUEST __GetA, __GetListActive, __GetListLast, __GetListSetActive, __GetMessage, __GetMsgPrf
REQUEST __GUIColor, __HBArray, __HBBlock, __HBCharacter, __HBDate, __hbdoc_DirLastModified
REQUEST __hbdoc_FilterOut, __hbdoc_FromSource, __hbdoc_LoadDir, __hbdoc_LoadHBD, __hbdoc_SaveHBD, __hbdoc_ToSource
REQUEST __HBHash, __HBLogical, __HBNil, __HBNumeric, __HBPointer, __HBSymbol
REQUEST __HBTimestamp, __HBVMInit, __hb_langSelect, __i18n_hashJoin, __i18n_hashTable, __i18n_potArrayClean
REQUEST __i18n_potArrayJoin, __i18n_potArrayLoad, __i18n_potArraySave, __i18n_potArraySort, __i18n_potArrayToHash, __i18n_potArrayTrans
REQUEST __Input, __itemSetObj, __itemSetObjRaw, __itemSetRef, __Keyboard, __KillRead
REQUEST __LabelForm, __MClear, __MenuTo, __MIColumn, __MIRow, __MRelease
REQUEST __MRestore, __MSave, __mvClear, __mvDbgInfo, __mvExist, __mvGet
REQUEST __mvGetDef, __mvPrivate, __mvPublic, __mvPut, __mvRelease, __mvRestore
REQUEST __mvSave, __mvScope, __mvSetBase, __mvXRelease, __mxRelease, __natIsAffirm
REQUEST __natIsNegative, __natMsg, __natMsgVer, __natSortVer, __NoNoAlert, __objAddData
REQUEST __objAddInline, __objAddMethod, __objClone, __objDelData, __objDelInline, __objDelMethod
REQUEST __objDerivedFrom, __objGetClsName, __objGetIVars, __objGetMethodList, __objGetMsgList, __objGetProperties
REQUEST __objGetValueList, __objHasData, __objHasMethod, __objHasMsg, __objHasMsgAssigned, __objModInline
REQUEST __objModMethod, __objRestoreIVars, __objSendMsg, __objSetClass, __objSetClassHandle, __objSetIVars
REQUEST __objSetValueList, __opCount, __opGetPrf, __pp_AddRule, __pp_Init, __pp_Path
REQUEST __pp_Process, __pp_Reset, __pp_StdRules, __QQPub, __Quit, __QuitCancel
REQUEST __rddPreallocate, __RecoverErrorBlock, __ReportForm, __Run, __Sender, __SetCentury
REQUEST __SetFormat, __SetFunction, __SetHelpK, __SetProfiler, __TextRestore, __TextSave
REQUEST __TracePrgCalls, __TypeFile, __vmCountThreads, __vmItemID, __vmItemRefs, __vmKeyPool
REQUEST __vmModulesVerify, __vmNoInternals, __Wait, __wapi_GetACP, __wapi_GetConsoleOutputCP, __wapi_GetOEMCP
REQUEST __XHelp, __XRestScreen, __XSaveGetAttr, __XSaveGetChar, __XSaveGetColor, __XSaveScreen

#include "hbextcdp.ch"
#include "hbextlng.ch"

#endif /* HB_EXTERN_CH_ */
