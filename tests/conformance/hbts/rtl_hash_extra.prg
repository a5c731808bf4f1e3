// Hashes: positions returned by reference, iteration order under the
// order/case/binary flags, auto-added keys and their defaults, the
// frames of hash codeblocks, and hashes written back as text.

PROCEDURE Main()

   LOCAL h, n, k, v, cLog, x

   // hb_HHasKey( h, k, @nPos ): the position, or where the key would go
   h := { "b" => 1, "d" => 2, "a" => 3 }
   ? "haskey-found:", hb_HHasKey( h, "d", @n ), n
   ? "haskey-missing:", hb_HHasKey( h, "c", @n ), n
   ? "haskey-first:", hb_HHasKey( h, " ", @n ), n
   hb_HKeepOrder( h, .F. )
   ? "haskey-sorted:", hb_HHasKey( h, "c", @n ), n, hb_ValToExp( hb_HKeys( h ) )

   // hb_HPairAt( h, n, @k, @v )
   x := hb_HPairAt( h, 2, @k, @v )
   ? "pairat-refs:", x, k, v
   ? "pairat-array:", hb_ValToExp( hb_HPairAt( h, 1 ) )

   // keep order off: pairs are in key order, new keys go in their place
   h := hb_HSetOrder( { "m" => 1, "c" => 2 }, .F. )
   h[ "a" ] := 3
   h[ "z" ] := 4
   h[ 10 ] := 5
   h[ 0d20240101 ] := 6
   ? "sorted-keys:", hb_ValToExp( hb_HKeys( h ) )
   cLog := ""
   FOR EACH x IN h
      cLog += hb_ValToExp( x:__enumKey() ) + "/" + hb_ntos( x:__enumIndex() ) + " "
   NEXT
   ? "sorted-foreach:", cLog
   hb_HKeepOrder( h, .T. )
   h[ "b" ] := 7
   ? "keeporder-again:", hb_ValToExp( hb_HKeys( h ) )

   // binary and case-insensitive key order
   h := { "bb" => 1, "a" => 2, "ccc" => 3, "B" => 4 }
   ? "hsort-binary:", hb_ValToExp( hb_HKeys( hb_HSort( hb_HClone( h ) ) ) )
   hb_HBinary( h, .F. )
   ? "hsort-text:", hb_ValToExp( hb_HKeys( hb_HSort( hb_HClone( h ) ) ) )
   h := { "Key" => 1 }
   hb_HCaseMatch( h, .F. )
   h[ "KEY" ] := 2
   h[ "other" ] := 3
   ? "caseless:", hb_ValToExp( h ), h[ "key" ], "OTHER" $ h, hb_HPos( h, "oThEr" )

   // auto-add with a default value (a copy per key)
   h := {=>}
   hb_HAutoAdd( h, .T., {} )
   AAdd( h[ "x" ], 1 )
   AAdd( h[ "y" ], 2 )
   AAdd( h[ "x" ], 3 )
   ? "autoadd-default:", hb_ValToExp( h )
   h := { "a" => 1 }
   hb_HAutoAdd( h, .F. )
   ErrorBlock( {| e | Break( e ) } )
   BEGIN SEQUENCE
      h[ "new" ] := 1
   RECOVER USING x
      ? "no-autoadd:", x:subCode, x:operation
   END SEQUENCE
   BEGIN SEQUENCE
      ? h[ "missing" ]
   RECOVER USING x
      ? "missing-key:", x:subCode, x:operation, x:description
   END SEQUENCE

   // hb_HEval/hb_HScan/hb_HMerge blocks: key, value, position and frame
   h := { "a" => 10, "b" => 20, "c" => 30 }
   cLog := ""
   hb_HEval( h, {| k, v, i | cLog += k + hb_ntos( v ) + hb_ntos( i ) + ProcName( 1 ) + " " } )
   ? "heval:", cLog
   cLog := ""
   hb_HEval( h, {| k | cLog += k }, 2, 1 )
   ? "heval-range:", cLog
   ? "hscan:", hb_HScan( h, {| k, v | v > 15 } ), hb_HScan( h, {|| ProcName( 1 ) == "HB_HSCAN" } )
   x := hb_HMerge( { "x" => 0 }, h, {| k, v, i | i != 2 } )
   ? "hmerge-block:", hb_ValToExp( x )

   // hb_HDel/hb_HDelAt keep the remaining order
   h := { "a" => 1, "b" => 2, "c" => 3, "d" => 4 }
   hb_HDel( h, "b" )
   hb_HDelAt( h, 2 )
   ? "after-del:", hb_ValToExp( h ), hb_HPos( h, "d" )

   // shared and recursive hashes written as expressions
   x := { 1, 2 }
   h := { "p" => x, "q" => x }
   ? "valtoexp-shared:", hb_ValToExp( h )
   h := { "self" => NIL }
   h[ "self" ] := h
   ? "valtoexp-cycle:", hb_ValToExp( h )
   ? "json-cycle:", hb_jsonEncode( h )

   // hb_jsonDecode( cText, @xValue ) returns the length read
   ? "json-byref:", hb_jsonDecode( '{"a":[1,2]} tail', @x ), hb_ValToExp( x )

   RETURN
