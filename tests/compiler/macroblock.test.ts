// Codeblocks with a macro variable are made from their text when they are
// created (Clipper's early evaluation), so the compiler refuses those that
// also name what a run-time macro cannot reach — unless -kd is on, when they
// are compiled as written. The run-time results are checked against the
// reference Harbour by tests/conformance/hbts/lang_block_macro.prg.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compileFile } from '../../compiler/compile.js';

const dir = mkdtempSync(join(tmpdir(), 'hbts-mblock-'));

/** The errors (code and message) of compiling a program, [] when it compiles. */
function errors(src: string): string[] {
  const file = join(dir, 'f.prg');
  writeFileSync(file, src);
  const r = compileFile(file, 'f.prg', { includePaths: [], defines: {} });
  return r.diagnostics.filter((d) => d.severity !== 'warning').map((d) => `${d.code} ${d.message}`);
}

test('a codeblock with a macro may not name a LOCAL, STATIC or FIELD of the function', () => {
  assert.deepEqual(errors('PROCEDURE Main()\n LOCAL n := 1\n PRIVATE c := "2"\n ? Eval( {|| &c + n } )\n RETURN\n'),
    ["E0047 Code block contains both macro and declared symbol references 'N'"]);
  assert.deepEqual(errors('STATIC s := 3\nPROCEDURE Main()\n PRIVATE c := "2"\n ? Eval( {|| &c + s } )\n RETURN\n'),
    ["E0047 Code block contains both macro and declared symbol references 'S'"]);
  assert.deepEqual(errors('FIELD f\nPROCEDURE Main()\n PRIVATE c := "2"\n ? Eval( {|| f + &c } )\n RETURN\n'),
    ["E0047 Code block contains both macro and declared symbol references 'F'"]);
});

test('its own parameters, MEMVARs and a lone macro of a LOCAL are allowed', () => {
  assert.deepEqual(errors('MEMVAR m\nPROCEDURE Main()\n PRIVATE c := "2", m := 4\n ? Eval( {|x| x + &c + m }, 1 )\n RETURN\n'), []);
  assert.deepEqual(errors('PROCEDURE Main()\n LOCAL cL := "1 + 1"\n ? Eval( {|| &cL } )\n RETURN\n'), []);
});

test('a WITH OBJECT message beside a macro is refused too', () => {
  assert.deepEqual(errors('PROCEDURE Main()\n PRIVATE s := "x"\n WITH OBJECT ErrorNew()\n ? Eval( {|| &s + :osCode } )\n ENDWITH\n RETURN\n'),
    ["E0074 Code block contains both macro and WITH OBJECT messages ':OSCODE'"]);
  assert.deepEqual(errors('PROCEDURE Main()\n PRIVATE s := "x"\n WITH OBJECT ErrorNew()\n ? Eval( {|| :&s } )\n ENDWITH\n RETURN\n'),
    ["E0074 Code block contains both macro and WITH OBJECT messages ':&...'"]);
});

test('-kd compiles such a block as written', () => {
  assert.deepEqual(errors('#pragma -kd+\nPROCEDURE Main()\n LOCAL n := 1\n PRIVATE c := "2"\n ? Eval( {|| &c + n } )\n RETURN\n'), []);
});
