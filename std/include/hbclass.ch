/*
 * hbclass.ch - class declaration commands (CLASS ... ENDCLASS, VAR, DATA,
 * METHOD, MESSAGE ...) for the Harbour, Class(y), FiveWin, Visual Objects
 * and Xbase++ styles.
 *
 * A class function builds its class once through HBClass() and then
 * returns a new instance. Order matters: later rules are tried first.
 *
 * Switches a program may define before including this file:
 *   HB_CLS_NOTOBJECT       classes do not inherit from HBObject by default
 *   HB_CLS_NOAUTOINIT      typed instance variables start as NIL
 *   HB_CLS_NO_DECORATION   method functions are not named <class>_<method>
 *   HB_CLS_NO_PARAMS_ERR   no check of method parameters against the declaration
 *   HB_CLS_NO_OO_ERR       no errors or warnings about undeclared methods
 *   HB_CLS_NO_DECLARATIONS no type declarations for the compiler
 */

#ifndef HB_CLASS_CH_
#define HB_CLASS_CH_

#include "hboo.ch"

/* all syntax styles unless the program chose some */
#ifndef HB_CLS_FWO
#ifndef HB_CLS_CSY
#ifndef HB_CLS_VO
#ifndef HB_CLS_TOP
#define HB_CLS_FWO
#define HB_CLS_CSY
#define HB_CLS_VO
#define HB_CLS_TOP
#define HB_CLS_XPP
#endif
#endif
#endif
#endif

/* a strict Clipper preprocessor cannot join words, needed for decoration */
#ifdef HB_CLP_STRICT
   #ifndef HB_CLS_NO_DECORATION
      #define HB_CLS_NO_DECORATION
   #endif
   #ifndef HB_CLS_PARAM_LIST
      #define HB_CLS_PARAM_LIST
   #endif
#endif

/* parameter checks only at warning level 3 */
#if __pragma( WARNINGLEVEL ) < 3
   #ifndef HB_CLS_NO_PARAMS_ERR
      #define HB_CLS_NO_PARAMS_ERR
   #endif
#endif

/* name of the function implementing a method */
#ifdef HB_CLS_NO_DECORATION
   #xtranslate __HB_CLS_MTHNAME <!cls!> <mth> => <mth>
#else
   #xtranslate __HB_CLS_MTHNAME <!cls!> <mth> => <cls>_<mth>
#endif

/* method functions are module functions; they are public until @Name()
   of a STATIC function refers to the module's own function */
#define __HB_CLS_MTHSCOPE

/* parameters of the class function, passed on to InitClass() */
#ifndef HB_CLS_PARAM_LIST
   #define HB_CLS_PARAM_LIST ...
#endif

#ifdef HB_CLS_NO_DECLARATIONS
   #xcommand _HB_CLASS  <name>        =>
   #xcommand _HB_CLASS  <name> <name> =>
   #xcommand _HB_MEMBER <name>        =>
   #xcommand DECLARE    <*decl*>      =>
   #xtranslate AS <!type!>            =>
   #xtranslate AS CLASS <!name!>      =>
#endif

/* parent classes; HBObject when none is given */
#ifdef HB_CLS_NOTOBJECT
   #xtranslate __HB_CLS_PAR([<supers,...>])  => { <supers> }
#else
   #xtranslate __HB_CLS_PAR([<supers,...>])  => iif( <.supers.>, { <supers> }, { @HBObject() } )
#endif

/* whether typed instance variables get an empty value of their type */
#ifdef HB_CLS_NOAUTOINIT
   #define __HB_CLS_NOINI .T.
#else
   #define __HB_CLS_NOINI .F.
#endif

#ifdef HB_CLS_NO_PARAMS_ERR
   #xtranslate __HB_CLS_PARAMS(<mth>)     => __HB_CLS_ASID(<mth>)
#else
   #xtranslate __HB_CLS_PARAMS(<mth>)     => <mth>
#endif

#ifdef HB_CLS_NO_OO_ERR
   #xtranslate __HB_CLS_ERR([<text,...>]) =>
   #xtranslate __HB_CLS_WARN([<text,...>]) =>
#else
   #xtranslate __HB_CLS_ERR([<text,...>]) => ;#error [ <text>] ; #line
   #xtranslate __HB_CLS_WARN([<text,...>]) => ;#warning [ <text>] ; #line
#endif

/* @:msg() sends to the class the current method belongs to */
#translate @:<!msg!>([<args,...>]) => ;
                                ::realclass:<msg>([ <args>])

/* :Super( Parent ): casts to a parent class */
#xtranslate :Super( <!parent!> ): => :<parent>:


/* helpers taking apart "name" or "name( params )" */
#xtranslate __HB_CLS_OPT(<a>,<b>) =>  <a>
#xtranslate __HB_CLS_OPT(<a>)     =>  <a>

#xtranslate __HB_CLS_ASSTRING( <fn> )                 => <(fn)>
#xtranslate __HB_CLS_ASSTRING( <fn>([<params,...>]) ) => <(fn)>
#xtranslate __HB_CLS_ASFUNC( <fn> )                   => <fn>()
#xtranslate __HB_CLS_ASFUNC( <fn>([<params,...>]) )   => <fn>([ <params>])
#xtranslate __HB_CLS_ASID( <fn> )                     => <fn>
#xtranslate __HB_CLS_ASID( <fn>([<params,...>]) )     => <fn>
#xtranslate __HB_CLS_ASARGS( <fn> )                   =>
#xtranslate __HB_CLS_ASARGS( <fn>([<args,...>]) )     => [ <args>]
#xtranslate __HB_CLS_ASARGSOPT( <fn> )                =>
#xtranslate __HB_CLS_ASARGSOPT( <fn>([<args,...>]) )  => [, <args>]

