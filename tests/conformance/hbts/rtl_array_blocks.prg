// Array functions with codeblocks: the frames they show, what the blocks
// receive, arrays that change size while they are walked, ASort orders.

PROCEDURE Main()

   LOCAL a, n, cLog, e

   // AEval passes the element and its position; ProcName(1) is AEVAL
   cLog := ""
   AEval( { "a", "b", "c" }, {| x, i | cLog += x + hb_ntos( i ) + ProcName( 1 ) + ";" } )
   ? "aeval:", cLog
   cLog := ""
   AEval( { 1, 2, 3, 4, 5 }, {| x | cLog += hb_ntos( x ) }, 2, 3 )
   ? "aeval-range:", cLog
   cLog := ""
   AEval( { 1, 2, 3 }, {| x | cLog += hb_ntos( x ) }, 5 )
   ? "aeval-past-end:", "[" + cLog + "]"

   // a block that shrinks the array it walks
   a := { 1, 2, 3, 4, 5, 6 }
   cLog := ""
   AEval( a, {| x | cLog += hb_ntos( x ), ASize( a, Len( a ) - 1 ) } )
   ? "aeval-shrink:", cLog, Len( a )

   // AScan with a block: element and position, first .T. wins
   ? "ascan-block:", AScan( { 3, 5, 7 }, {| x, i | x > 4 .AND. i > 1 } )
   ? "ascan-procname:", AScan( { 1 }, {|| ProcName( 1 ) == "ASCAN" } )
   ? "hb_rascan-block:", hb_RAScan( { 3, 5, 7 }, {| x | x < 7 } )

   // SET EXACT and string scans
   a := { "abc", "ab ", "ab" }
   ? "ascan-noexact:", AScan( a, "ab" ), AScan( a, "abcd" ), AScan( a, "" )
   SET EXACT ON
   ? "ascan-exact:", AScan( a, "ab" ), AScan( a, "ab " ), AScan( a, "" )
   SET EXACT OFF
   ? "hb_ascan-exact:", hb_AScan( a, "ab", , , .T. ), hb_AScan( a, "ab " , , , .T. )

   // ASort: natural order of mixed types, ranges, blocks
   a := { 3, "b", .T., 0d20240101, NIL, 1, "a", .F., {}, {|| 1 } }
   ASort( a )
   ? "asort-mixed:", TypesOf( a )
   a := { "b", "B", "a", "A", "ab", "" }
   ASort( a )
   ? "asort-strings:", hb_ValToExp( a )
   a := { 5, 1, 4, 2, 3 }
   ASort( a, , , {| x, y | x > y } )
   ? "asort-desc:", hb_ValToExp( a )
   a := { { "x", 2 }, { "y", 1 }, { "z", 2 }, { "w", 1 } }
   ASort( a, , , {| x, y | x[ 2 ] < y[ 2 ] } )
   ? "asort-stable:", a[ 1 ][ 1 ] + a[ 2 ][ 1 ] + a[ 3 ][ 1 ] + a[ 4 ][ 1 ]
   cLog := ""
   ASort( { 2, 1 }, , , {| x, y | cLog += ProcName( 1 ), x < y } )
   ? "asort-procname:", cLog
   SET EXACT ON
   a := { "b ", "a", "b" }
   ASort( a )
   ? "asort-exact:", hb_ValToExp( a )
   SET EXACT OFF

   // errors raised inside a block show the function's frame
   ErrorBlock( {| e | Break( e ) } )
   BEGIN SEQUENCE
      AEval( { 1 }, {| x | x + "a" } )
   RECOVER USING e
      ? "aeval-error:", e:operation, e:subCode, ProcName( 0 )
   END SEQUENCE

   // functions that work on an object's instance variables
   n := ErrorNew()
   ? "object-len:", Len( n ), ValType( AAdd( n, "x" ) ), Len( n )
   ? "object-asize:", Len( ASize( ErrorNew(), 3 ) )
   ? "object-acopy:", ValType( ACopy( { 1, 2 }, ErrorNew() ) ), ValType( AClone( ErrorNew() ) )

   // AClone keeps shared and nested arrays shared in the copy
   a := { 1 }
   n := AClone( { a, a } )
   n[ 1 ][ 1 ] := 99
   ? "aclone-shared:", n[ 2 ][ 1 ], a[ 1 ]
   a := { 1, NIL }
   a[ 2 ] := a
   n := AClone( a )
   ? "aclone-cycle:", n[ 2 ] == n, n[ 2 ] == a

   RETURN

STATIC FUNCTION TypesOf( a )

   LOCAL c := "", x

   FOR EACH x IN a
      c += ValType( x )
   NEXT

   RETURN c
