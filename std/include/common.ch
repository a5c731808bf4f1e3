/*
 * common.ch - handy aliases: TRUE/FALSE, IS<type>() checks, DEFAULT ... TO
 */

#ifndef HB_COMMON_CH_
#define HB_COMMON_CH_

#if defined( HB_LEGACY_LEVEL4 )
   #include "hbhash.ch"
#endif

#define TRUE                    .T.
#define FALSE                   .F.
#define YES                     .T.
#define NO                      .F.

/* value type tests */
#translate ISNIL( <val> )          => ( <val> == NIL )
#translate ISARRAY( <val> )        => HB_ISARRAY( <val> )
#translate ISBLOCK( <val> )        => HB_ISBLOCK( <val> )
#translate ISCHARACTER( <val> )    => HB_ISSTRING( <val> )
#translate ISDATE( <val> )         => HB_ISDATE( <val> )
#translate ISLOGICAL( <val> )      => HB_ISLOGICAL( <val> )
#translate ISMEMO( <val> )         => HB_ISMEMO( <val> )
#translate ISNUMBER( <val> )       => HB_ISNUMERIC( <val> )
#translate ISOBJECT( <val> )       => HB_ISOBJECT( <val> )

/* give NIL parameters a value */
#xcommand DEFAULT <var> TO <val> [, <vars> TO <vals> ] => ;
          IF <var> == NIL ; <var> := <val> ; END ;
          [; IF <vars> == NIL ; <vars> := <vals> ; END ]

#command UPDATE <var> IF <cond> TO <val> => ;
          IF <cond> ; <var> := <val> ; END

#endif