/* scope from the EXPORTED / PROTECTED / HIDDEN flags; default: the current section */
#xtranslate __HB_CLS_SCOPE( <flags,...> )     => ) __HB_CLS_ERR( Can not use multiple scope qualifiers! )
#xtranslate __HB_CLS_SCOPE( .T., .F., .F. )   => HB_OO_CLSTP_EXPORTED
#xtranslate __HB_CLS_SCOPE( .F., .T., .F. )   => HB_OO_CLSTP_PROTECTED
#xtranslate __HB_CLS_SCOPE( .F., .F., .T. )   => HB_OO_CLSTP_HIDDEN
#xtranslate __HB_CLS_SCOPE( .F., .F., .F. )   => nScope


/* ------------------------------------------------------------------
 * CLASS ... ENDCLASS
 * ------------------------------------------------------------------ */

#xcommand CLASS <!cls!> [METACLASS <!meta!>] ;
             [ <from: FROM, INHERIT> <!super1!> [,<!superN!>] ] ;
             [ <friendly: MODULE FRIENDLY> ] ;
             [ <static: STATIC> ] [ FUNCTION <fn> ] => ;
   _HB_CLASS <cls> <fn> ;;
   <static> function __HB_CLS_OPT( [<fn>,] <cls> ) ( HB_CLS_PARAM_LIST ) ;;
      STATIC s_oClass ;;
      LOCAL nScope, oClass, oInstance ;;
      IF s_oClass == NIL .AND. __clsLockDef( @s_oClass ) ;;
         BEGIN SEQUENCE ;;
            nScope := HB_OO_CLSTP_EXPORTED ; HB_SYMBOL_UNUSED( nScope ) ;;
            oClass  := iif( <.meta.>, <(meta)>, HBClass():new( <(cls)>, __HB_CLS_PAR( [ @<super1>() ] [ , @<superN>() ] ), @__HB_CLS_OPT([__HB_CLS_ASID(<fn>),] <cls>)() [, <.friendly.> ] ) ) ;;;
   #undef  _CLASS_NAME_ ; #define _CLASS_NAME_ <cls> ;;
   #undef  _CLASS_MODE_ ; #define _CLASS_MODE_ _CLASS_DECLARATION_

#xcommand ENDCLASS [<lock: LOCK, LOCKED>] => ;
            oClass:Create() ; [<-lock-> __clsLock( oClass:hClass ) ] ;;
         ALWAYS ;;
            __clsUnlockDef( @s_oClass, oClass ) ;;
         END SEQUENCE ;;
         oInstance := oClass:Instance() ;;
         IF __objHasMsg( oInstance, "InitClass" ) ;;
            oInstance:InitClass( HB_CLS_PARAM_LIST ) ;;
         END ;;
         RETURN oInstance ;;
      END ;;
      RETURN s_oClass:Instance() AS CLASS _CLASS_NAME_ ;;
   #undef  _CLASS_MODE_ ; #define _CLASS_MODE_ _CLASS_IMPLEMENTATION_


/* ------------------------------------------------------------------
 * Methods: declaration inside the class, implementation after it
 * ------------------------------------------------------------------ */

#xcommand DECLARED METHOD <kind: FUNCTION, PROCEDURE> <mth> CLASS <!cls!> => ;
      __HB_CLS_MTHSCOPE <kind> __HB_CLS_MTHNAME <cls> <mth> ;;
      local Self AS CLASS <cls> := QSelf() AS CLASS <cls>

/* a declared method gets a rule that accepts exactly its implementation */
#xcommand __HB_CLS_DECLARE_METHOD <mth> <!cls!> => ;
   #xcommand METHOD \<kind: FUNCTION, PROCEDURE> <mth> CLASS <cls> _CLASS_IMPLEMENTATION_ => ;
         DECLARED METHOD \<kind> <mth> CLASS <cls>

#xcommand __HB_CLS_DECLARE_METHOD <!mth!> <!cls!> => ;
   #xcommand METHOD \<kind: FUNCTION, PROCEDURE> <mth> CLASS <cls> _CLASS_IMPLEMENTATION_ => ;
         DECLARED METHOD \<kind> <mth> CLASS <cls> ;;
   #xcommand METHOD \<kind: FUNCTION, PROCEDURE> <mth>(\[ \<params,...>] ) CLASS <cls> _CLASS_IMPLEMENTATION_ => ;
         DECLARED METHOD \<kind> <mth>(\[ \<params>] ) CLASS <cls>

#xcommand METHOD <kind: FUNCTION, PROCEDURE> <mth> CLASS <!cls!> _CLASS_IMPLEMENTATION_ => ;
   __HB_CLS_WARN( Method \<<mth>> not declared or declaration mismatch in class \<<cls>> ) ;;
   DECLARED METHOD <kind> <mth> CLASS <cls>

#xcommand METHOD <mth> [ <ctor: CONSTRUCTOR> ] [ AS <type> ] [ <exp: EXPORTED, VISIBLE>] [<prot: PROTECTED>] [<hid: HIDDEN>] [<pers: PERSISTENT, PROPERTY>] [<sync: SYNC>] [_CLASS_DECLARATION_] => ;
   _HB_MEMBER __HB_CLS_ASFUNC(<mth>) [<-ctor-> AS CLASS _CLASS_NAME_] [ AS <type> ];;
   __HB_CLS_DECLARE_METHOD __HB_CLS_PARAMS(<mth>) _CLASS_NAME_ ;;
   oClass:AddMethod( __HB_CLS_ASSTRING(<mth>), @__HB_CLS_ASID( __HB_CLS_MTHNAME _CLASS_NAME_ <mth> )(), __HB_CLS_SCOPE( <.exp.>, <.prot.>, <.hid.> ) + iif( <.ctor.>, HB_OO_CLSTP_CTOR, 0 ) + iif( <.pers.>, HB_OO_CLSTP_PERSIST, 0 ) + iif( <.sync.>, HB_OO_CLSTP_SYNC, 0 ) )

