/*
 * hbclass.ch - declaring classes: CLASS ... ENDCLASS and its members.
 *
 * How it works
 * ------------
 * CLASS Foo opens the class function Foo(). Its first call declares the
 * class at run time: __hbtsClsOpen() returns a declaration that every
 * member line between CLASS and ENDCLASS adds to (__hbtsClsVar(),
 * __hbtsClsMethod(), __hbtsClsInline() ...), and ENDCLASS hands it to
 * __hbtsClsClose(), which builds the class, keeps its handle in a STATIC
 * of the class function and returns the first instance (after sending it
 * InitClass() with the class function's parameters, when the class has
 * that message). Later calls return a new instance of the class.
 *
 * A member's attributes (EXPORTED, HIDDEN, READONLY, SHARED ...) become an
 * array of HB_OO_CLSTP_* bits, OR-ed by the run time; a member without a
 * scope takes the scope of the last section label (EXPORTED:, HIDDEN: ...).
 *
 * A method declared as METHOD Bar is implemented by the STATIC function
 * Foo_Bar (Foo__Bar for ASSIGN Bar): that name shows in ProcName() inside
 * a codeblock made in the method ("(b)FOO_BAR"), so it is not ours to
 * choose. A bare METHOD Bar( ... ) line declares the method between CLASS
 * and ENDCLASS and starts its implementation after ENDCLASS; two #defines
 * carry that state from line to line: the current class name and the
 * current phase (declaring or implementing).
 *
 * Names a program may #define before #include "hbclass.ch":
 *   HB_CLS_NOTOBJECT   a class without parents does not inherit HBObject
 *                      (then it has no New() nor Init() of its own)
 *   HB_CLS_NOAUTOINIT  a typed variable without INIT starts as NIL rather
 *                      than as the empty value of its type
 *   HB_VO_CONSTRUCTOR  Name{ args } is Name():New( args )
 * These are Harbour's names for these options, kept so that programs
 * written for Harbour get the same classes.
 */

#ifndef HBTS_HBCLASS_CH
#define HBTS_HBCLASS_CH

#include "hboo.ch"

#ifdef HB_CLS_NOTOBJECT
   #define __HBTS_CLS_ROOT      .F.
#else
   #define __HBTS_CLS_ROOT      .T.
#endif

#ifdef HB_CLS_NOAUTOINIT
   #define __HBTS_CLS_AUTOINIT  .F.
#else
   #define __HBTS_CLS_AUTOINIT  .T.
#endif


/* ----------------------------------------------------------------------
 * Helpers (not for programs)
 * ---------------------------------------------------------------------- */

/* the function implementing method <m> of class <c> */
#xtranslate __HBTS_METHODFUNC( <!c!>, <!m!> )  => <c>_<m>

/* the first of one or two names */
#xtranslate __HBTS_FIRST( <!a!> [, <!b!>] )     => <a>

/* one attribute word as its HB_OO_CLSTP_* bit */
#xtranslate __HBTS_ATTR( <w: EXPORTED, VISIBLE> )    => HB_OO_CLSTP_EXPORTED
#xtranslate __HBTS_ATTR( PROTECTED )                 => HB_OO_CLSTP_PROTECTED
#xtranslate __HBTS_ATTR( HIDDEN )                    => HB_OO_CLSTP_HIDDEN
#xtranslate __HBTS_ATTR( CONSTRUCTOR )               => HB_OO_CLSTP_CTOR
#xtranslate __HBTS_ATTR( <w: READONLY, RO> )         => HB_OO_CLSTP_READONLY
#xtranslate __HBTS_ATTR( SHARED )                    => HB_OO_CLSTP_SHARED
#xtranslate __HBTS_ATTR( <w: PERSISTENT, PROPERTY> ) => HB_OO_CLSTP_PERSIST
#xtranslate __HBTS_ATTR( SYNC )                      => HB_OO_CLSTP_SYNC

