// The environment: arguments, environment variables, version numbers,
// random numbers with a seed, the language module, Clipper's nation
// messages, binary conversions, the "samples" time helpers and Memory().

#include "hbver.ch"

PROCEDURE Main()

   LOCAL i, c

   ? "args:", hb_argc(), "[" + hb_argv( 1 ) + "]", "[" + hb_CmdLine() + "]", Len( hb_AParams() ), hb_argv( 0 ) == hb_ProgName()
   ? "getenv:", GetEnv( "HBTS_TEST_UNSET_VAR" ) == "", hb_GetEnv( "HBTS_TEST_UNSET_VAR", "dflt" ), GetEnv( 1 ) == ""
   ? "setenv:", hb_SetEnv( "HBTS_TEST_VAR", "value" ), GetEnv( "HBTS_TEST_VAR" ), hb_GetEnv( "HBTS_TEST_VAR" ), ;
      GetEnv( "HBTS_TEST_VAR", "x" ) == "", hb_SetEnv( "HBTS_TEST_VAR" ), "[" + GetEnv( "HBTS_TEST_VAR" ) + "]", hb_SetEnv( 1, "x" ), hb_SetEnv( "" )
   ? "version:", Left( Version(), 12 ), hb_Version( HB_VERSION_MAJOR ), hb_Version( HB_VERSION_MINOR ), ;
      hb_Version( HB_VERSION_RELEASE ), hb_Version( HB_VERSION_STATUS ), hb_Version( HB_VERSION_PCODE_VER ), hb_Version( HB_VERSION_PCODE_VER_STR )
   ? "version2:", hb_Version( HB_VERSION_BITWIDTH ), hb_Version( HB_VERSION_ENDIANNESS ), hb_Version( HB_VERSION_MT ), ;
      hb_Version( HB_VERSION_UNIX_COMPAT ), hb_Version( HB_VERSION_URL_BASE ), hb_Version( 99 ), ValType( hb_Version( HB_VERSION_BUILD_DATE ) )
   ? "os:", ValType( OS() ), ValType( hb_Compiler() ), Version() == hb_Version()

   hb_RandomSeed( 42 )
   c := ""
   FOR i := 1 TO 5
      c += Str( hb_Random(), 16, 12 ) + " "
   NEXT
   ? "random:", c
   hb_RandomSeed( 7 )
   ? "randomint:", hb_RandomInt( 100 ), hb_RandomInt( 5, 10 ), hb_RandomInt( 10, 5 ), hb_RandomInt(), hb_Random( 10 ), hb_Random( 3, 1 )
   hb_RandomSeed( -5 )
   ? "seed-neg:", hb_RandomInt( 1000 ), hb_RandomIntMax()

   ? "lang:", hb_langSelect(), hb_langName(), hb_langMessage( 2 ), hb_langErrMsg( 21 ), hb_langMessage( 300 ) == ""
   ? "lang-select:", hb_langSelect( "en" ), hb_langSelect(), hb_langMessage( 0 ), hb_langSelect( "EN" ), hb_langSelect()
   BEGIN SEQUENCE WITH {| e | Break( e ) }
      hb_langSelect( "xx" )
   RECOVER USING c
      ? "lang-unknown:", c:subCode, c:operation, hb_ValToExp( c:args ), hb_langSelect()
   END SEQUENCE
   ? "natmsg:", NationMsg(), NationMsg( 0 ), NationMsg( 1 ), NationMsg( 9 ), NationMsg( 13 ), NationMsg( 14 ), NationMsg( "1" )
   ? "affirm:", IsAffirm( "y" ), IsAffirm( "Yes" ), IsAffirm( "n" ), IsAffirm( "" ), IsAffirm( 1 ), IsNegative( "no" ), IsNegative( "N" ), IsNegative( "y" )

   ? "bin2:", Bin2I( "AB" ), Bin2I( Chr( 255 ) + Chr( 255 ) ), Bin2W( Chr( 255 ) + Chr( 255 ) ), Bin2L( "ABCD" ), Bin2L( Chr( 255 ) + Chr( 255 ) + Chr( 255 ) + Chr( 255 ) ), Bin2L( "ABC" ), Bin2I( 5 )
   ? "2bin:", I2Bin( 16961 ), hb_StrToHex( I2Bin( -2 ) ), L2Bin( 1145258561 ), hb_StrToHex( L2Bin( -2 ) ), hb_StrToHex( I2Bin( 70000 ) ), hb_StrToHex( L2Bin( 1.9 ) )
   ? "ampm:", AMPM( "00:10:00" ), AMPM( "13:00" ), AMPM( "12:00" ), AMPM( "23:59:59" ), AMPM( "" ), AMPM( "9" )
   ? "time:", Days( 200000 ), ElapTime( "10:00:00", "09:00:00" ), Secs( "01:02:03" ), TString( 3723 ), TString( 90000 ), LenNum( 123.45 ), LenNum( -7 ), LenNum( "x" )
   ? "fk:", FKMax(), FKLabel( 10 ), FKLabel( 41 ), FKLabel()
   ? "memory:", Memory( 0 ), Memory( 3 ), Memory( 105 ), Memory( 1001 ), Memory()
   ? "doserror:", DosError(), NetErr()

   RETURN
