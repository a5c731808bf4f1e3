#!/usr/bin/env node
// The `hbts` command: compile and run PRG programs.
//
//   hbts [options] file.prg [more.prg | project.hbp ...] [program arguments...]
//
// Sources come first; the first argument that is not a .prg/.hbp file (or
// everything after `--`) is passed to the program untouched.

import { Command } from 'commander';
import { existsSync } from 'node:fs';
import { extname } from 'node:path';
import { buildProgram, type BuildOptions } from './build.js';
import { COMPILER_SWITCH, readProject } from './project.js';
import { VERSION } from './paths.js';


const isSource = (a: string) => ['.prg', '.hbp'].includes(extname(a).toLowerCase());

function main(argv: string[]): number {
  const cmd = new Command('hbts')
    .usage('[options] <file.prg|project.hbp ...> [program arguments...]')
    .description('Compile and run Harbour (xBase) programs on Node.js.')
    .version(VERSION, '--version', 'print the hbts version')
    .helpOption('-h, --help', 'show this help')
    .option('-I, --include <dir>', 'add a folder to the #include search path (repeatable)', collect, [])
    .option('-D, --define <name[=value]>', 'define a preprocessor name (repeatable)', collect, [])
    .option('-p, --preprocess', 'print the preprocessed source (like harbour -p) instead of running')
    .option('--no-cache', 'compile even when a cached compilation exists')
    .argument('[files-and-args...]')
    .passThroughOptions()
    .allowUnknownOption()
    .addHelpText('after', `
Sources may be several .prg files (one program, as with hbmk2) or an .hbp
project file. The first argument after them that is not a source file, and
everything after "--", is passed to the program (hb_AParams(), Main's
parameters). The program's ErrorLevel() is the exit code; compile errors
are reported as file.prg(line) Error Ennnn and exit with code 1.

Examples:
  hbts hello.prg
  hbts -D DEBUG app.prg util.prg -- --verbose data.dbf
  hbts -I include hbtest.hbp`);
  cmd.exitOverride();
  try {
    cmd.parse(argv, { from: 'user' });
  } catch (e) {
    const code = (e as { exitCode?: number }).exitCode;
    return code === 0 ? 0 : 2;
  }
  const o = cmd.opts<{ include: string[]; define: string[]; preprocess?: boolean; cache: boolean }>();
  const rest = cmd.args;
  const sources: string[] = [];
  const flags: string[] = [];
  let i = 0;
  for (; i < rest.length; i++) {
    const a = rest[i];
    if (a === '--') {
      i++;
      break;
    }
    if (sources.length === 0 && COMPILER_SWITCH.test(a)) flags.push(a);
    else if (isSource(a)) sources.push(a);
    else if (sources.length === 0) sources.push(!existsSync(a) && existsSync(a + '.prg') ? a + '.prg' : a);
    else break;
  }
  if (sources.length === 0) {
    cmd.outputHelp({ error: true });
    return 2;
  }
  const opts: BuildOptions = {
    includePaths: o.include,
    defines: parseDefines(o.define),
    preprocessOnly: o.preprocess === true,
    useCache: o.cache,
    flags,
    files: [],
  };
  for (const s of sources) {
    if (extname(s).toLowerCase() === '.hbp') readProject(s, opts);
    else opts.files.push(s);
  }
  return buildProgram(opts, rest.slice(i));
}

function collect(v: string, prev: string[]): string[] {
  return [...prev, v];
}

function parseDefines(list: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const d of list) {
    const eq = d.indexOf('=');
    if (eq < 0) out[d] = '';
    else out[d.slice(0, eq)] = d.slice(eq + 1);
  }
  return out;
}

process.exitCode = main(process.argv.slice(2));
