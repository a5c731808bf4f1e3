#!/usr/bin/env node
// The `hbts` command: compile and run PRG programs.
//
//   hbts [options] file.prg [more.prg | project.hbp ...] [program arguments...]
//
// Sources come first; the first argument that is not a .prg/.hbp file (or
// everything after `--`) is passed to the program untouched.

import { existsSync } from 'node:fs';
import { extname } from 'node:path';
import { buildProgram, type BuildOptions } from './build.js';
import { COMPILER_SWITCH, readProject } from './project.js';
import { VERSION } from './paths.js';
import { parseCli, USAGE } from './cli-args.js';

const isSource = (a: string) => ['.prg', '.hbp'].includes(extname(a).toLowerCase());

function main(argv: string[]): number {
  const o = parseCli(argv, VERSION);
  if (!('rest' in o)) {
    (o.toStderr ? process.stderr : process.stdout).write(o.text);
    return o.code;
  }
  const rest = o.rest;
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
    process.stderr.write(USAGE);
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
