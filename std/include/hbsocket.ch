/*
 * hbsocket.ch - sockets (hb_socket*() functions)
 */

#ifndef HB_SOCKET_CH_
#define HB_SOCKET_CH_

/* Error codes (hb_socketGetError()) */
#define HB_SOCKET_ERR_NONE                0
#define HB_SOCKET_ERR_PIPE                1
#define HB_SOCKET_ERR_TIMEOUT             2
#define HB_SOCKET_ERR_WRONGADDR           3
#define HB_SOCKET_ERR_AFNOSUPPORT         4
#define HB_SOCKET_ERR_PFNOSUPPORT         5
#define HB_SOCKET_ERR_PROTONOSUPPORT      6
#define HB_SOCKET_ERR_PARAMVALUE          7
#define HB_SOCKET_ERR_NOSUPPORT           8
#define HB_SOCKET_ERR_NORESOURCE          9
#define HB_SOCKET_ERR_ACCESS              10
#define HB_SOCKET_ERR_ADDRINUSE           11
#define HB_SOCKET_ERR_INTERRUPT           12
#define HB_SOCKET_ERR_ALREADYCONNECTED    13
#define HB_SOCKET_ERR_CONNREFUSED         14
#define HB_SOCKET_ERR_CONNABORTED         15
#define HB_SOCKET_ERR_CONNRESET           16
#define HB_SOCKET_ERR_NETUNREACH          17
#define HB_SOCKET_ERR_NETDOWN             18
#define HB_SOCKET_ERR_NETRESET            19
#define HB_SOCKET_ERR_INPROGRESS          20
#define HB_SOCKET_ERR_ALREADY             21
#define HB_SOCKET_ERR_ADDRNOTAVAIL        22
#define HB_SOCKET_ERR_READONLY            23
#define HB_SOCKET_ERR_AGAIN               24
#define HB_SOCKET_ERR_INVALIDHANDLE       25
#define HB_SOCKET_ERR_INVAL               26
#define HB_SOCKET_ERR_PROTO               27
#define HB_SOCKET_ERR_PROTOTYPE           28
#define HB_SOCKET_ERR_NOFILE              29
#define HB_SOCKET_ERR_NOBUFS              30
#define HB_SOCKET_ERR_NOMEM               31
#define HB_SOCKET_ERR_FAULT               32
#define HB_SOCKET_ERR_NAMETOOLONG         33
#define HB_SOCKET_ERR_NOENT               34
#define HB_SOCKET_ERR_NOTDIR              35
#define HB_SOCKET_ERR_LOOP                36
#define HB_SOCKET_ERR_MSGSIZE             37
#define HB_SOCKET_ERR_DESTADDRREQ         38
#define HB_SOCKET_ERR_NOPROTOOPT          39
#define HB_SOCKET_ERR_NOTCONN             40
#define HB_SOCKET_ERR_SHUTDOWN            41
#define HB_SOCKET_ERR_TOOMANYREFS         42
#define HB_SOCKET_ERR_RESTARTSYS          43
#define HB_SOCKET_ERR_NOSR                44
#define HB_SOCKET_ERR_HOSTDOWN            45
#define HB_SOCKET_ERR_HOSTUNREACH         46
#define HB_SOCKET_ERR_NOTEMPTY            47
#define HB_SOCKET_ERR_USERS               48
#define HB_SOCKET_ERR_DQUOT               49
#define HB_SOCKET_ERR_STALE               50
#define HB_SOCKET_ERR_REMOTE              51
#define HB_SOCKET_ERR_PROCLIM             52
#define HB_SOCKET_ERR_DISCON              53
#define HB_SOCKET_ERR_NOMORE              54
#define HB_SOCKET_ERR_CANCELLED           55
#define HB_SOCKET_ERR_INVALIDPROCTABLE    56
#define HB_SOCKET_ERR_INVALIDPROVIDER     57
#define HB_SOCKET_ERR_PROVIDERFAILEDINIT  58
#define HB_SOCKET_ERR_REFUSED             59
#define HB_SOCKET_ERR_SYSNOTREADY         60
#define HB_SOCKET_ERR_VERNOTSUPPORTED     61
#define HB_SOCKET_ERR_NOTINITIALISED      62
#define HB_SOCKET_ERR_TRYAGAIN            63
#define HB_SOCKET_ERR_HOSTNOTFOUND        64
#define HB_SOCKET_ERR_NORECOVERY          65
#define HB_SOCKET_ERR_NODATA              66
#define HB_SOCKET_ERR_SYSCALLFAILURE      67
#define HB_SOCKET_ERR_SERVICENOTFOUND     68
#define HB_SOCKET_ERR_TYPENOTFOUND        69
#define HB_SOCKET_ERR_OTHER               70