/* the start of a method's implementation: a STATIC function with Self */
#xcommand __HBTS_METHODHEAD <kind: FUNCTION, PROCEDURE> <!c!> <!m!> ( [<p,...>] ) => ;
   STATIC <kind> __HBTS_METHODFUNC( <c>, <m> )( [<p>] ) ;;
   LOCAL Self := QSelf()

/* a bare METHOD line: a declaration inside CLASS ... ENDCLASS, an implementation after it */
#xcommand __HBTS_METHOD __HBTS_DECLARING <!m!> ( [<p,...>] ) <attrs> => ;
   __hbtsClsMethod( __hbtsDecl, <(m)>, @__HBTS_METHODFUNC( __HBTS_CLASSNAME, <m> )(), <attrs> )
#xcommand __HBTS_METHOD __HBTS_DEFINING <!m!> ( [<p,...>] ) <attrs> => ;
   __HBTS_METHODHEAD FUNCTION __HBTS_CLASSNAME <m> ( [<p>] )

#xcommand __HBTS_DESTRUCTOR __HBTS_DECLARING <!m!> => ;
   __hbtsClsDestructor( __hbtsDecl, @__HBTS_METHODFUNC( __HBTS_CLASSNAME, <m> )() )
#xcommand __HBTS_DESTRUCTOR __HBTS_DEFINING <!m!> => ;
   __HBTS_METHODHEAD PROCEDURE __HBTS_CLASSNAME <m> ( )

/* outside any class, METHOD lines are implementations */
#define __HBTS_CLASSPHASE __HBTS_DEFINING


/* ----------------------------------------------------------------------
 * The class
 * ---------------------------------------------------------------------- */

#xcommand CLASS <!cls!> [ <from: FROM, INHERIT> <!p1!> [, <!pN!>] ] [ <mf: MODULE FRIENDLY> ] ;
             [ <st: STATIC> ] [ FUNCTION <!fn!> ] => ;
   [<st>] FUNCTION __HBTS_FIRST( [<fn>,] <cls> )( ... ) ;;
      STATIC __hbtsClassH ;;
      LOCAL __hbtsDecl ;;
      IF __hbtsClassH == NIL ;;
         __hbtsDecl := __hbtsClsOpen( <(cls)>, { [@<p1>()] [, @<pN>()] }, ;
                          @__HBTS_FIRST( [<fn>,] <cls> )(), <.mf.>, __HBTS_CLS_ROOT, __HBTS_CLS_AUTOINIT ) ;;;
   #undef __HBTS_CLASSNAME ; #define __HBTS_CLASSNAME <cls> ;;
   #undef __HBTS_CLASSPHASE ; #define __HBTS_CLASSPHASE __HBTS_DECLARING

#xcommand ENDCLASS [<lock: LOCK, LOCKED>] => ;
         RETURN __hbtsClsClose( __hbtsDecl, @__hbtsClassH, <.lock.>, ... ) ;;
      END ;;
      RETURN __clsInst( __hbtsClassH ) ;;;
   #undef __HBTS_CLASSPHASE ; #define __HBTS_CLASSPHASE __HBTS_DEFINING

#xcommand CREATE CLASS <!cls!> [<*rest*>] => CLASS <cls> <rest>
#xcommand END CLASS [<*rest*>]            => ENDCLASS <rest>

/* section labels: the scope of the members that follow */
#xcommand EXPORTED:  => __hbtsClsSection( __hbtsDecl, HB_OO_CLSTP_EXPORTED )
#xcommand EXPORT:    => __hbtsClsSection( __hbtsDecl, HB_OO_CLSTP_EXPORTED )
#xcommand VISIBLE:   => __hbtsClsSection( __hbtsDecl, HB_OO_CLSTP_EXPORTED )
#xcommand PROTECTED: => __hbtsClsSection( __hbtsDecl, HB_OO_CLSTP_PROTECTED )
#xcommand HIDDEN:    => __hbtsClsSection( __hbtsDecl, HB_OO_CLSTP_HIDDEN )


/* ----------------------------------------------------------------------
 * Variables
 * ---------------------------------------------------------------------- */

