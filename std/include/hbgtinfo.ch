/*
 * hbgtinfo.ch - selectors and values for hb_gtInfo()
 */

#ifndef HB_GTINFO_CH_
#define HB_GTINFO_CH_

#define HB_GTI_ISGRAPHIC        0
#define HB_GTI_SCREENWIDTH      1
#define HB_GTI_SCREENHEIGHT     2
#define HB_GTI_SCREENDEPTH      3
#define HB_GTI_FONTSIZE         4
#define HB_GTI_FONTWIDTH        5
#define HB_GTI_DESKTOPWIDTH     6
#define HB_GTI_DESKTOPHEIGHT    7
#define HB_GTI_DESKTOPDEPTH     8
#define HB_GTI_COMPATBUFFER     9
#define HB_GTI_KBDSHIFTS        10
#define HB_GTI_KBDSPECIAL       11
#define HB_GTI_KBDALT           12
#define HB_GTI_ISSCREENPOS      13
#define HB_GTI_FULLSCREEN       HB_GTI_ISSCREENPOS
#define HB_GTI_KBDSUPPORT       14
#define HB_GTI_CLIPBOARDDATA    15
#define HB_GTI_CLIPBOARDPASTE   16
#define HB_GTI_CURSORBLINKRATE  19
#define HB_GTI_DESKTOPROWS      20
#define HB_GTI_DESKTOPCOLS      21
#define HB_GTI_FONTWEIGHT       22
#define HB_GTI_FONTQUALITY      23
#define HB_GTI_FONTNAME         24
#define HB_GTI_CODEPAGE         25
#define HB_GTI_WINTITLE         26
#define HB_GTI_ICONFILE         27
#define HB_GTI_ICONRES          28
#define HB_GTI_MOUSESTATUS      29

#define HB_GTI_INPUTFD          30
#define HB_GTI_OUTPUTFD         31
#define HB_GTI_ERRORFD          32

#define HB_GTI_ESCDELAY         33

#define HB_GTI_VIEWMAXHEIGHT    34
#define HB_GTI_VIEWMAXWIDTH     35

#define HB_GTI_VIEWPORTHEIGHT   36
#define HB_GTI_VIEWPORTWIDTH    37

#define HB_GTI_STDOUTCON        38
#define HB_GTI_STDERRCON        39

#define HB_GTI_ISCTWIN          40
#define HB_GTI_ISMULTIWIN       41
#define HB_GTI_GETWIN           42
#define HB_GTI_SETWIN           43
#define HB_GTI_NEWWIN           44

#define HB_GTI_ADDKEYMAP        45
#define HB_GTI_DELKEYMAP        46

#define HB_GTI_ISUNICODE        47

#define HB_GTI_SELECTCOPY       48
#define HB_GTI_RESIZABLE        49
#define HB_GTI_CLOSABLE         50

#define HB_GTI_NOTIFIERBLOCK    51
#define HB_GTI_SCREENSIZE       52
#define HB_GTI_PALETTE          53

#define HB_GTI_RESIZEMODE       54
#define HB_GTI_SETPOS_XY        55
#define HB_GTI_SETPOS_ROWCOL    56

#define HB_GTI_BOXCP            57

#define HB_GTI_CARGO            58
#define HB_GTI_FONTSEL          59

#define HB_GTI_INKEYFILTER      60
#define HB_GTI_INKEYREAD        61

#define HB_GTI_ALTENTER         62
#define HB_GTI_ISFULLSCREEN     63
#define HB_GTI_ONLINE           64
#define HB_GTI_VERSION          65

#define HB_GTI_MAXIMIZED        66
#define HB_GTI_FONTATTRIBUTE    67
#define HB_GTI_UNITRANS         68
#define HB_GTI_WINHANDLE        69
#define HB_GTI_MOUSEPOS_XY      70
#define HB_GTI_DISPIMAGE        71
#define HB_GTI_REDRAWMAX        72
#define HB_GTI_RESIZESTEP       73
#define HB_GTI_CLOSEMODE        74
#define HB_GTI_MINIMIZED        75
#define HB_GTI_QUICKEDIT        76
#define HB_GTI_SYSMENUADD       77
#define HB_GTI_MSGBOX           78
#define HB_GTI_SOUND            79

#define HB_GTI_FONTW_THIN       1
#define HB_GTI_FONTW_NORMAL     2
#define HB_GTI_FONTW_BOLD       3

#define HB_GTI_FONTQ_DRAFT      1
#define HB_GTI_FONTQ_NORMAL     2
#define HB_GTI_FONTQ_HIGH       3

#define HB_GTI_FONTA_FIXMETRIC  0x0001
#define HB_GTI_FONTA_CLRBKG     0x0002
#define HB_GTI_FONTA_DRAWBOX    0x0004
#define HB_GTI_FONTA_CTRLCHARS  0x0008
#define HB_GTI_FONTA_NOSTRETCH  0x0010

#define HB_GTI_KBD_SHIFT        0x000001
#define HB_GTI_KBD_CTRL         0x000002
#define HB_GTI_KBD_ALT          0x000004
#define HB_GTI_KBD_KEYPAD       0x000008
#define HB_GTI_KBD_SCROLOCK     0x000010
#define HB_GTI_KBD_NUMLOCK      0x000020
#define HB_GTI_KBD_CAPSLOCK     0x000040
#define HB_GTI_KBD_INSERT       0x000080
#define HB_GTI_KBD_LSHIFT       0x000100
#define HB_GTI_KBD_RSHIFT       0x000200
#define HB_GTI_KBD_LCTRL        0x000400
#define HB_GTI_KBD_RCTRL        0x000800
#define HB_GTI_KBD_LALT         0x001000
#define HB_GTI_KBD_RALT         0x002000
#define HB_GTI_KBD_LWIN         0x004000
#define HB_GTI_KBD_RWIN         0x008000
#define HB_GTI_KBD_MENU         0x010000

#ifdef HB_LEGACY_LEVEL4

#define HB_GTE_ACTIVATE         1
#define HB_GTE_SETFOCUS         2
#define HB_GTE_KILLFOCUS        3
#define HB_GTE_CLOSE            4
#define HB_GTE_RESIZED          5
#endif

#define HB_GTI_RESIZEMODE_FONT  0
#define HB_GTI_RESIZEMODE_ROWS  1

#endif