/* Address families */
#define HB_SOCKET_AF_LOCAL                1
#define HB_SOCKET_AF_INET                 2
#define HB_SOCKET_AF_IPX                  4
#define HB_SOCKET_AF_INET6                10
#define HB_SOCKET_AF_PACKET               17

/* Protocol families (same numbers) */
#define HB_SOCKET_PF_LOCAL                HB_SOCKET_AF_LOCAL
#define HB_SOCKET_PF_INET                 HB_SOCKET_AF_INET
#define HB_SOCKET_PF_IPX                  HB_SOCKET_AF_IPX
#define HB_SOCKET_PF_INET6                HB_SOCKET_AF_INET6
#define HB_SOCKET_PF_PACKET               HB_SOCKET_AF_PACKET

/* Socket types */
#define HB_SOCKET_PT_STREAM               1
#define HB_SOCKET_PT_DGRAM                2
#define HB_SOCKET_PT_RAW                  3
#define HB_SOCKET_PT_RDM                  4
#define HB_SOCKET_PT_SEQPACKET            5

/* IP protocol numbers */
#define HB_SOCKET_IPPROTO_IP              0
#define HB_SOCKET_IPPROTO_ICMP            1
#define HB_SOCKET_IPPROTO_IGMP            2
#define HB_SOCKET_IPPROTO_IPIP            4
#define HB_SOCKET_IPPROTO_TCP             6
#define HB_SOCKET_IPPROTO_EGP             8
#define HB_SOCKET_IPPROTO_PUP             12
#define HB_SOCKET_IPPROTO_UDP             17
#define HB_SOCKET_IPPROTO_IDP             22
#define HB_SOCKET_IPPROTO_DCCP            23
#define HB_SOCKET_IPPROTO_RDP             29
#define HB_SOCKET_IPPROTO_TP              29
#define HB_SOCKET_IPPROTO_IPV6            41
#define HB_SOCKET_IPPROTO_ROUTING         43
#define HB_SOCKET_IPPROTO_FRAGMENT        44
#define HB_SOCKET_IPPROTO_RSVP            46
#define HB_SOCKET_IPPROTO_GRE             47
#define HB_SOCKET_IPPROTO_ESP             50
#define HB_SOCKET_IPPROTO_AH              51
#define HB_SOCKET_IPPROTO_ICMPV6          58
#define HB_SOCKET_IPPROTO_NONE            59
#define HB_SOCKET_IPPROTO_DSTOPTS         60
#define HB_SOCKET_IPPROTO_ND              77
#define HB_SOCKET_IPPROTO_ICLFXBM         78
#define HB_SOCKET_IPPROTO_EON             80
#define HB_SOCKET_IPPROTO_MTP             92
#define HB_SOCKET_IPPROTO_ENCAP           98
#define HB_SOCKET_IPPROTO_PIM             103
#define HB_SOCKET_IPPROTO_COMP            108
#define HB_SOCKET_IPPROTO_PGM             113
#define HB_SOCKET_IPPROTO_L2TP            115
#define HB_SOCKET_IPPROTO_SCTP            132
#define HB_SOCKET_IPPROTO_RAW             255

/* Send / receive flags */
#define HB_SOCKET_MSG_OOB                 0x01
#define HB_SOCKET_MSG_PEEK                0x02
#define HB_SOCKET_MSG_DONTROUTE           0x04
#define HB_SOCKET_MSG_WAITALL             0x08

/* hb_socketShutdown() modes */
#define HB_SOCKET_SHUT_RD                 0
#define HB_SOCKET_SHUT_WR                 1
#define HB_SOCKET_SHUT_RDWR               2

/* Interface flags */
#define HB_SOCKET_IFF_UP                  0x0001
#define HB_SOCKET_IFF_BROADCAST           0x0002
#define HB_SOCKET_IFF_LOOPBACK            0x0004
#define HB_SOCKET_IFF_POINTOPOINT         0x0008
#define HB_SOCKET_IFF_MULTICAST           0x0010

/* Elements of an hb_socketGetIFaces() entry */
#define HB_SOCKET_IFINFO_FAMILY           1
#define HB_SOCKET_IFINFO_NAME             2
#define HB_SOCKET_IFINFO_FLAGS            3
#define HB_SOCKET_IFINFO_ADDR             4
#define HB_SOCKET_IFINFO_NETMASK          5
#define HB_SOCKET_IFINFO_BROADCAST        6
#define HB_SOCKET_IFINFO_P2PADDR          7
#define HB_SOCKET_IFINFO_HWADDR           8
#define HB_SOCKET_IFINFO_LEN              8

/* Elements of an address array (ADDRESS for IP, PATH for local) */
#define HB_SOCKET_ADINFO_FAMILY           1
#define HB_SOCKET_ADINFO_ADDRESS          2
#define HB_SOCKET_ADINFO_PATH             2
#define HB_SOCKET_ADINFO_PORT             3

#endif /* HB_SOCKET_CH_ */