#xcommand VAR <!v1!> [, <!vN!>] [ <tp: TYPE, AS> <type> ] [ <as: ASSIGN, INIT> <init> ] ;
      [ <a: EXPORTED, VISIBLE, PROTECTED, HIDDEN, READONLY, RO, PERSISTENT, PROPERTY, SYNC> ] => ;
   __hbtsClsVar( __hbtsDecl, { <(v1)> [, <(vN)>] }, <init>, <(type)>, { 0 [, __HBTS_ATTR( <a> )] } )

#xcommand DATA <*rest*> => VAR <rest>

/* Visual Objects style: the scope is the command */
#xcommand EXPORT <!v1!> [, <!vN!>] [ <tp: TYPE, AS> <type> ] [ <as: ASSIGN, INIT> <init> ] ;
      [ <a: READONLY, RO, PERSISTENT, PROPERTY> ] => ;
   __hbtsClsVar( __hbtsDecl, { <(v1)> [, <(vN)>] }, <init>, <(type)>, { HB_OO_CLSTP_EXPORTED [, __HBTS_ATTR( <a> )] } )
#xcommand PROTECT <!v1!> [, <!vN!>] [ <tp: TYPE, AS> <type> ] [ <as: ASSIGN, INIT> <init> ] ;
      [ <a: READONLY, RO, PERSISTENT, PROPERTY> ] => ;
   __hbtsClsVar( __hbtsDecl, { <(v1)> [, <(vN)>] }, <init>, <(type)>, { HB_OO_CLSTP_PROTECTED [, __HBTS_ATTR( <a> )] } )
#xcommand HIDDEN <!v1!> [, <!vN!>] [ <tp: TYPE, AS> <type> ] [ <as: ASSIGN, INIT> <init> ] ;
      [ <a: READONLY, RO, PERSISTENT, PROPERTY> ] => ;
   __hbtsClsVar( __hbtsDecl, { <(v1)> [, <(vN)>] }, <init>, <(type)>, { HB_OO_CLSTP_HIDDEN [, __HBTS_ATTR( <a> )] } )

/* class variables; CLASSDATA ones are always SHARED (one value for the class and its heirs) */
#xcommand CLASSVAR <!v1!> [, <!vN!>] [ <tp: TYPE, AS> <type> ] [ <as: ASSIGN, INIT> <init> ] ;
      [ <a: EXPORTED, VISIBLE, PROTECTED, HIDDEN, READONLY, RO, SHARED, PERSISTENT, PROPERTY, SYNC> ] => ;
   __hbtsClsVar( __hbtsDecl, { <(v1)> [, <(vN)>] }, <init>, <(type)>, { HB_OO_CLSTP_CLASS [, __HBTS_ATTR( <a> )] } )
#xcommand CLASSDATA <!v1!> [, <!vN!>] [ <tp: TYPE, AS> <type> ] [ <as: ASSIGN, INIT> <init> ] ;
      [ <a: EXPORTED, VISIBLE, PROTECTED, HIDDEN, READONLY, RO, SHARED, PERSISTENT, PROPERTY, SYNC> ] => ;
   __hbtsClsVar( __hbtsDecl, { <(v1)> [, <(vN)>] }, <init>, <(type)>, ;
                 { HB_OO_CLSTP_CLASS, HB_OO_CLSTP_SHARED [, __HBTS_ATTR( <a> )] } )
#xcommand CLASS VAR <*rest*> => CLASSVAR <rest>

/* a variable standing for another one: of a parent, of Self, or of an object in a variable */
#xcommand VAR <!v!> [ AS <type> ] IN <!parent!> => ;
   __hbtsClsInline( __hbtsDecl, <(v)>, {| Self | Self:<parent>:<v> }, { HB_OO_CLSTP_EXPORTED, HB_OO_CLSTP_READONLY } ) ;;
   __hbtsClsInline( __hbtsDecl, "_" + <(v)>, {| Self, x | Self:<parent>:<v> := x }, { HB_OO_CLSTP_EXPORTED } )
