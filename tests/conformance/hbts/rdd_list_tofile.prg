PROCEDURE Main()
   dbCreate( "t", { { "A", "C", 5, 0 }, { "N", "N", 5, 1 } } )
   USE t NEW
   APPEND BLANK ; REPLACE A WITH "x", N WITH 1.5
   APPEND BLANK ; REPLACE A WITH "yy", N WITH -2
   DELETE
   LIST TO FILE lout
   LIST A, N + 1 TO FILE lout2.prn
   LIST OFF A FOR N > 0 TO FILE lout3
   ? File( "lout.txt" ), File( "lout2.prn" ), Set( _SET_EXTRA ), Set( _SET_EXTRAFILE )
   ? "[" + StrTran( MemoRead( "lout.txt" ), Chr( 10 ), "|" ) + "]"
   ? "[" + StrTran( MemoRead( "lout2.prn" ), Chr( 10 ), "|" ) + "]"
   ? "[" + StrTran( MemoRead( "lout3.txt" ), Chr( 10 ), "|" ) + "]"
   CLOSE
   FErase( "t.dbf" ) ; FErase( "lout.txt" ) ; FErase( "lout2.prn" ) ; FErase( "lout3.txt" )
RETURN