#xcommand ACCESS <name> [ AS <type> ] [ <exp: EXPORTED, VISIBLE>] [<prot: PROTECTED>] [<hid: HIDDEN>] [<pers: PERSISTENT, PROPERTY>] [<sync: SYNC>] [_CLASS_DECLARATION_] => ;
   METHOD <name> [ AS <type> ] <exp> <prot> <hid> <pers> <sync> _CLASS_DECLARATION_

#xcommand ASSIGN <name> [ AS <type> ] [ <exp: EXPORTED, VISIBLE>] [<prot: PROTECTED>] [<hid: HIDDEN>] [<pers: PERSISTENT, PROPERTY>] [<sync: SYNC>] [_CLASS_DECLARATION_] => ;
   METHOD _<name> [ AS <type> ] <exp> <prot> <hid> <pers> <sync> _CLASS_DECLARATION_

#xcommand METHOD <kind: FUNCTION, PROCEDURE> <mth> [CLASS <!cls!>] => ;
   METHOD <kind> <mth> CLASS __HB_CLS_OPT([<cls>,] _CLASS_NAME_) _CLASS_MODE_
#xcommand METHOD <mth> CLASS <!cls!> => METHOD FUNCTION  <mth> CLASS <cls> _CLASS_MODE_
#xcommand ACCESS <name> CLASS <!cls!> => METHOD FUNCTION  <name> CLASS <cls> _CLASS_MODE_
#xcommand ASSIGN <name> CLASS <!cls!> => METHOD FUNCTION _<name> CLASS <cls> _CLASS_MODE_

#xcommand METHOD <mth> _CLASS_IMPLEMENTATION_ => ;
   METHOD FUNCTION <mth> CLASS _CLASS_NAME_
#xcommand METHOD <mth> => METHOD <mth> _CLASS_MODE_

/* older spelling of METHOD PROCEDURE */
#xcommand PROCEDURE <mth> CLASS <!cls!> => METHOD PROCEDURE <mth> CLASS <cls> _CLASS_MODE_


/* constructor, destructor and error handler */
#xcommand CONSTRUCTOR <name>        => METHOD <name> CONSTRUCTOR
#xcommand DESTRUCTOR <!mth!>[<par: ()>] [_CLASS_DECLARATION_] => ;
   _HB_MEMBER __HB_CLS_ASFUNC(<mth>)<-par->;;
   __HB_CLS_DECLARE_METHOD __HB_CLS_PARAMS(<mth>) _CLASS_NAME_ ;;
   oClass:SetDestructor( @__HB_CLS_ASID( __HB_CLS_MTHNAME _CLASS_NAME_ <mth> )() )
#xcommand DESTRUCTOR FUNCTION <!fn!>[<par: ()>] => ;
   oClass:SetDestructor( @<fn>() )<-par->
#xcommand DESTRUCTOR <!mth!>[<par: ()>] [CLASS <!cls!>] _CLASS_IMPLEMENTATION_ => ;
   METHOD PROCEDURE <mth>[<par>] [CLASS <cls>] _CLASS_IMPLEMENTATION_
#xcommand DESTRUCTOR <mth> [CLASS <!cls!>] => ;
   DESTRUCTOR <mth> [CLASS <cls>] _CLASS_MODE_

#xcommand ON ERROR <mth>     => ERROR HANDLER <mth>
#xcommand ERROR HANDLER <mth> => ;
   _HB_MEMBER __HB_CLS_ASFUNC(<mth>);;
   __HB_CLS_DECLARE_METHOD __HB_CLS_PARAMS(<mth>) _CLASS_NAME_ ;;
   oClass:SetOnError( @__HB_CLS_ASID( __HB_CLS_MTHNAME _CLASS_NAME_ <mth> )() )
#xcommand ON ERROR FUNCTION <fn> => ;
   oClass:SetOnError( @__HB_CLS_ASID( <fn> )() )

/* friends may use protected and hidden members */
#xcommand FRIEND CLASS <cls1> [, <clsN> ] => ;
   oClass:AddFriendClass( @__HB_CLS_ASID(<cls1>)() [, @__HB_CLS_ASID(<clsN>)() ] )

#xcommand FRIEND FUNCTION <fn1> [, <fnN> ] => ;
   oClass:AddFriendFunc( @__HB_CLS_ASID(<fn1>)() [, @__HB_CLS_ASID(<fnN>)() ] )

/* operator overloading */
#xcommand OPERATOR <op> [<arg: ARG, ARGS> <args,...>] [LOCAL <locals,...>] INLINE <code,...> [ <exp: EXPORTED, VISIBLE>] [<prot: PROTECTED>] [<hid: HIDDEN>] [<sync: SYNC>] => ;
   oClass:AddInline( <(op)>, {|Self [,<args>] [,<locals>]| HB_SYMBOL_UNUSED(Self), <code>}, __HB_CLS_SCOPE( <.exp.>, <.prot.>, <.hid.> ) + iif( <.sync.>, HB_OO_CLSTP_SYNC, 0 ) )

#xcommand METHOD <mth> [ AS <type> ] OPERATOR <op> [ <exp: EXPORTED, VISIBLE>] [<prot: PROTECTED>] [<hid: HIDDEN>] [<sync: SYNC>] => ;
   _HB_MEMBER __HB_CLS_ASFUNC(<mth>) [ AS <type> ];;
   __HB_CLS_DECLARE_METHOD __HB_CLS_PARAMS(<mth>) _CLASS_NAME_ ;;
   oClass:AddMethod( <(op)>, @__HB_CLS_ASID( __HB_CLS_MTHNAME _CLASS_NAME_ <mth> )(), __HB_CLS_SCOPE( <.exp.>, <.prot.>, <.hid.> ) + iif( <.sync.>, HB_OO_CLSTP_SYNC, 0 ) )

#xcommand OPERATOR <op> FUNCTION <fn> [ <exp: EXPORTED, VISIBLE>] [<prot: PROTECTED>] [<hid: HIDDEN>] [<sync: SYNC>] => ;
   oClass:AddMethod( <(op)>, @__HB_CLS_ASID( <fn> )(), __HB_CLS_SCOPE( <.exp.>, <.prot.>, <.hid.> ) + iif( <.sync.>, HB_OO_CLSTP_SYNC, 0 ) )