#xcommand VAR <!v!> [ AS <type> ] IS <!other!> IN <!parent!> => ;
   __hbtsClsInline( __hbtsDecl, <(v)>, {| Self | Self:<parent>:<other> }, { HB_OO_CLSTP_EXPORTED, HB_OO_CLSTP_READONLY } ) ;;
   __hbtsClsInline( __hbtsDecl, "_" + <(v)>, {| Self, x | Self:<parent>:<other> := x }, { HB_OO_CLSTP_EXPORTED } )
#xcommand VAR <!v!> [ AS <type> ] IS <!other!> => ;
   __hbtsClsInline( __hbtsDecl, <(v)>, {| Self | Self:<other> }, { HB_OO_CLSTP_EXPORTED, HB_OO_CLSTP_READONLY } ) ;;
   __hbtsClsInline( __hbtsDecl, "_" + <(v)>, {| Self, x | Self:<other> := x }, { HB_OO_CLSTP_EXPORTED } )
#xcommand VAR <!v!> [ AS <type> ] IS <!other!> TO <!obj!> => ;
   __hbtsClsInline( __hbtsDecl, <(v)>, {| Self | Self:<obj>:<other> }, { HB_OO_CLSTP_EXPORTED, HB_OO_CLSTP_READONLY } ) ;;
   __hbtsClsInline( __hbtsDecl, "_" + <(v)>, {| Self, x | Self:<obj>:<other> := x }, { HB_OO_CLSTP_EXPORTED } )


/* ----------------------------------------------------------------------
 * Methods
 * ---------------------------------------------------------------------- */

#xcommand METHOD <!m!> [ ( [<p,...>] ) ] [ AS <type> ] ;
      [ <a: EXPORTED, VISIBLE, PROTECTED, HIDDEN, CONSTRUCTOR, PERSISTENT, PROPERTY, SYNC> ] => ;
   __HBTS_METHOD __HBTS_CLASSPHASE <m> ( [<p>] ) { 0 [, __HBTS_ATTR( <a> )] }

#xcommand CONSTRUCTOR <!m!> [ ( [<p,...>] ) ] => METHOD <m> ( [<p>] ) CONSTRUCTOR

/* several declarations in one line */
#xcommand METHOD <!m1!> [ ( [<p1,...>] ) ], <!m2!> [ ( [<p2,...>] ) ] [, <!mN!> [ ( [<pN,...>] ) ] ] => ;
   METHOD <m1> [ ; METHOD <m2> ] [ ; METHOD <mN> ]

#xcommand SYNC METHOD <*rest*> => METHOD <rest> SYNC
#xcommand SYNC METHOD <!m1!> [ ( [<p1,...>] ) ], <!m2!> [ ( [<p2,...>] ) ] [, <!mN!> [ ( [<pN,...>] ) ] ] => ;
   METHOD <m1> SYNC [ ; METHOD <m2> SYNC ] [ ; METHOD <mN> SYNC ]

/* inline methods: a codeblock with Self, the parameters and the locals */
#xcommand METHOD <!m!> [ ( [<p,...>] ) ] [ AS <type> ] INLINE [ LOCAL <!v!> [,] ] <code,...> [ LOCAL <l,...> ] ;
      [ <a: EXPORTED, VISIBLE, PROTECTED, HIDDEN, CONSTRUCTOR, PERSISTENT, PROPERTY, SYNC> ] => ;
   __hbtsClsInline( __hbtsDecl, <(m)>, {| Self [, <p>] [, <v>] [, <l>] | <code> }, { 0 [, __HBTS_ATTR( <a> )] } )

#xcommand METHOD <!m!> [ ( [<p,...>] ) ] [ AS <type> ] BLOCK <block> ;
      [ <a: EXPORTED, VISIBLE, PROTECTED, HIDDEN, CONSTRUCTOR, PERSISTENT, PROPERTY, SYNC> ] => ;
   __hbtsClsInline( __hbtsDecl, <(m)>, <block>, { 0 [, __HBTS_ATTR( <a> )] } )

