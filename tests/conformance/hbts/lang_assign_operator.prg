// OPERATOR ":=": assigning to a variable that holds such an object gives the
// object the new value and stores its answer (locals, statics, memvars,
// parameters by reference); array elements and object data are plain.
#include "hbclass.ch"

STATIC s_o

MEMVAR m_o

CREATE CLASS Box
   VAR nValue INIT 0
   VAR nSets INIT 0
   METHOD New( n ) CONSTRUCTOR
   OPERATOR ":=" ARG xArg INLINE ::Put( xArg )
   OPERATOR "+" ARG xArg INLINE Box():New( ::nValue + iif( HB_ISOBJECT( xArg ), xArg:nValue, xArg ) )
   METHOD Put( xArg )
ENDCLASS

METHOD New( n ) CLASS Box
   ::nValue := n
   RETURN Self

METHOD Put( xArg ) CLASS Box
   ::nSets++
   IF xArg == NIL
      RETURN "released"
   ENDIF
   ::nValue := iif( HB_ISOBJECT( xArg ), xArg:nValue, xArg )
   RETURN Self

PROCEDURE Main()
   LOCAL o := Box():New( 1 ), a, x := 5
   PRIVATE m_o := Box():New( 10 )

   o := 7
   ? "local", ValType( o ), o:nValue, o:nSets
   o += 3
   ? "local +=", ValType( o ), o:nValue, o:nSets
   o := NIL
   ? "local NIL", ValType( o ), o
   x := 6
   ? "plain", x

   s_o := Box():New( 2 )
   s_o := 20
   ? "static", ValType( s_o ), s_o:nValue, s_o:nSets

   m_o := 30
   ? "memvar", ValType( m_o ), m_o:nValue, m_o:nSets
   M->m_o := 31
   ? "M->", ValType( m_o ), m_o:nValue

   o := Box():New( 3 )
   SetIt( @o )
   ? "by ref", ValType( o ), o:nValue, o:nSets

   a := { Box():New( 4 ) }
   a[ 1 ] := 40
   ? "element", ValType( a[ 1 ] ), a[ 1 ]

   o := Box():New( 5 )
   o:nValue := 50
   ? "data", ValType( o ), o:nValue, o:nSets
   RETURN

STATIC PROCEDURE SetIt( p )
   p := 99
   RETURN
