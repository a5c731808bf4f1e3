// Node modules that only some programs need, loaded on first use: each of
// these (with the stream and socket modules it pulls in) costs start-up
// milliseconds that a program not using it should not pay.

import { createRequire } from 'node:module';

type Zlib = typeof import('node:zlib');
type ChildProcess = typeof import('node:child_process');
type V8 = typeof import('node:v8');
type Tty = typeof import('node:tty');

const load = createRequire(import.meta.url);

let zlib: Zlib | undefined;
let childProcess: ChildProcess | undefined;
let v8: V8 | undefined;
let tty: Tty | undefined;

export function nodeZlib(): Zlib {
  return (zlib ??= load('node:zlib') as Zlib);
}

export function nodeChildProcess(): ChildProcess {
  return (childProcess ??= load('node:child_process') as ChildProcess);
}

export function nodeV8(): V8 {
  return (v8 ??= load('node:v8') as V8);
}

export function nodeTty(): Tty {
  return (tty ??= load('node:tty') as Tty);
}