/* one method answering both the access and the assign message */
#xcommand METHOD <mth> [ AS <type> ] SETGET [ <exp: EXPORTED, VISIBLE>] [<prot: PROTECTED>] [<hid: HIDDEN>] [<ro: READONLY, RO>] [<pers: PERSISTENT, PROPERTY>] [<sync: SYNC>] => ;
   _HB_MEMBER __HB_CLS_ASFUNC(<mth>) [ AS <type> ];;
   _HB_MEMBER __HB_CLS_ASFUNC(_<mth>) [ AS <type> ];;
   __HB_CLS_DECLARE_METHOD __HB_CLS_PARAMS(<mth>) _CLASS_NAME_ ;;
   oClass:AddMethod( __HB_CLS_ASSTRING(<mth>), @__HB_CLS_ASID( __HB_CLS_MTHNAME _CLASS_NAME_ <mth> )(), __HB_CLS_SCOPE( <.exp.>, <.prot.>, <.hid.> ) + iif( <.pers.>, HB_OO_CLSTP_PERSIST, 0 ) + iif( <.sync.>, HB_OO_CLSTP_SYNC, 0 ) ) ;;
   oClass:AddMethod( __HB_CLS_ASSTRING(_<mth>), @__HB_CLS_ASID( __HB_CLS_MTHNAME _CLASS_NAME_ <mth> )(), __HB_CLS_SCOPE( <.exp.>, <.prot.>, <.hid.> ) + iif( <.ro.>, HB_OO_CLSTP_READONLY, 0 ) + iif( <.pers.>, HB_OO_CLSTP_PERSIST, 0 ) + iif( <.sync.>, HB_OO_CLSTP_SYNC, 0 ) )


/* ------------------------------------------------------------------
 * Messages
 * ------------------------------------------------------------------ */

#xcommand MESSAGE <msg> [ AS <type> ] VIRTUAL => ;
   _HB_MEMBER __HB_CLS_ASFUNC(<msg>) ;;
   oClass:AddVirtual( __HB_CLS_ASSTRING(<msg>) )

#xcommand MESSAGE <msg> [ AS <type> ] DEFERRED => ;
   MESSAGE <msg> [ AS <type> ] VIRTUAL

#xcommand MESSAGE <msg> [ AS <type> ] IS DEFERRED => ;
   MESSAGE <msg> [ AS <type> ] VIRTUAL

#xcommand MESSAGE <msg> [ AS <type> ] METHOD <mth> [<ctor: CONSTRUCTOR>] [<exp: EXPORTED, VISIBLE>] [<prot: PROTECTED>] [<hid: HIDDEN>] [<pers: PERSISTENT, PROPERTY>] [<sync: SYNC>] => ;
   _HB_MEMBER __HB_CLS_ASFUNC(<msg>) [<-ctor-> AS CLASS _CLASS_NAME_] [ AS <type> ];;
   __HB_CLS_DECLARE_METHOD __HB_CLS_PARAMS(<mth>) _CLASS_NAME_ ;;
   oClass:AddMethod( __HB_CLS_ASSTRING(<msg>), @__HB_CLS_ASID( __HB_CLS_MTHNAME _CLASS_NAME_ <mth> )(), __HB_CLS_SCOPE( <.exp.>, <.prot.>, <.hid.> ) + iif( <.ctor.>, HB_OO_CLSTP_CTOR, 0 ) + iif( <.pers.>, HB_OO_CLSTP_PERSIST, 0 ) + iif( <.sync.>, HB_OO_CLSTP_SYNC, 0 ) )

#xcommand MESSAGE <msg> [ AS <type> ] EXTERN <fn> [<ctor: CONSTRUCTOR>] [<exp: EXPORTED, VISIBLE>] [<prot: PROTECTED>] [<hid: HIDDEN>] [<pers: PERSISTENT, PROPERTY>] [<sync: SYNC>] => ;
   _HB_MEMBER __HB_CLS_ASFUNC(<msg>) [<-ctor-> AS CLASS _CLASS_NAME_] [ AS <type> ];;
   oClass:AddMethod( __HB_CLS_ASSTRING(<msg>), @__HB_CLS_ASID( <fn> )(), __HB_CLS_SCOPE( <.exp.>, <.prot.>, <.hid.> ) + iif( <.ctor.>, HB_OO_CLSTP_CTOR, 0 ) + iif( <.pers.>, HB_OO_CLSTP_PERSIST, 0 ) + iif( <.sync.>, HB_OO_CLSTP_SYNC, 0 ) )

#xcommand MESSAGE <msg> [ AS <type> ] BLOCK <block> [<ctor: CONSTRUCTOR>] [<exp: EXPORTED, VISIBLE>] [<prot: PROTECTED>] [<hid: HIDDEN>] [<pers: PERSISTENT, PROPERTY>] [<sync: SYNC>] => ;
   _HB_MEMBER __HB_CLS_ASFUNC(<msg>) [<-ctor-> AS CLASS _CLASS_NAME_] [ AS <type> ];;
   oClass:AddInline( __HB_CLS_ASSTRING(<msg>), <block>, __HB_CLS_SCOPE( <.exp.>, <.prot.>, <.hid.> ) + iif( <.ctor.>, HB_OO_CLSTP_CTOR, 0 ) + iif( <.pers.>, HB_OO_CLSTP_PERSIST, 0 ) + iif( <.sync.>, HB_OO_CLSTP_SYNC, 0 ) )

#xcommand MESSAGE <msg> [ AS <type> ] [LOCAL <locals,...>] INLINE <code,...> [<ctor: CONSTRUCTOR>] [<exp: EXPORTED, VISIBLE>] [<prot: PROTECTED>] [<hid: HIDDEN>] [<pers: PERSISTENT, PROPERTY>] [<sync: SYNC>] => ;
   MESSAGE <msg> [ AS <type> ] BLOCK {|Self __HB_CLS_ASARGSOPT(<msg>) [,<locals>]| HB_SYMBOL_UNUSED(Self), <code>} <ctor> <exp> <prot> <hid> <pers> <sync>

