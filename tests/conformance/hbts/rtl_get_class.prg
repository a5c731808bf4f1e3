// Get objects: GetNew() defaults, properties and their assignment rules,
// subscripts into arrays and hashes, delimiters, hb_Get's hidden input, colorSpec forms
PROCEDURE Main()
   LOCAL o, x := "hello", a := { 1, { "k" => "v" }, "s" }, h := { "a" => 10 }, n := 5
   o := GetNew()
   ? o:row, o:col, o:name, o:picture, o:block, o:colorSpec, o:decPos, o:hasFocus, o:typeOut, o:pos
   ? o:cargo, o:exitState, o:reader, o:preBlock, o:postBlock, o:subScript, o:caption, o:capRow, o:capCol, o:message, o:control
   o:cargo := 1 ; o:cargo := NIL
   ? o:cargo, o:type, o:varGet(), o:varPut( 1 )
   o := GetNew( 2, 3, {| v | iif( PCount() > 0, x := v, x ) }, "x", "@!S3", "W/B,R/W" )
   ? o:row, o:col, o:name, o:picture, o:colorSpec, o:type, o:original, o:buffer
   o:row := "a" ; o:col := 7.8
   ? o:row, o:col
   o:row := 4
   o:display()
   ? Row(), Col()
   o:setFocus()
   ? o:buffer, o:pos, Row(), Col()
   o:end()
   ? o:pos, Row(), Col()
   o:home()
   ? o:pos, Row(), Col()
   o:pos := 4
   ? o:pos, Row(), Col()
   o:pos := 99
   ? o:pos, o:typeOut
   o:pos := -2
   ? o:pos, o:typeOut
   o:buffer := "HIJKL"
   ? o:buffer, o:changed
   o:changed := .T. ; o:clear := .T. ; o:minus := 1
   ? o:changed, o:clear, o:minus
   o:reform()
   ? o:buffer
   o:killFocus()
   o:buffer := "zz" ; o:changed := .T.
   ? o:buffer, o:changed, o:changed := "x"
   ? o:hitTest( 4, 7 ), o:hitTest( 4, 9 ), o:hitTest( 4, 10 ), o:hitTest( 0, 0 )
   o:caption := "&Name" ; o:capRow := 4 ; o:capCol := 1.9
   ? o:caption, o:capRow, o:capCol, o:hitTest( 4, 1 ), o:hitTest( 4, 5 )
   o:message := "msg" ; o:message := 5
   ? o:message
   o:control := 5
   ? o:control
   o:control := NIL
   ? o:control
   o := GetNew( 1, 1, {|| a }, "a" )
   o:subScript := { 2, "k" }
   ? o:varGet(), o:varPut( "w" ), a[ 2 ][ "k" ], o:varPut( {} ), a[ 2 ][ "k" ]
   o:subScript := { 3 }
   ? o:varGet(), o:varPut( "t" ), a[ 3 ]
   o:subScript := { 5 }
   o := GetNew( 1, 1, {|| h }, "h" )
   o:subScript := { "a" }
   ? o:varGet(), o:type
   o:setFocus()
   ? o:buffer, o:decPos
   o:killFocus()
   SET DELIMITERS ON
   o := GetNew( 5, 10, {| v | iif( PCount() > 0, n := v, n ) }, "n" )
   ? o:col
   o:display()
   ? Row(), Col()
   o:setFocus()
   ? Row(), Col()
   o:killFocus()
   ? Row(), Col()
   SET DELIMITERS OFF
   o := hb_Get():New( 1, 1, {| v | iif( PCount() > 0, x := v, x ) }, "x" )
   ? o:ClassName(), o:hideInput, o:style, o:hideInput( .T. ), o:style( "#" )
   o:setFocus()
   ? o:buffer
   o:colorDisp( "GR/N" )
   ? o:colorSpec
   o:colorSpec := {}
   ? o:colorSpec
   o:colorSpec := .T.
   ? o:colorSpec
   o:colorSpec := "*"
   ? o:colorSpec
   ? o:block := NIL, ValType( o:block ), o:name := NIL, o:name
   o:block := {|| 42 }
   ? o:type, o:varGet(), o:original, o:buffer
   ErrorBlock( {| e | QOut( e:subsystem, e:subcode, e:operation ), Break( e ) } )
   BEGIN SEQUENCE
      o:style := "ab"
   END SEQUENCE
   ? __objHasMsg( o, "HIDEINPUT" ), __objHasMsg( o, "VARGET" ), __objHasMsg( o, "NPOS" )
   ? GetNew( 1, 1 ):block, GetNew( 1, 1, , "n" ):block, ValType( GetNew( 1, 1, , "nosuch" ):block )
RETURN