/* a message the class answers with NIL until a heir defines it */
#xcommand METHOD <!m!> [ ( [<p,...>] ) ] [ AS <type> ] <k: VIRTUAL, DEFERRED> => ;
   __hbtsClsVirtual( __hbtsDecl, <(m)> )

/* one method for both the access and the assignment message */
#xcommand METHOD <!m!> [ ( [<p,...>] ) ] [ AS <type> ] SETGET ;
      [ <a: EXPORTED, VISIBLE, PROTECTED, HIDDEN, READONLY, RO, PERSISTENT, PROPERTY, SYNC> ] => ;
   __hbtsClsSetGet( __hbtsDecl, <(m)>, @__HBTS_METHODFUNC( __HBTS_CLASSNAME, <m> )(), { 0 [, __HBTS_ATTR( <a> )] } )

/* a method answering an operator (only the operator, not its own name) */
#xcommand METHOD <!m!> [ ( [<p,...>] ) ] [ AS <type> ] OPERATOR <op> ;
      [ <a: EXPORTED, VISIBLE, PROTECTED, HIDDEN, SYNC> ] => ;
   __hbtsClsMethod( __hbtsDecl, <(op)>, @__HBTS_METHODFUNC( __HBTS_CLASSNAME, <m> )(), { 0 [, __HBTS_ATTR( <a> )] } )

/* a method implemented by an ordinary function */
#xcommand METHOD <!m!> [ ( [<p,...>] ) ] [ AS <type> ] EXTERN <!fn!> [ ( [<q,...>] ) ] ;
      [ <a: EXPORTED, VISIBLE, PROTECTED, HIDDEN, CONSTRUCTOR, PERSISTENT, PROPERTY, SYNC> ] => ;
   __hbtsClsMethod( __hbtsDecl, <(m)>, @<fn>(), { 0 [, __HBTS_ATTR( <a> )] } )

/* class methods are accepted; as in Harbour the class never answers them */
#xcommand CLASSMETHOD <!m!> [ ( [<p,...>] ) ] [ AS <type> ] ;
      [ <a: EXPORTED, VISIBLE, PROTECTED, HIDDEN, CONSTRUCTOR, SHARED, PERSISTENT, PROPERTY, SYNC> ] => ;
   __hbtsClsMethod( __hbtsDecl, <(m)>, @__HBTS_METHODFUNC( __HBTS_CLASSNAME, <m> )(), ;
                    { HB_OO_CLSTP_CLASS [, __HBTS_ATTR( <a> )] } )
#xcommand CLASS METHOD <*rest*>      => CLASSMETHOD <rest>
#xcommand SYNC CLASS METHOD <*rest*> => CLASSMETHOD <rest> SYNC

/* access and assignment messages implemented by methods (ASSIGN x is the message _x) */
#xcommand ACCESS <!m!> [ ( [<p,...>] ) ] [ AS <type> ] ;
      [ <a: EXPORTED, VISIBLE, PROTECTED, HIDDEN, PERSISTENT, PROPERTY, SYNC> ] => ;
   __hbtsClsMethod( __hbtsDecl, <(m)>, @__HBTS_METHODFUNC( __HBTS_CLASSNAME, <m> )(), { 0 [, __HBTS_ATTR( <a> )] } )
#xcommand ASSIGN <!m!> [ ( [<p,...>] ) ] [ AS <type> ] ;
      [ <a: EXPORTED, VISIBLE, PROTECTED, HIDDEN, PERSISTENT, PROPERTY, SYNC> ] => ;
   __hbtsClsMethod( __hbtsDecl, "_" + <(m)>, @__HBTS_METHODFUNC( __HBTS_CLASSNAME, _<m> )(), { 0 [, __HBTS_ATTR( <a> )] } )
#xcommand ACCESS <!m!> [ AS <type> ] [ LOCAL <l,...> ] INLINE [ LOCAL <!v!> [,] ] <code,...> ;
      [ <a: EXPORTED, VISIBLE, PROTECTED, HIDDEN, PERSISTENT, PROPERTY, SYNC> ] => ;
   __hbtsClsInline( __hbtsDecl, <(m)>, {| Self [, <v>] [, <l>] | <code> }, { 0 [, __HBTS_ATTR( <a> )] } )
