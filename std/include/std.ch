/* minimal placeholder */
#define HB_STD_CH_
#command ?  [<explist,...>]         => QOut( <explist> )
#command ?? [<explist,...>]         => QQOut( <explist> )