#xcommand MESSAGE <msg> [ AS <type> ] <arg: ARG, ARGS> <args,...> [LOCAL <locals,...>] INLINE <code,...> [<ctor: CONSTRUCTOR>] [<exp: EXPORTED, VISIBLE>] [<prot: PROTECTED>] [<hid: HIDDEN>] [<pers: PERSISTENT, PROPERTY>] [<sync: SYNC>] => ;
   MESSAGE __HB_CLS_ASID(<msg>)(<args>) [ AS <type> ] [LOCAL <locals>] INLINE <code> <ctor> <exp> <prot> <hid> <pers> <sync>

#xcommand MESSAGE <msg> [ AS <type> ] IS <alt> [<ctor: CONSTRUCTOR>] [<exp: EXPORTED, VISIBLE>] [<prot: PROTECTED>] [<hid: HIDDEN>] [<pers: PERSISTENT, PROPERTY>] [<sync: SYNC>] => ;
   MESSAGE <msg> [ AS <type> ] INLINE Self:<alt> <ctor> <exp> <prot> <hid> <pers> <sync>

#xcommand MESSAGE <msg> [ AS <type> ] TO <obj> [<exp: EXPORTED, VISIBLE>] [<prot: PROTECTED>] [<hid: HIDDEN>] [<pers: PERSISTENT, PROPERTY>] [<sync: SYNC>] => ;
   MESSAGE <msg> [ AS <type> ] INLINE Self:<obj>:<msg> <exp> <prot> <hid> <pers> <sync>

#xcommand MESSAGE <msg> [ AS <type> ] IN <!parent!> [<exp: EXPORTED, VISIBLE>] [<prot: PROTECTED>] [<hid: HIDDEN>] [<pers: PERSISTENT, PROPERTY>] [<sync: SYNC>] => ;
   MESSAGE <msg> [ AS <type> ] INLINE Self:<parent>:<msg> <exp> <prot> <hid> <pers> <sync>

#xcommand MESSAGE <msg> [ AS <type> ] IS <alt> TO <obj> [<exp: EXPORTED, VISIBLE>] [<prot: PROTECTED>] [<hid: HIDDEN>] [<pers: PERSISTENT, PROPERTY>] [<sync: SYNC>] => ;
   MESSAGE <msg> [ AS <type> ] INLINE Self:<obj>:__HB_CLS_ASID(<alt>)(__HB_CLS_ASARGS(<msg>)) <exp> <prot> <hid> <pers> <sync>

#xcommand MESSAGE <msg> [ AS <type> ] IS <supmth> IN <!parent!> [<exp: EXPORTED, VISIBLE>] [<prot: PROTECTED>] [<hid: HIDDEN>] [<pers: PERSISTENT, PROPERTY>] [<sync: SYNC>] => ;
   MESSAGE <msg> [ AS <type> ] INLINE Self:<parent>:__HB_CLS_ASID(<supmth>)(__HB_CLS_ASARGS(<msg>)) <exp> <prot> <hid> <pers> <sync>

#xcommand DELEGATE <msg> [ AS <type> ] TO <obj> [<exp: EXPORTED, VISIBLE>] [<prot: PROTECTED>] [<hid: HIDDEN>] [<pers: PERSISTENT, PROPERTY>] [<sync: SYNC>] =>;
   MESSAGE <msg> [ AS <type> ] TO <obj> <exp> <prot> <hid> <pers> <sync>

#xcommand ACCESS <msg> [ AS <type> ] [LOCAL <locals,...>] INLINE <code,...> [<exp: EXPORTED, VISIBLE>] [<prot: PROTECTED>] [<hid: HIDDEN>] [<pers: PERSISTENT, PROPERTY>] [<sync: SYNC>] => ;
   MESSAGE <msg> [ AS <type> ] [LOCAL <locals>] INLINE <code> <exp> <prot> <hid> <pers> <sync>

#xcommand ASSIGN <msg> [ AS <type> ] [LOCAL <locals,...>] INLINE <code,...> [<exp: EXPORTED, VISIBLE>] [<prot: PROTECTED>] [<hid: HIDDEN>] [<pers: PERSISTENT, PROPERTY>] [<sync: SYNC>] => ;
   MESSAGE _<msg> [ AS <type> ] [LOCAL <locals>] INLINE <code> <exp> <prot> <hid> <pers> <sync>

#xcommand ACCESS <msg> [ AS <type> ] <how: METHOD, IS> <mth> [<exp: EXPORTED, VISIBLE>] [<prot: PROTECTED>] [<hid: HIDDEN>] [<pers: PERSISTENT, PROPERTY>] [<sync: SYNC>] => ;
   MESSAGE <msg> [ AS <type> ] <how> <mth> <exp> <prot> <hid> <pers> <sync>

#xcommand ASSIGN <msg> [ AS <type> ] <how: METHOD, IS> <mth> [<exp: EXPORTED, VISIBLE>] [<prot: PROTECTED>] [<hid: HIDDEN>] [<pers: PERSISTENT, PROPERTY>] [<sync: SYNC>] => ;
   MESSAGE _<msg> [ AS <type> ] <how> <mth> <exp> <prot> <hid> <pers> <sync>

/* older forms: METHOD where MESSAGE is meant, one LOCAL in INLINE blocks */
#xcommand METHOD <msg> [ AS <type> ] VIRTUAL => ;
   MESSAGE <msg> [ AS <type> ] VIRTUAL
#xcommand METHOD <msg> [ AS <type> ] DEFERRED => ;
   MESSAGE <msg> [ AS <type> ] VIRTUAL
