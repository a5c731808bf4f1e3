// hb_libName(): the file of a dynamic library, with this system's prefix and extension
PROCEDURE Main()
   LOCAL aCase := { { NIL, NIL }, { "", NIL }, { "z", NIL }, { "z.dat", NIL }, { "z.", NIL }, ;
      { "a/b/z", NIL }, { "z", "lib" }, { "z", "lib/" }, { "q/z.x", "lib" }, { "z", "" }, { 12, "d" }, { "z", 5 } }
   LOCAL a
   FOR EACH a IN aCase
      ? a:__enumIndex(), "[" + hb_libName( a[ 1 ], a[ 2 ] ) + "]"
   NEXT
   ? hb_libExt(), hb_libPrefix()
   RETURN
