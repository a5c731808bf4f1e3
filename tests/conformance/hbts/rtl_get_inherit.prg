// PRG classes that inherit from Get and TBrowse: overridden methods run when the
// library's own methods send them, Super calls reach the library's, protected scope holds
#include "hbclass.ch"
CREATE CLASS MyGet INHERIT Get
   VAR nExtra INIT 7
   METHOD display()
   METHOD varGet()
ENDCLASS
METHOD display() CLASS MyGet
   ?? "<disp " + hb_ntos( ::nPos ) + ">"
RETURN ::super:display()
METHOD varGet() CLASS MyGet
   LOCAL x := ::super:varGet()
RETURN iif( HB_ISSTRING( x ), Upper( x ), x )

CREATE CLASS MyBrw FROM TBrowse
   METHOD down()
ENDCLASS
METHOD down() CLASS MyBrw
   ?? "[down]"
RETURN ::super:down()

PROCEDURE Main()
   LOCAL x := "abc", o, b, n := 1
   o := MyGet():New( 1, 1, {| v | iif( PCount() > 0, x := v, x ) }, "x" )
   ? o:ClassName(), o:nExtra, o:name, o:row
   o:setFocus()
   ? o:buffer, o:pos
   o:overStrike( "z" )
   o:assign()
   ? x, o:buffer
   o:killFocus()
   b := MyBrw():New( 1, 1, 5, 20 )
   b:skipBlock := {| k | Sk( @n, k ) }
   b:addColumn( TBColumnNew( "N", {|| n } ) )
   b:forceStable()
   b:down()
   b:forceStable()
   ? b:ClassName(), b:rowPos, n
RETURN
FUNCTION Sk( n, k )
   LOCAL o := n
   n := Max( 1, Min( 9, n + k ) )
RETURN n - o