#xcommand ASSIGN <!m!> [ ( [<p,...>] ) ] [ AS <type> ] [ LOCAL <l,...> ] INLINE [ LOCAL <!v!> [,] ] <code,...> ;
      [ <a: EXPORTED, VISIBLE, PROTECTED, HIDDEN, PERSISTENT, PROPERTY, SYNC> ] => ;
   __hbtsClsInline( __hbtsDecl, "_" + <(m)>, {| Self [, <p>] [, <v>] [, <l>] | <code> }, { 0 [, __HBTS_ATTR( <a> )] } )
#xcommand ACCESS <!m!> [ AS <type> ] <k: METHOD, IS> <*rest*> => MESSAGE <m> <k> <rest>
#xcommand ASSIGN <!m!> [ AS <type> ] <k: METHOD, IS> <*rest*> => MESSAGE _<m> <k> <rest>

/* the destructor, the handler of messages the class does not know, friends */
#xcommand DESTRUCTOR <!m!> [ () ]          => __HBTS_DESTRUCTOR __HBTS_CLASSPHASE <m>
#xcommand DESTRUCTOR FUNCTION <!fn!> [ () ] => __hbtsClsDestructor( __hbtsDecl, @<fn>() )

#xcommand ERROR HANDLER <!m!> [ ( [<p,...>] ) ] => ;
   __hbtsClsOnError( __hbtsDecl, @__HBTS_METHODFUNC( __HBTS_CLASSNAME, <m> )() )
#xcommand ON ERROR <!m!> [ ( [<p,...>] ) ]      => ERROR HANDLER <m>
#xcommand ON ERROR FUNCTION <!fn!> [ ( [<p,...>] ) ] => __hbtsClsOnError( __hbtsDecl, @<fn>() )

#xcommand FRIEND CLASS <!c1!> [, <!cN!>]    => __hbtsClsFriend( __hbtsDecl, @<c1>() [, @<cN>()] )
#xcommand FRIEND FUNCTION <!f1!> [, <!fN!>] => __hbtsClsFriend( __hbtsDecl, @<f1>() [, @<fN>()] )

/* operators */
#xcommand OPERATOR <op> [ <arg: ARG, ARGS> <args,...> ] [ LOCAL <l,...> ] INLINE <code,...> ;
      [ <a: EXPORTED, VISIBLE, PROTECTED, HIDDEN, SYNC> ] => ;
   __hbtsClsInline( __hbtsDecl, <(op)>, {| Self [, <args>] [, <l>] | <code> }, { 0 [, __HBTS_ATTR( <a> )] } )
#xcommand OPERATOR <op> FUNCTION <!fn!> [ ( [<q,...>] ) ] [ <a: EXPORTED, VISIBLE, PROTECTED, HIDDEN, SYNC> ] => ;
   __hbtsClsMethod( __hbtsDecl, <(op)>, @<fn>(), { 0 [, __HBTS_ATTR( <a> )] } )


/* ----------------------------------------------------------------------
 * Messages: another name for a method, a block, or a forward
 * ---------------------------------------------------------------------- */

#xcommand MESSAGE <!m!> [ ( [<p,...>] ) ] [ AS <type> ] METHOD <!mth!> [ ( [<q,...>] ) ] ;
      [ <a: EXPORTED, VISIBLE, PROTECTED, HIDDEN, CONSTRUCTOR, PERSISTENT, PROPERTY, SYNC> ] => ;
   __hbtsClsMethod( __hbtsDecl, <(m)>, @__HBTS_METHODFUNC( __HBTS_CLASSNAME, <mth> )(), { 0 [, __HBTS_ATTR( <a> )] } )

#xcommand MESSAGE <!m!> [ ( [<p,...>] ) ] [ AS <type> ] EXTERN <!fn!> [ ( [<q,...>] ) ] ;
      [ <a: EXPORTED, VISIBLE, PROTECTED, HIDDEN, CONSTRUCTOR, PERSISTENT, PROPERTY, SYNC> ] => ;
   __hbtsClsMethod( __hbtsDecl, <(m)>, @<fn>(), { 0 [, __HBTS_ATTR( <a> )] } )