#xcommand METHOD <msg> [ AS <type> ] EXTERN <fn> [<ctor: CONSTRUCTOR>] [<exp: EXPORTED, VISIBLE>] [<prot: PROTECTED>] [<hid: HIDDEN>] [<pers: PERSISTENT, PROPERTY>] [<sync: SYNC>] => ;
   MESSAGE <msg> [ AS <type> ] EXTERN <fn> <ctor> <exp> <prot> <hid> <pers> <sync>
#xcommand METHOD <msg> [ AS <type> ] INLINE <code,...> [LOCAL <locals,...>] [<ctor: CONSTRUCTOR>] [<exp: EXPORTED, VISIBLE>] [<prot: PROTECTED>] [<hid: HIDDEN>] [<pers: PERSISTENT, PROPERTY>] [<sync: SYNC>] => ;
   MESSAGE <msg> [ AS <type> ] [LOCAL <locals>] INLINE <code> <ctor> <exp> <prot> <hid> <pers> <sync>
#xcommand METHOD <msg> [ AS <type> ] BLOCK <block> [<ctor: CONSTRUCTOR>] [<exp: EXPORTED, VISIBLE>] [<prot: PROTECTED>] [<hid: HIDDEN>] [<pers: PERSISTENT, PROPERTY>] [<sync: SYNC>] => ;
   MESSAGE <msg> [ AS <type> ] BLOCK <block> <ctor> <exp> <prot> <hid> <pers> <sync>
#xcommand METHOD <msg> [ AS <type> ] INLINE [LOCAL <local>] <code,...> [<exp: EXPORTED, VISIBLE>] [<prot: PROTECTED>] [<hid: HIDDEN>] [<pers: PERSISTENT, PROPERTY>] [<sync: SYNC>] => ;
   MESSAGE <msg> [ AS <type> ] [LOCAL <local>] INLINE <code> <exp> <prot> <hid> <pers> <sync>
#xcommand ACCESS <msg> [ AS <type> ] INLINE LOCAL <local> <code,...> [<exp: EXPORTED, VISIBLE>] [<prot: PROTECTED>] [<hid: HIDDEN>] [<pers: PERSISTENT, PROPERTY>] [<sync: SYNC>] => ;
   MESSAGE <msg> [ AS <type> ] LOCAL <local> INLINE <code> <exp> <prot> <hid> <pers> <sync>
#xcommand ASSIGN <msg> [ AS <type> ] INLINE LOCAL <local> <code,...> [<exp: EXPORTED, VISIBLE>] [<prot: PROTECTED>] [<hid: HIDDEN>] [<pers: PERSISTENT, PROPERTY>] [<sync: SYNC>] => ;
   MESSAGE _<msg> [ AS <type> ] LOCAL <local> INLINE <code> <exp> <prot> <hid> <pers> <sync>


/* ------------------------------------------------------------------
 * Instance variables in each syntax style
 * ------------------------------------------------------------------ */

#ifdef HB_CLS_CSY

   #xcommand CREATE CLASS <!cls!> [<*rest*>] => CLASS <cls> <rest>
   #xcommand END CLASS [<*rest*>]   => ENDCLASS <rest>
   #xcommand CLASS VAR <*rest*>     => CLASSVAR <rest>
   #xcommand CLASS METHOD <*rest*>  => CLASSMETHOD <rest>

   /* :Class is not a message */
   #xtranslate  :CLASS  =>
   #xtranslate  :CLASS: => :

   #xtranslate _HB_MEMBER {AS Int      => _HB_MEMBER {AS Numeric
   #xtranslate _HB_MEMBER {AS Integer  => _HB_MEMBER {AS Numeric
   #xtranslate _HB_MEMBER {AS Num      => _HB_MEMBER {AS Numeric
   #xtranslate _HB_MEMBER {AS Char     => _HB_MEMBER {AS Character
   #xtranslate _HB_MEMBER {AS Block    => _HB_MEMBER {AS CodeBlock

   /* section labels set the scope of the members that follow */
   #xcommand EXPORTED:   =>    nScope := HB_OO_CLSTP_EXPORTED ; HB_SYMBOL_UNUSED( nScope )
   #xcommand EXPORT:     =>    nScope := HB_OO_CLSTP_EXPORTED ; HB_SYMBOL_UNUSED( nScope )
   #xcommand VISIBLE:    =>    nScope := HB_OO_CLSTP_EXPORTED ; HB_SYMBOL_UNUSED( nScope )
   #xcommand HIDDEN:     =>    nScope := HB_OO_CLSTP_HIDDEN   ; HB_SYMBOL_UNUSED( nScope )
   #xcommand PROTECTED:  =>    nScope := HB_OO_CLSTP_PROTECTED; HB_SYMBOL_UNUSED( nScope )

   #xcommand METHOD <mth> [ AS <type> ] INLINE [Local <local>,] <code,...> [<other>] => ;
             MESSAGE <mth> [ AS <type> ] BLOCK {|Self [,<local>] | HB_SYMBOL_UNUSED(Self), <code>} [ <other>]

   #xcommand METHOD <mth>( [<params,...>] ) [ AS <type> ] INLINE [Local <local>,] <code,...> [<other>] => ;
             MESSAGE <mth> [ AS <type> ] BLOCK {|Self [, <params>] [, <local>] | HB_SYMBOL_UNUSED(Self), <code> } [ <other>]

   #xcommand VAR <!var1!> [, <!varN!>] [ <tp: TYPE, AS> <type> ] [ <as: ASSIGN, INIT> <init> ] [<exp: EXPORTED, VISIBLE>] [<prot: PROTECTED>] [<hid: HIDDEN>] [<ro: READONLY, RO>] [<pers: PERSISTENT, PROPERTY>] [<sync: SYNC>] => ;
      _HB_MEMBER {[ AS <type>] <var1> [, <varN>] } ;;
      oClass:AddMultiData( <(type)>, <init>, __HB_CLS_SCOPE( <.exp.>, <.prot.>, <.hid.> ) + iif( <.ro.>, HB_OO_CLSTP_READONLY, 0 ) + iif( <.pers.>, HB_OO_CLSTP_PERSIST, 0 ) + iif( <.sync.>, HB_OO_CLSTP_SYNC, 0 ), {<(var1)> [, <(varN)>]}, __HB_CLS_NOINI )

   /* a variable that stands for one of a parent or of another object */
   #xcommand VAR <!var!> [ AS <type> ] IN <!parent!> => ;
      _HB_MEMBER {[ AS <type>] <var> } ;;
      oClass:AddInline( <(var)>, {|Self| Self:<parent>:<var> }, HB_OO_CLSTP_EXPORTED + HB_OO_CLSTP_READONLY ) ;;
      oClass:AddInline( "_" + <(var)>, {|Self, param| Self:<parent>:<var> := param }, HB_OO_CLSTP_EXPORTED )

   #xcommand VAR <!var!> [ AS <type> ] IS <!supvar!> IN <!parent!> => ;
      _HB_MEMBER {[ AS <type>] <var> } ;;
      oClass:AddInline( <(var)>, {|Self| Self:<parent>:<supvar> }, HB_OO_CLSTP_EXPORTED + HB_OO_CLSTP_READONLY ) ;;
      oClass:AddInline( "_" + <(var)>, {|Self, param| Self:<parent>:<supvar> := param }, HB_OO_CLSTP_EXPORTED )

   #xcommand VAR <!var1!> [ AS <type> ] IS <!var2!> => ;
      _HB_MEMBER {[ AS <type>] <var1> } ;;
      oClass:AddInline( <(var1)>, {|Self| Self:<var2> }, HB_OO_CLSTP_EXPORTED + HB_OO_CLSTP_READONLY ) ;;
      oClass:AddInline( "_" + <(var1)>, {|Self, param| Self:<var2> := param }, HB_OO_CLSTP_EXPORTED )

   #xcommand VAR <!var1!> [ AS <type> ] IS <!var2!> TO <!obj!> => ;
      _HB_MEMBER {[ AS <type>] <var1> } ;;
      oClass:AddInline( <(var1)>, {|Self| Self:<obj>:<var2> }, HB_OO_CLSTP_EXPORTED + HB_OO_CLSTP_READONLY ) ;;
      oClass:AddInline( "_" + <(var1)>, {|Self, param| Self:<obj>:<var2> := param }, HB_OO_CLSTP_EXPORTED )

