// Regular expressions (PCRE syntax): hb_RegEx family, hb_AtX, compiled patterns.

PROCEDURE Main()

   LOCAL r, nStart, nLen, a

   ? Show( hb_RegEx( "(\d+)-(\d+)", "tel 555-1234 ok" ) )
   ? Show( hb_RegEx( "(a)|(b)", "b" ) ), Show( hb_RegEx( "x", "abc" ) )
   ? Show( hb_RegEx( "HELLO", "say hello", .F. ) ), Show( hb_RegEx( "HELLO", "say hello" ) )
   ? Show( hb_RegEx( "^b", "a" + Chr( 10 ) + "b" ) ), Show( hb_RegEx( "^b", "a" + Chr( 10 ) + "b", .T., .T. ) )
   ? Show( hb_RegEx( "(?i)ab(?-i)C", "ABC abc ABc" ) ), Show( hb_RegEx( "[[:alpha:]]+[[:digit:]]", "--abc1" ) )
   ? Show( hb_RegEx( "\bw\w+", "a word here" ) ), Show( hb_RegEx( "a.c", "a" + Chr( 13 ) + "c" ) )
   ? Show( hb_RegEx( "(?<year>\d{4})-(?P<mon>\d\d)", "on 2024-03-15" ) ), Show( hb_RegEx( "(\w)\1", "abccd" ) )
   ? Show( hb_RegEx( "a++b", "aaab" ) ), Show( hb_RegEx( "(?>a|ab)c", "abc" ) ), Show( hb_RegEx( "\Qa.b\E+", "a.bb" ) )
   ? hb_RegExLike( "\d+", "123" ), hb_RegExLike( "\d+", "123a" ), hb_RegExHas( "\d", "a1" ), hb_RegExHas( "\d", "ab" )
   ? hb_RegExMatch( "b", "abc" ), hb_RegExMatch( "b", "abc", , , .T. )
   ? Show( hb_RegExSplit( ",\s*", "a, b,c,, d" ) ), Show( hb_RegExSplit( ",", "a,b,c", , , 2 ) ), Show( hb_RegExSplit( "x", "abc" ) )
   ? Show( hb_RegExAtX( "(b)(c)?", "abd" ) )
   ? Show( hb_RegExAll( "(\w)(\d)", "a1 b2 c3" ) ), Show( hb_RegExAll( "(\w)(\d)", "a1 b2 c3", , , 2, 2 ) )
   ? Show( hb_RegExAll( "\d", "a1b2", , , , , .F. ) )

   r := hb_RegExComp( "o+" )
   ? hb_IsRegEx( r ), hb_IsRegEx( "o+" ), Show( hb_RegEx( r, "foo boo" ) ), hb_RegExComp( "(" ) == NIL
   ? hb_AtX( "o+", "foo boo" ), hb_AtX( "z", "foo" )
   nStart := 3
   nLen := 7
   ? hb_AtX( "o+", "foo boo", , @nStart, @nLen ), nStart, nLen

   BEGIN SEQUENCE WITH {| e | Break( e ) }
      hb_RegEx( "[", "a" )
   RECOVER USING a
      ? "error:", a:subCode, a:operation, Len( a:args )
   END SEQUENCE
   BEGIN SEQUENCE WITH {| e | Break( e ) }
      hb_RegEx( "a", 5 )
   RECOVER USING a
      ? "error:", a:subCode, a:operation, Len( a:args )
   END SEQUENCE

   RETURN

STATIC FUNCTION Show( x )
   LOCAL s, i
   IF ValType( x ) == "A"
      s := "{"
      FOR i := 1 TO Len( x )
         s += iif( i > 1, ",", "" ) + Show( x[ i ] )
      NEXT
      RETURN s + "}"
   ELSEIF ValType( x ) == "N"
      RETURN hb_ntos( x )
   ENDIF
   RETURN '"' + x + '"'
