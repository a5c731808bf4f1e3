// A codeblock with a macro variable is made from its text when it is
// created, as in Clipper: {|| &cVar } from the variable's text alone, any
// other with the macro variables filled in as text ({|| &cF * 2 } with cF
// "n + 1" is n + 1 * 2). &( ... ) stays late, and a block a macro makes
// belongs to the function that ran the macro.
MEMVAR m
PROCEDURE Main()
   LOCAL i, bBlock[ 3 ], cL := "1 + 1"
   PRIVATE cV := "abc", n := 5, cF := "n + 1", b, cName, m := 4
   PRIVATE m_Var1 := "m_Var1", m_Var2 := "m_Var2", m_Var3 := "m_Var3", m_Macro, cA := "x", c := "2"
   b := {|| &cF * 2 }
   cF := "n - 1"
   ? Eval( b )
   b := {|x| &cF + x }
   ? Eval( b, 100 )
   FOR i := 1 TO 3
      m_Macro := "m_Var" + Str( i, 1 )
      bBlock[ i ] := {|| &m_Macro }
   NEXT
   FOR i := 1 TO 3
      ?? Eval( bBlock[ i ] ), ""
   NEXT
   FOR i := 1 TO 3
      m_Macro := "m_Var" + Str( i, 1 )
      bBlock[ i ] := {|| &m_Macro + "!" }
   NEXT
   FOR i := 1 TO 3
      ?? Eval( bBlock[ i ] ), ""
   NEXT
   FOR i := 1 TO 3
      m_Macro := "m_Var" + Str( i, 1 )
      bBlock[ i ] := {|| &( m_Macro ) }
   NEXT
   FOR i := 1 TO 3
      ?? Eval( bBlock[ i ] ), ""
   NEXT
   ? Eval( {|a| a + &c + Len( "&cA" ) }, 10 ), Eval( {|| &c. } ), Eval( {|| c + "&c" } ), Eval( {|| &c + m } )
   ? Eval( {|| &cL } ), Eval( {|x| &cL }, 5 ), Eval( {|| &cL. } )
   FOR i := 1 TO 2
      cName := "N"
      b := {|| &cName.V }
   NEXT
   PRIVATE NV := "nv!"
   ? Eval( b ), hb_ValToExp( b )
   b := {|| &cV }
   cV := "zzz"
   ? ValType( b )
   ? Eval( b )
   RETURN
