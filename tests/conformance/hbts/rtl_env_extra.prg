// environment functions: only what is the same on every Linux machine is
// printed as is; names, paths and CPU models as types and lengths
PROCEDURE Main()
   LOCAL h

   ? "command line"
   ? hb_ValToExp( hb_ACmdLine() ), Len( hb_ACmdLine() ) == hb_ArgC()
   ? hb_ArgShift(), hb_ArgShift( .T. ), hb_ArgShift( .F. ), hb_ArgShift( 1 ), hb_ArgC(), hb_ValToExp( hb_ACmdLine() )
   ? hb_ProgName() == hb_ArgV( 0 ), Len( hb_ProgName() ) > 0

   ? "user and machine"
   ? ValType( hb_UserName() ), Len( hb_UserName() ) > 0
   ? ValType( NetName() ), Len( NetName() ) > 0, NetName() == NetName( 1 )
   ? ValType( hb_UserLang() ), "." $ hb_UserLang(), "_" $ hb_UserLang()
   ? ValType( hb_OSCPU() ), Len( hb_OSCPU() ) > 0, ValType( hb_OSIs64Bit() )
   ? hb_OSIsWin9x(), hb_OSIsWinNT(), hb_OSIsWin2K(), hb_OSIsWinVista(), hb_OSIsWin7(), hb_OSIsWin8()
   ? hb_OSIsWin81(), hb_OSIsWin10(), hb_OSIsWin11(), hb_OSIsWinCE(), hb_OSIsWine()

   ? "libraries"
   ? hb_LibExt(), hb_LibPrefix(), "[" + hb_LibSuffix() + "]", "[" + hb_LibPostfix() + "]"

   ? "OS errors"
   ? ValType( hb_OSError() )
   h := FOpen( "no_such_file.tmp" )
   ? h, FError(), hb_OSError()
   h := FCreate( "env_extra.tmp" )
   ? h > 0, FError(), hb_OSError()
   FClose( h )

   ? "printers"
   FErase( "env_extra.tmp" )
   ? hb_IsPrinter( "env_extra.tmp" ), File( "env_extra.tmp" )
   FErase( "env_extra.tmp" )
   ? hb_IsPrinter( "no_such_dir/env_extra.tmp" )

   ? "idle"
   ? hb_ReleaseCPU(), hb_GCStep()
   RETURN
