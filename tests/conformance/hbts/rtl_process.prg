// Child processes: hb_processRun, hb_processOpen/Value/Close with pipe
// handles, command-line splitting (quotes and escapes, no shell), exit
// codes, argument errors, FError() and the standard handles.

PROCEDURE Main()
   LOCAL cOut, cErr, n, h, hIn, hOut, cBuf, nPid

   ? "-- run"
   n := hb_processRun( "echo hello   world", , @cOut, @cErr )
   ? n, ValType( cOut ), hb_StrToExp( cOut ), hb_StrToExp( cErr ), FError()
   n := hb_processRun( "cat", "abc" + Chr( 10 ) + "def", @cOut )
   ? n, hb_StrToExp( cOut )
   n := hb_processRun( "cat", "", @cOut )
   ? n, hb_StrToExp( cOut )
   ? hb_processRun( "false" ), FError()
   ? hb_processRun( "sh -c 'exit 3'" )
   ? hb_processRun( [sh -c 'kill -9 $$'] )
   n := hb_processRun( "nonexistent_command_hbts", , @cOut, @cErr )
   ? n, hb_StrToExp( cOut ), hb_StrToExp( cErr ), FError()
   n := hb_processRun( [sh -c "echo out; echo err >&2"], , @cOut, @cOut )
   ? n, hb_StrToExp( cOut )
   n := hb_processRun( [sh -c "echo out; echo err >&2"], , @cOut, @cErr )
   ? n, hb_StrToExp( cOut ), hb_StrToExp( cErr )
   n := hb_processRun( "wc -c", Replicate( "x", 200000 ), @cOut )
   ? n, AllTrim( StrTran( cOut, Chr( 10 ) ) )
   n := hb_processRun( "head -c 100000 /dev/zero", , @cOut )
   ? n, Len( cOut )

   ? "-- splitting"
   n := hb_processRun( [echo a\ b "c d" 'e\f' "g\"h"], , @cOut )
   ? n, hb_StrToExp( cOut )
   n := hb_processRun( "  echo   x\  ", , @cOut )
   ? n, hb_StrToExp( cOut )
   n := hb_processRun( "echo a" + Chr( 9 ) + "b" + Chr( 10 ) + "c" + Chr( 13 ) + "d ''", , @cOut )
   ? n, hb_StrToExp( cOut )
   ? hb_processRun( "", , @cOut ), hb_StrToExp( cOut )
   ? hb_processRun( "   ", , @cOut ), hb_StrToExp( cOut )

   ? "-- inherited output"
   ? "direct:"
   hb_processRun( "echo direct" )
   ? hb_processRun( "echo detached", , , , .T. )
   ? hb_processRun( "cat", "x", , , .T. )

   ? "-- open"
   h := hb_processOpen( "cat", @hIn, @hOut )
   ? h > 0, hIn > 2, hOut > 2, FError()
   ? FWrite( hIn, "line1" + Chr( 10 ) )
   cBuf := Space( 100 )
   n := FRead( hOut, @cBuf, 100 )
   ? n, hb_StrToExp( Left( cBuf, n ) )
   ? FClose( hIn )
   ? FRead( hOut, @cBuf, 100 )
   ? FClose( hOut )
   ? hb_processValue( h ), FError()
   ? hb_processValue( h ), FError()
   h := hb_processOpen( "sleep 10" )
   ? hb_processValue( h, .F. ), FError()
   ? hb_processClose( h ), FError()
   ? hb_processValue( h, .T. ), FError()
   h := hb_processOpen( "sh -c 'echo both; exit 5'", , @hOut, @hOut )
   ? hb_FReadLen( hOut, 100 ) == "both" + Chr( 10 )
   ? hb_processValue( h )
   FClose( hOut )
   h := hb_processOpen( "echo pid", , @hOut, , , @nPid )
   ? h == nPid, FError()
   cBuf := Space( 3 )
   ? FRead( hOut, @cBuf, 3 ), cBuf
   ? hb_StrToExp( hb_FReadLen( hOut, 10 ) ), hb_StrToExp( hb_FReadLen( hOut, 10 ) )
   ? FClose( hOut ), hb_processValue( h, .T. )
   h := hb_processOpen( "nonexistent_command_hbts" )
   ? h > 0, FError()
   ? hb_processValue( h )
   ? hb_processValue( -5 ), FError()
   ? hb_processClose( -5 ), FError()
   ? hb_processValue( 999999 ), FError()
   ? hb_processClose( 999999 ), FError()

   ? "-- errors"
   Try( {|| hb_processRun( 1 ) } )
   Try( {|| hb_processRun( "echo", 1 ) } )
   Try( {|| hb_processRun( "echo", , "x" ) } )
   Try( {|| hb_processRun( "echo", , , , 1 ) } )
   Try( {|| hb_processValue( 0 ) } )
   Try( {|| hb_processValue( 5, 1 ) } )
   Try( {|| hb_processValue( 5, NIL ) } )
   Try( {|| hb_processValue( "x" ) } )
   Try( {|| hb_processClose( -1 ) } )
   Try( {|| hb_processOpen( 1 ) } )
   Try( {|| hb_processOpen( "cat", "x" ) } )
   Try( {|| hb_processOpen( "cat", @hIn, @hIn ) } )
   Try( {|| hb_processOpen( "cat", , , , , 1 ) } )

   ? "-- pipes: hb_PRead / hb_PWrite"
   h := hb_processOpen( "cat", @hIn, @hOut )
   cBuf := Space( 10 )
   ? hb_PRead( hOut, @cBuf ), FError()
   ? hb_PWrite( hIn, "abcdef" ), FError()
   ? hb_PRead( hOut, @cBuf, 3, 2000 ), cBuf, FError()
   ? hb_PRead( hOut, @cBuf, , 2000 ), cBuf, FError()
   ? hb_PWrite( hIn, "xyz", 2, 1000 ), FError()
   ? FClose( hIn )
   ? hb_PRead( hOut, @cBuf, , 2000 ), cBuf, FError()
   ? hb_PRead( hOut, @cBuf, , 2000 ), cBuf, FError()
   ? hb_PRead( hOut, @cBuf, 0 ), FError()
   ? hb_PRead( 999, @cBuf ), FError()
   ? hb_PWrite( 999, "x" ), FError()
   FClose( hOut )
   ? hb_processValue( h )
   Try( {|| hb_PRead( hOut, cBuf ) } )
   Try( {|| hb_PWrite( "x", "y" ) } )
   Try( {|| hb_PWrite( 5 ) } )

   ? "-- std handles"
   ? hb_GetStdIn(), hb_GetStdOut(), hb_GetStdErr()
   FWrite( hb_GetStdOut(), "to stdout" + Chr( 10 ) )
   RETURN

STATIC PROCEDURE Try( b )
   LOCAL e
   BEGIN SEQUENCE WITH {| e | Break( e ) }
      ? Eval( b )
   RECOVER USING e
      ? e:subsystem, e:subcode, e:description, e:operation, Len( e:args ), e:canSubstitute
   END SEQUENCE
   RETURN
