// A first program: run it with `npx hbts examples/hello.prg [name]`

PROCEDURE Main( cName )

   LOCAL aLangs := { "Clipper", "Harbour", "hbts" }, cLang, nYear := 1985

   hb_default( @cName, "world" )
   ? "Hello, " + cName + "!"
   FOR EACH cLang IN aLangs
      ? Str( cLang:__enumIndex(), 2 ) + ".", PadR( cLang, 10 ), nYear
      nYear += 14
   NEXT
   ? "10 / 4 =", 10 / 4, " today is a", CDoW( Date() )

   RETURN
