// The options of the `hbts` command line. They come before the first
// other argument; from there on (or after `--`) everything is a source, a
// compiler switch or the program's own argument, as cli.ts sorts them.
// Written out rather than taken from an option library: such a library
// loads child-process and socket modules on every start.

export interface CliOptions {
  include: string[];
  define: string[];
  preprocess: boolean;
  cache: boolean;
  /** the arguments after the options */
  rest: string[];
}

/** What the command does instead of running a program: print `text` and exit with `code`. */
export interface CliExit {
  code: number;
  text: string;
  toStderr: boolean;
}

export const USAGE = `Usage: hbts [options] <file.prg|project.hbp ...> [program arguments...]

Compile and run Harbour (xBase) programs on Node.js.

Options:
  --version                    print the hbts version
  -I, --include <dir>          add a folder to the #include search path
                               (repeatable)
  -D, --define <name[=value]>  define a preprocessor name (repeatable)
  -p, --preprocess             print the preprocessed source (like harbour -p)
                               instead of running
  --no-cache                   compile even when a cached compilation exists
  -h, --help                   show this help

Sources may be several .prg files (one program, as with hbmk2) or an .hbp
project file. The first argument after them that is not a source file, and
everything after "--", is passed to the program (hb_AParams(), Main's
parameters). The program's ErrorLevel() is the exit code; compile errors
are reported as file.prg(line) Error Ennnn and exit with code 1.

Examples:
  hbts hello.prg
  hbts -D DEBUG app.prg util.prg -- --verbose data.dbf
  hbts -I include hbtest.hbp
`;

/** The options with a value: short and long spellings. */
const VALUED: Record<string, 'include' | 'define'> = { '-I': 'include', '--include': 'include', '-D': 'define', '--define': 'define' };

export function parseCli(argv: string[], version: string): CliOptions | CliExit {
  const o: CliOptions = { include: [], define: [], preprocess: false, cache: true, rest: [] };
  let i = 0;
  for (; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--version') return { code: 0, text: version + '\n', toStderr: false };
    if (a === '-h' || a === '--help') return { code: 0, text: USAGE, toStderr: false };
    if (a === '--') {
      // the end of the options (what follows may look like one)
      i++;
      break;
    }
    if (a === '-p' || a === '--preprocess') o.preprocess = true;
    else if (a === '--no-cache') o.cache = false;
    else {
      // -I dir, -Idir, --include dir, --include=dir (and the same for -D)
      const eq = a.startsWith('--') ? a.indexOf('=') : -1;
      const name = eq > 0 ? a.slice(0, eq) : a.startsWith('--') ? a : a.slice(0, 2);
      const key = VALUED[name];
      if (key === undefined) break;
      let value: string | undefined;
      if (eq > 0) value = a.slice(eq + 1);
      else if (a.length > name.length) value = a.slice(name.length);
      else value = argv[++i];
      if (value === undefined) {
        return { code: 2, text: `error: option '${name}' argument missing\n`, toStderr: true };
      }
      o[key].push(value);
    }
  }
  o.rest = argv.slice(i);
  return o;
}