#endif

#ifdef HB_CLS_FWO

   #xcommand DATA <!var1!> [, <!varN!>] [ AS <type> ] [ INIT <init> ] [ <exp: EXPORTED, VISIBLE>] [<prot: PROTECTED>] [<hid: HIDDEN>] [<ro: READONLY, RO>] [<pers: PERSISTENT, PROPERTY>] [<sync: SYNC>] => ;
      _HB_MEMBER {[ AS <type>] <var1> [, <varN>] } ;;
      oClass:AddMultiData( <(type)>, <init>, __HB_CLS_SCOPE( <.exp.>, <.prot.>, <.hid.> ) + iif( <.ro.>, HB_OO_CLSTP_READONLY, 0 ) + iif( <.pers.>, HB_OO_CLSTP_PERSIST, 0 ) + iif( <.sync.>, HB_OO_CLSTP_SYNC, 0 ), {<(var1)> [, <(varN)>]}, __HB_CLS_NOINI )

   /* class variables made with CLASSDATA are always shared (SHARED is accepted and ignored) */
   #xcommand CLASSDATA <!var1!> [, <!varN!>] [ AS <type> ] [ INIT <init> ] [<exp: EXPORTED, VISIBLE>] [<prot: PROTECTED>] [<hid: HIDDEN>] [<ro: READONLY, RO>] [<shared: SHARED>] [<pers: PERSISTENT, PROPERTY>] [<sync: SYNC>] => ;
      _HB_MEMBER {[ AS <type>] <var1> [, <varN>] } ;;
      oClass:AddMultiClsData( <(type)>, <init>, __HB_CLS_SCOPE( <.exp.>, <.prot.>, <.hid.> ) + iif( <.ro.>, HB_OO_CLSTP_READONLY, 0 ) + iif( .T., HB_OO_CLSTP_SHARED, 0 ) + iif( <.pers.>, HB_OO_CLSTP_PERSIST, 0 ) + iif( <.sync.>, HB_OO_CLSTP_SYNC, 0 ), {<(var1)> [, <(varN)>]}, __HB_CLS_NOINI )

#endif

#ifdef HB_CLS_VO

#ifdef HB_VO_CONSTRUCTOR
   /* Name{ args } creates an object */
   #xtranslate  ( <!name!>{ [<args,...>] }        =>  ( <name>():New( <args> )
   #xtranslate  , <!name!>{ [<args,...>] }        =>  , <name>():New( <args> )
   #xtranslate  = <!name!>{ [<args,...>] }        =>  = <name>():New( <args> )
   #xtranslate := <!name!>{ [<args,...>] }        => := <name>():New( <args> )
#endif

#xcommand EXPORT <!var1!> [, <!varN!>] [ <tp: TYPE, AS> <type> ] [ <as: ASSIGN, INIT> <init> ] [<ro: READONLY, RO>] [<pers: PERSISTENT, PROPERTY>] => ;
   _HB_MEMBER {[ AS <type>] <var1> [, <varN>] } ;;
   oClass:AddMultiData( <(type)>, <init>, HB_OO_CLSTP_EXPORTED + iif( <.ro.>, HB_OO_CLSTP_READONLY, 0 ) + iif( <.pers.>, HB_OO_CLSTP_PERSIST, 0 ), {<(var1)> [, <(varN)>]}, __HB_CLS_NOINI )

