// TBColumn: defaults, typed settings and their errors (subsystem TBCOLUMN)
PROCEDURE Main()
   LOCAL o := TBColumnNew( "Head", {|| 1 } ), o2
   ? o:ClassName, o:heading, o:width, o:picture, o:cargo, ValType( o:block ), o:footing, o:colSep, o:headSep, o:footSep
   ? hb_ValToExp( o:defColor ), ValType( o:colorBlock ), Eval( o:colorBlock, 1 ), o:preBlock, o:postBlock
   ? o:setStyle( 1 ), o:setStyle( 2, .T. ), o:setStyle( 2 ), o:setStyle( 5, .T. ), o:setStyle( 4 )
   o:width := 10
   o:heading := "New" ; o:footing := "Foot" ; o:colSep := "|" ; o:headSep := "=" ; o:footSep := "-"
   o:defColor := { 3, 4 } ; o:picture := "@!" ; o:cargo := { 1 }
   ? o:width, o:heading, o:footing, o:colSep, o:headSep, o:footSep, hb_ValToExp( o:defColor ), o:picture, Len( o:cargo )
   o:width := NIL ; o:heading := NIL
   ? o:width, o:heading
   ErrorBlock( {| e | QOut( e:subsystem, e:subcode, e:operation, e:description, hb_ValToExp( e:args ), e:canSubstitute, e:canDefault, e:canRetry, ProcName( 1 ), ProcName( 2 ), ProcName( 3 ) ), 5 } )
   o:width := "x"
   ? o:width
   o:heading := 7
   ? o:heading
   o2 := TBColumnNew()
   ? o2:heading, o2:block
   o2 := TBColumn()
   ? o2:heading, o2:block, o2:ClassName()
   o2 := TBColumn():New( 12, 34 )
   ? o2:heading, o2:block
   ? o == TBColumnNew(), o != o, o == o
   ErrorBlock( {| e | QOut( "final", e:subsystem, e:operation ), "str" } )
   o:block := 1
RETURN
