PROCEDURE Main()
   LOCAL t, d, c, h, tm
   hb_MemoWrit( "t.txt", "x" )
   ? hb_FSetDateTime( "t.txt", hb_SToT( "20200102030405006" ) )
   ? hb_FGetDateTime( "t.txt", @t ), t
   ? hb_FGetDateTime( "t.txt", @d, @tm ), d, tm
   ? hb_FSetDateTime( "t.txt", , "04:05:06" )
   ? hb_FGetDateTime( "t.txt", @d, @tm ), d == Date(), tm
   ? hb_FSetDateTime( "t.txt", 0d20100304 )
   ? hb_FGetDateTime( "t.txt", @d, @tm ), d, Len( tm )
   h := hb_FTempCreate( "./", "pp", , @c )
   ? h > 0, Len( c ), Left( c, 4 )
   FClose( h ); FErase( c )
   FOpen( "nope" )
   ? hb_vfDirExists( "nope" ), FError()
   FOpen( "nope" )
   ? hb_vfExists( "nope" ), FError()
   ? hb_vfExists( "t.txt" ), FError()
   FErase( "t.txt" )
RETURN