#xcommand PROTECT <!var1!> [, <!varN!>] [ <tp: TYPE, AS> <type> ] [ <as: ASSIGN, INIT> <init> ] [<ro: READONLY, RO>] [<pers: PERSISTENT, PROPERTY>] => ;
   _HB_MEMBER {[ AS <type>] <var1> [, <varN>] } ;;
   oClass:AddMultiData( <(type)>, <init>, HB_OO_CLSTP_PROTECTED + iif( <.ro.>, HB_OO_CLSTP_READONLY, 0 ) + iif( <.pers.>, HB_OO_CLSTP_PERSIST, 0 ), {<(var1)> [, <(varN)>]}, __HB_CLS_NOINI )

#xcommand HIDDEN <!var1!> [, <!varN!>] [ <tp: TYPE, AS> <type> ] [ <as: ASSIGN, INIT> <init> ] [<ro: READONLY, RO>] [<pers: PERSISTENT, PROPERTY>] => ;
   _HB_MEMBER {[ AS <type>] <var1> [, <varN>] } ;;
   oClass:AddMultiData( <(type)>, <init>, HB_OO_CLSTP_HIDDEN + iif( <.ro.>, HB_OO_CLSTP_READONLY, 0 ) + iif( <.pers.>, HB_OO_CLSTP_PERSIST, 0 ), {<(var1)> [, <(varN)>]}, __HB_CLS_NOINI )

#endif

#ifdef HB_CLS_XPP

   #xcommand SYNC METHOD <mth> [<decl,...>] => METHOD <mth> [<decl>] SYNC
   #xcommand SYNC CLASS METHOD <mth> [<decl,...>] => CLASSMETHOD <mth> [<decl>] SYNC

   /* several methods declared in one line */
   #xcommand METHOD <!mth1!>[([<params,...>])], <!mth2!>[([<params,...>])] [, <!mthN!>[([<params,...>])]] => ;
             METHOD <mth1> [ ; METHOD <mth2> ] [ ; METHOD <mthN> ]
   #xcommand SYNC METHOD <!mth1!>[([<params,...>])], <!mth2!>[([<params,...>])] [, <!mthN!>[([<params,...>])]] => ;
             SYNC METHOD <mth1> [ ; SYNC METHOD <mth2> ] [ ; SYNC METHOD <mthN> ]

   /* METHOD Class:Method() implementation header */
   #xcommand METHOD [<kind: FUNCTION, PROCEDURE>] <!cls!>:<!mth!>[([<params,...>])] => ;
             METHOD <kind> <mth>( <params> ) CLASS <cls>

#endif


/* ------------------------------------------------------------------
 * Class methods and class variables
 * ------------------------------------------------------------------ */

#xcommand CLASSMETHOD <mth> [ AS <type> ] [<ctor: CONSTRUCTOR>] [<exp: EXPORTED, VISIBLE>] [<prot: PROTECTED>] [<hid: HIDDEN>] [<shared: SHARED>] [<pers: PERSISTENT, PROPERTY>] [<sync: SYNC>] => ;
   _HB_MEMBER __HB_CLS_ASFUNC(<mth>) [ AS <type> ];;
   __HB_CLS_DECLARE_METHOD __HB_CLS_PARAMS(<mth>) _CLASS_NAME_ ;;
   oClass:AddClsMethod( __HB_CLS_ASSTRING(<mth>), @__HB_CLS_ASID( __HB_CLS_MTHNAME _CLASS_NAME_ <mth> )(), __HB_CLS_SCOPE( <.exp.>, <.prot.>, <.hid.> ) + iif( <.shared.>, HB_OO_CLSTP_SHARED, 0 ) + iif( <.ctor.>, HB_OO_CLSTP_CTOR, 0 ) + iif( <.pers.>, HB_OO_CLSTP_PERSIST, 0 ) + iif( <.sync.>, HB_OO_CLSTP_SYNC, 0 ) )

#xcommand CLASSVAR <!var1!> [, <!varN!>] [ <tp: TYPE, AS> <type> ] [ <as: ASSIGN, INIT> <init> ] [<exp: EXPORTED, VISIBLE>] [<prot: PROTECTED>] [<hid: HIDDEN>] [<ro: READONLY, RO>] [<shared: SHARED>] [<pers: PERSISTENT, PROPERTY>] [<sync: SYNC>] => ;
   _HB_MEMBER {[ AS <type>] <var1> [, <varN>] } ;;
   oClass:AddMultiClsData( <(type)>, <init>, __HB_CLS_SCOPE( <.exp.>, <.prot.>, <.hid.> ) + iif( <.ro.>, HB_OO_CLSTP_READONLY, 0 ) + iif( <.shared.>, HB_OO_CLSTP_SHARED, 0 ) + iif( <.pers.>, HB_OO_CLSTP_PERSIST, 0 ) + iif( <.sync.>, HB_OO_CLSTP_SYNC, 0 ), {<(var1)> [, <(varN)>]}, __HB_CLS_NOINI )


/* ------------------------------------------------------------------
 * Classes for the built-in types (methods called on plain values)
 * ------------------------------------------------------------------ */

#command ASSOCIATE CLASS <fn> WITH TYPE <type: ;
   ARRAY, BLOCK, CHARACTER, DATE, HASH, LOGICAL, NIL, NUMERIC, SYMBOL, TIMESTAMP, POINTER> => ;
      __clsAssocType( __clsInstSuper( @<fn>() ), #<type> )

#command ENABLE TYPE CLASS <type: ;
   ARRAY, BLOCK, CHARACTER, DATE, HASH, LOGICAL, NIL, NUMERIC, SYMBOL, TIMESTAMP, POINTER> ;
   [, <typeN: ;
   ARRAY, BLOCK, CHARACTER, DATE, HASH, LOGICAL, NIL, NUMERIC, SYMBOL, TIMESTAMP, POINTER>] => ;
      REQUEST HB<type> [, HB<typeN>]

#command ENABLE TYPE CLASS ALL => ;
      REQUEST HBArray, HBBlock, HBCharacter, HBDate, HBHash, ;
              HBLogical, HBNil, HBNumeric, HBSymbol, HBTimeStamp, HBPointer

#endif
