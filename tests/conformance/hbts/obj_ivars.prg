// __objGetIVars(), __objSetIVars(), __objRestoreIVars(), __objSetClass(),
// __objSetClassHandle(), __clsGetAncestors() and hb_ValToExp() of objects
#include "hbclass.ch"

PROCEDURE Main()
   LOCAL o, o2, o3, a, x, oM

   o := Foo():New()
   ? "fresh Foo"
   ? hb_ValToExp( __objGetIVars( o ) )
   ? hb_ValToExp( __objGetIVars( o, , .F. ) )
   ? hb_ValToExp( __objGetIVars( o, 0, "x" ) )
   ? hb_ValToExp( o )
   ? hb_ValToExp( o, .T. )

   ? "changed Foo"
   o:b := "x"
   o:c := 5
   o:a := NIL
   ? hb_ValToExp( __objGetIVars( o ) )
   ? hb_ValToExp( __objGetIVars( o, , .F. ) )
   ? hb_ValToExp( o )
   o:a := 1
   ? hb_ValToExp( o )

   ? "inheritance"
   o2 := Bar():New()
   ? hb_ValToExp( __objGetIVars( o2 ) )
   ? hb_ValToExp( __objGetIVars( o2, , .F. ) )
   o2:z := o
   o2:a := 99
   ? hb_ValToExp( o2 )
   ? hb_ValToExp( o2, .T. )
   ? "scopes"
   o2:SetHidden( "new" )
   ? hb_ValToExp( __objGetIVars( o2, 1 ) )
   ? hb_ValToExp( __objGetIVars( o2, 2 ) )
   ? hb_ValToExp( __objGetIVars( o2, 4 ) )
   ? hb_ValToExp( __objGetIVars( o2, 4, .F. ) )
   ? hb_ValToExp( __objGetIVars( o2, 6, .F. ) )

   ? "round trip"
   x := hb_ValToExp( o2 )
   a := &x
   ? ValType( a ), a:ClassName(), a:a, ValType( a:z ), a:z:ClassName(), a:z:b, a:z:c, hb_ValToExp( a:d )
   ? hb_ValToExp( a ) == x

   ? "shared and self references"
   o3 := Foo():New()
   o3:b := { 1, 2 }
   o3:c := o3:b
   ? hb_ValToExp( o3 )
   o3:c := o3
   ? hb_ValToExp( o3 )
   ? hb_ValToExp( { o3, o3 } )
   o3 := Foo():New()
   o3:b := { "k" => Foo():New(), "j" => Bar():New() }
   ? hb_ValToExp( o3 )

   ? "multiple inheritance"
   oM := Multi():New()
   ? hb_ValToExp( __objGetIVars( oM, , .F. ) )
   oM:m := "m"
   oM:q := "q"
   ? hb_ValToExp( oM )
   AEval( __clsGetAncestors( oM:ClassH ), {| h | QQOut( " " + __className( h ) ) } )
   ? ""
   AEval( __clsGetAncestors( Bar():ClassH ), {| h | QQOut( " " + __className( h ) ) } )

   ? "__objSetIVars"
   ? hb_ValToExp( __objSetIVars( o2, { { "A", 7 }, { "FOO:A", 8 }, { "q", 1 }, { "b", "bb" }, { "foo:c", "cc" }, { ":D", 4 }, 5, { "C" }, { "NOSUCH:A", 3 } } ) )
   ? hb_ValToExp( __objGetIVars( o2, , .F. ) )
   ? hb_ValToExp( __objSetIVars( "FOO", { { "A", 7 } } ) )
   ? hb_ValToExp( __objSetIVars( "foo", { { "A", 7 } } ) )
   ? hb_ValToExp( __objSetIVars( @Bar(), { { "z", 7 } } ) )
   ? hb_ValToExp( __objSetIVars( Foo():ClassH, { { "b", 1 } } ) )
   ? hb_ValToExp( __objSetIVars( 5 ) )
   ? hb_ValToExp( __objSetIVars( "NOSUCH", {} ) )
   ? hb_ValToExp( __objSetIVars( .T., {} ) )
   ? hb_ValToExp( __objSetIVars( o, "x" ) )

   ? "__objRestoreIVars"
   ? hb_ValToExp( __objRestoreIVars( { { "A", 3 } }, "FOO" ) )
   ? hb_ValToExp( __objRestoreIVars( { { "A", 3 } }, "NOSUCH" ) )
   ? hb_ValToExp( __objRestoreIVars( { { "A", 3 } } ) )
   ? hb_ValToExp( __objRestoreIVars( 5, "FOO" ) )
   ? hb_ValToExp( __objRestoreIVars( { { "A", 3 } }, @Foo() ) )
   ? hb_ValToExp( __objRestoreIVars( { { "Z", 3 } }, Bar():ClassH ) )
   ? hb_ValToExp( __objRestoreIVars( { { "A", 3 } }, "FOO", "FOO" ) )
   ? hb_ValToExp( __objRestoreIVars( { { "A", 3 } }, "FOO", "BAR" ) )

   ? "errors and plain values"
   ? hb_ValToExp( __objGetIVars( 5 ) ), hb_ValToExp( __objGetIVars() ), hb_ValToExp( __objGetIVars( {} ) )
   ? hb_ValToExp( HBObject():New() )
   ? hb_ValToExp( ErrorNew() )
   ? hb_ValToExp( __objGetIVars( ErrorNew(), , .F. ) )

   ? "__objSetClass"
   a := __objSetClass( { 1, "two" }, "FOO" )
   ? ValType( a ), a:ClassName(), a:a, hb_ValToExp( a )
   ? hb_ValToExp( __objSetClass( { 1, 2 }, "NOSUCH" ) )
   ? hb_ValToExp( __objSetClass( 5, "FOO" ) )
   ? hb_ValToExp( __objSetClass( { 1 } ) )
   ? hb_ValToExp( __objSetClass( { 1 }, "FOO", "NOTFOO" ) )
   ? hb_ValToExp( __objSetClass( { 1 }, "FOO", "FOO" ) )

   ? "__objSetClassHandle"
   o := Bar():New()
   ? __objSetClassHandle( o, Foo():ClassH ) == Bar():ClassH, o:ClassName()
   ? __objSetClassHandle( o, 60000 ) == Foo():ClassH, o:ClassName()
   ? __objSetClassHandle( 5, 1 ), __objSetClassHandle()

   ? "__clsGetAncestors"
   ? hb_ValToExp( __clsGetAncestors( Bar():ClassH ) ) == hb_ValToExp( { Foo():ClassH, HBObject():ClassH } )
   ? hb_ValToExp( __clsGetAncestors( 0 ) ), hb_ValToExp( __clsGetAncestors( 60000 ) ), hb_ValToExp( __clsGetAncestors() )
   ? __clsPreallocate(), __clsPreallocate( 10 ), __clsPreallocate( 20000 ), __clsPreallocate( 100000 ), __clsPreallocate()
   ? hb_ValToExp( __clsVerify( Foo():ClassH ) ), hb_ValToExp( __clsVerify( 0 ) )
   RETURN

CREATE CLASS Foo
   VAR a INIT 1
   VAR b
   VAR c INIT "c"
   CLASSVAR cv INIT 3
   HIDDEN:
   VAR h INIT "hid"
   PROTECTED:
   VAR p
   EXPORTED:
   METHOD SetHidden( x ) INLINE ::h := x
ENDCLASS

CREATE CLASS Bar INHERIT Foo
   VAR a INIT 2
   VAR z
   VAR d INIT { 1, 2 }
ENDCLASS

CREATE CLASS Baz
   VAR q INIT "baz"
   VAR m
ENDCLASS

CREATE CLASS Multi INHERIT Baz, Foo
   VAR n INIT 0
ENDCLASS
