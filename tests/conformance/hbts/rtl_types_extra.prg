// Type() on memvars, locals, fields of no work area and expressions that
// fail; hb_default() on variables passed by reference; ValType() of
// references; Empty() and hb_IsXxx() on every kind of value.

MEMVAR mPriv, mPub

PROCEDURE Main()

   LOCAL nLocal := 1, x, y, a := {}

   PRIVATE mPriv := "text"
   PUBLIC mPub := 0d20240101

   ? "type-memvars:", Type( "mPriv" ), Type( "mPub" ), Type( "mPriv + 'x'" ), Type( "mPub + 1" )
   ? "type-local:", Type( "nLocal" ), Type( "mNothing" ), Type( "mNothing + 1" )
   ? "type-errors:", Type( "mPriv + 1" ), Type( "1 / 0" ), Type( "Len( 5 )" ), Type( "{ 1 }[ 5 ]" )
   ? "type-funcs:", Type( "Left( mPriv, 2 )" ), Type( "Upper( mPriv )" ), Type( "MyFunc()" ), Type( "{|| MyFunc() }" )
   ? "type-alias:", Type( "NOALIAS->FIELD" ), Type( "FIELD->NOSUCH" )
   ? "type-macro:", Type( "&mPriv" ), Type( "'&mPriv'" )
   ? "type-assign:", Type( "mPriv := 5" ), mPriv

   x := NIL
   hb_default( @x, 5 )
   y := "keep"
   hb_default( @y, 5 )
   ? "hb_default:", x, y
   x := 0d20240101
   hb_default( @x, hb_SToT( "20240102" ) )
   ? "hb_default-datetime:", ValType( x )
   x := NIL
   __defaultNIL( @x, "was nil" )
   ? "defaultnil:", x
   ? "valtype-ref:", RefType( @nLocal ), RefType( @a ), RefType( @mPriv )

   ? "empty:", Empty( Space( 3 ) ), Empty( 0.0 ), Empty( hb_SToT( "" ) ), Empty( {=>} ), Empty( { {} } )
   ? "isxxx:", hb_IsString( mPriv ), hb_IsDate( mPub ), hb_IsArray( a ), hb_IsHash( a ), hb_IsObject( ErrorNew() )

   RETURN

STATIC FUNCTION RefType( x )
   RETURN ValType( x )

FUNCTION MyFunc()
   RETURN 1