#xcommand MESSAGE <!m!> [ ( [<p,...>] ) ] [ AS <type> ] BLOCK <block> ;
      [ <a: EXPORTED, VISIBLE, PROTECTED, HIDDEN, CONSTRUCTOR, PERSISTENT, PROPERTY, SYNC> ] => ;
   __hbtsClsInline( __hbtsDecl, <(m)>, <block>, { 0 [, __HBTS_ATTR( <a> )] } )

#xcommand MESSAGE <!m!> [ ( [<p,...>] ) ] [ AS <type> ] [ LOCAL <l,...> ] INLINE <code,...> ;
      [ <a: EXPORTED, VISIBLE, PROTECTED, HIDDEN, CONSTRUCTOR, PERSISTENT, PROPERTY, SYNC> ] => ;
   __hbtsClsInline( __hbtsDecl, <(m)>, {| Self [, <p>] [, <l>] | <code> }, { 0 [, __HBTS_ATTR( <a> )] } )

#xcommand MESSAGE <!m!> [ ( [<p,...>] ) ] [ AS <type> ] <k: VIRTUAL, DEFERRED> => ;
   __hbtsClsVirtual( __hbtsDecl, <(m)> )

/* IS: another message of Self; TO: the same message of an object held in a variable;
   IN: the same message of a parent; IS ... TO / IS ... IN: another message of either */
#xcommand MESSAGE <!m!> [ ( [<p,...>] ) ] [ AS <type> ] IS <!alt!> [ ( [<q,...>] ) ] ;
      [ <a: EXPORTED, VISIBLE, PROTECTED, HIDDEN, CONSTRUCTOR, PERSISTENT, PROPERTY, SYNC> ] => ;
   __hbtsClsInline( __hbtsDecl, <(m)>, {| Self [, <p>] | Self:<alt>[( <q> )] }, { 0 [, __HBTS_ATTR( <a> )] } )
#xcommand MESSAGE <!m!> [ ( [<p,...>] ) ] [ AS <type> ] TO <!obj!> ;
      [ <a: EXPORTED, VISIBLE, PROTECTED, HIDDEN, PERSISTENT, PROPERTY, SYNC> ] => ;
   __hbtsClsInline( __hbtsDecl, <(m)>, {| Self [, <p>] | Self:<obj>:<m>( [<p>] ) }, { 0 [, __HBTS_ATTR( <a> )] } )
#xcommand MESSAGE <!m!> [ ( [<p,...>] ) ] [ AS <type> ] IN <!parent!> ;
      [ <a: EXPORTED, VISIBLE, PROTECTED, HIDDEN, PERSISTENT, PROPERTY, SYNC> ] => ;
   __hbtsClsInline( __hbtsDecl, <(m)>, {| Self [, <p>] | Self:<parent>:<m>( [<p>] ) }, { 0 [, __HBTS_ATTR( <a> )] } )
#xcommand MESSAGE <!m!> [ ( [<p,...>] ) ] [ AS <type> ] IS <!alt!> [ ( [<q,...>] ) ] TO <!obj!> ;
      [ <a: EXPORTED, VISIBLE, PROTECTED, HIDDEN, PERSISTENT, PROPERTY, SYNC> ] => ;
   __hbtsClsInline( __hbtsDecl, <(m)>, {| Self [, <p>] | Self:<obj>:<alt>( [<p>] ) }, { 0 [, __HBTS_ATTR( <a> )] } )
#xcommand MESSAGE <!m!> [ ( [<p,...>] ) ] [ AS <type> ] IS <!alt!> [ ( [<q,...>] ) ] IN <!parent!> ;
      [ <a: EXPORTED, VISIBLE, PROTECTED, HIDDEN, PERSISTENT, PROPERTY, SYNC> ] => ;
   __hbtsClsInline( __hbtsDecl, <(m)>, {| Self [, <p>] | Self:<parent>:<alt>( [<p>] ) }, { 0 [, __HBTS_ATTR( <a> )] } )

#xcommand DELEGATE <!m!> [ ( [<p,...>] ) ] [ AS <type> ] TO <!obj!> ;
      [ <a: EXPORTED, VISIBLE, PROTECTED, HIDDEN, PERSISTENT, PROPERTY, SYNC> ] => ;
   __hbtsClsInline( __hbtsDecl, <(m)>, {| Self [, <p>] | Self:<obj>:<m>( [<p>] ) }, { 0 [, __HBTS_ATTR( <a> )] } )


/* ----------------------------------------------------------------------
 * Implementations of methods (after ENDCLASS)
 * ---------------------------------------------------------------------- */

#xcommand METHOD <!m!> [ ( [<p,...>] ) ] CLASS <!cls!> => ;
   __HBTS_METHODHEAD FUNCTION <cls> <m> ( [<p>] )
#xcommand METHOD <kind: FUNCTION, PROCEDURE> <!m!> [ ( [<p,...>] ) ] => ;
   __HBTS_METHODHEAD <kind> __HBTS_CLASSNAME <m> ( [<p>] )
#xcommand METHOD <kind: FUNCTION, PROCEDURE> <!m!> [ ( [<p,...>] ) ] CLASS <!cls!> => ;
   __HBTS_METHODHEAD <kind> <cls> <m> ( [<p>] )
#xcommand METHOD <!cls!>:<!m!> [ ( [<p,...>] ) ] => ;
   __HBTS_METHODHEAD FUNCTION <cls> <m> ( [<p>] )
#xcommand METHOD <kind: FUNCTION, PROCEDURE> <!cls!>:<!m!> [ ( [<p,...>] ) ] => ;
   __HBTS_METHODHEAD <kind> <cls> <m> ( [<p>] )
#xcommand PROCEDURE <!m!> [ ( [<p,...>] ) ] CLASS <!cls!> => ;
   __HBTS_METHODHEAD PROCEDURE <cls> <m> ( [<p>] )
#xcommand ACCESS <!m!> [ ( [<p,...>] ) ] CLASS <!cls!> => ;
   __HBTS_METHODHEAD FUNCTION <cls> <m> ( [<p>] )
#xcommand ASSIGN <!m!> [ ( [<p,...>] ) ] CLASS <!cls!> => ;
   __HBTS_METHODHEAD FUNCTION <cls> _<m> ( [<p>] )
#xcommand DESTRUCTOR <!m!> [ () ] CLASS <!cls!> => ;
   __HBTS_METHODHEAD PROCEDURE <cls> <m> ( )


/* ----------------------------------------------------------------------
 * Inside methods
 * ---------------------------------------------------------------------- */

/* @:Msg() sends Msg as the class of the running method answers it */
#xtranslate @:<!msg!>( [<args,...>] ) => ::realclass:<msg>( [<args>] )

/* :Super( Parent ): is :Parent:, the object seen as its parent */
#xtranslate :Super( <!parent!> ): => :<parent>:

/* Class(y): ::Class:Msg is ::Msg */
#xtranslate :CLASS  =>
#xtranslate :CLASS: => :

/* plain values of a type answer messages as objects of a class (that has no instance variables) */
#xcommand ASSOCIATE CLASS <!fn!> WITH TYPE ;
      <type: ARRAY, BLOCK, CHARACTER, DATE, HASH, LOGICAL, NIL, NUMERIC, SYMBOL, TIMESTAMP, POINTER> => ;
   __clsAssocType( __clsInstSuper( @<fn>() ), #<type> )

#ifdef HB_VO_CONSTRUCTOR
   #xtranslate (  <!name!>{ [<args,...>] } => (  <name>():New( <args> )
   #xtranslate ,  <!name!>{ [<args,...>] } => ,  <name>():New( <args> )
   #xtranslate =  <!name!>{ [<args,...>] } => =  <name>():New( <args> )
   #xtranslate := <!name!>{ [<args,...>] } => := <name>():New( <args> )
#endif

#endif
