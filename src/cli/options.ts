// Command-line options: every flag, its default and its help text, in one place.

import { MIN_STACK_KIB, STACK_RED_ZONE } from '../vm/layout';

export interface Options {
  jit: boolean;
  dumpBytecode: boolean;
  jitCallThreshold: number;
  jitMaxVersions: number;
  jitMemSizeMiB: number;
  stats: boolean;
  statsJson: string | null;
  disasm: boolean;
  /** --disasm=NAME[,NAME]: only these functions (null: all). */
  disasmOnly: string[] | null;
  perfMap: boolean;
  /** --jit-only: compile only functions with these names (null: all). */
  jitOnly: string[] | null;
  jitTraceExits: boolean;
  jitVerifyCtx: boolean;
  memoryMiB: number;
  stackKiB: number;
  eval: string | null;
  /** -p: print the completion value of the -e code (or of CODE given to -p). */
  print: boolean;
  interactive: boolean;
  buildNative: boolean;
  help: boolean;
  version: boolean;
}

/**
 * Defaults. The call threshold is 30 (YJIT's since Ruby 3.2), not 10: on this
 * machine nbody ran 28 ms/iteration at 30 against 40 ms at 10 and 215 ms at 1
 * (compiled before the types settle), fib was the same at all three, and
 * 30k_methods compiled less (4.1 s against 4.2 s at 10).
 */
export const DEFAULTS: Options = {
  jit: true,
  dumpBytecode: false,
  jitCallThreshold: 30,
  jitMaxVersions: 4,
  jitMemSizeMiB: 64,
  stats: false,
  statsJson: null,
  disasm: false,
  disasmOnly: null,
  perfMap: false,
  jitOnly: null,
  jitTraceExits: false,
  jitVerifyCtx: false,
  memoryMiB: 1024,
  stackKiB: 4096,
  eval: null,
  print: false,
  interactive: false,
  buildNative: false,
  help: false,
  version: false,
};

interface Flag {
  name: string;
  arg?: string;
  /** A value the flag may take as --flag=VALUE (never from the next argument). */
  optionalArg?: string;
  help: string;
  apply: (o: Options, v: string) => void;
}

function intArg(name: string, min: number, max: number): (v: string) => number {
  return (v) => {
    const n = Number(v);
    if (!Number.isInteger(n) || n < min || n > max) throw new UsageError(`${name} expects an integer in [${min}, ${max}], got '${v}'`);
    return n;
  };
}

export const FLAGS: Flag[] = [
  { name: '--no-jit', help: 'interpret only; never compile to machine code', apply: (o) => (o.jit = false) },
  { name: '--jit', help: 'enable the LBBV JIT (default)', apply: (o) => (o.jit = true) },
  { name: '--dump-bytecode', help: 'print the bytecode of every function, then run', apply: (o) => (o.dumpBytecode = true) },
  { name: '--jit-call-threshold', arg: 'N', help: `calls before a function is compiled (default ${DEFAULTS.jitCallThreshold})`, apply: (o, v) => (o.jitCallThreshold = intArg('--jit-call-threshold', 1, 1e9)(v)) },
  { name: '--jit-max-versions', arg: 'N', help: `versions per basic block before the generic one (default ${DEFAULTS.jitMaxVersions})`, apply: (o, v) => (o.jitMaxVersions = intArg('--jit-max-versions', 1, 64)(v)) },
  { name: '--jit-mem-size', arg: 'MiB', help: `executable memory for generated code (default ${DEFAULTS.jitMemSizeMiB})`, apply: (o, v) => (o.jitMemSizeMiB = intArg('--jit-mem-size', 1, 2048)(v)) },
  { name: '--stats', help: 'print JIT statistics to stderr at exit', apply: (o) => (o.stats = true) },
  { name: '--stats-json', arg: 'PATH', help: 'write JIT statistics as JSON to PATH at exit', apply: (o, v) => (o.statsJson = v) },
  { name: '--disasm', optionalArg: 'NAME[,NAME]', help: 'print each compiled block as it is made (=NAME[,NAME]: only those functions\' blocks)', apply: (o, v) => ((o.disasm = true), (o.disasmOnly = v === '' ? null : v.split(',').filter((s) => s !== ''))) },
  { name: '--perf-map', help: 'write /tmp/perf-<pid>.map naming each compiled block (fn@file:line pc=N v=K) for `perf report`', apply: (o) => (o.perfMap = true) },
  { name: '--jit-only', arg: 'NAME[,NAME]', help: 'compile only the functions with these names (bisect a miscompile); the rest is interpreted', apply: (o, v) => (o.jitOnly = v.split(',').filter((s) => s !== '')) },
  { name: '--jit-trace-exits', help: 'at exit, print every side exit by source location (file:line:col) and reason, with counts', apply: (o) => (o.jitTraceExits = true) },
  { name: '--jit-verify-ctx', help: 'debugging: each compiled block checks that the values in its frame have the types its context claims, and stops with a report when one does not', apply: (o) => (o.jitVerifyCtx = true) },
  { name: '--max-memory', arg: 'MiB', help: `VM linear memory, heap included (default ${DEFAULTS.memoryMiB})`, apply: (o, v) => (o.memoryMiB = intArg('--max-memory', 16, 3072)(v)) },
  { name: '--stack-size', arg: 'KiB', help: `VM value stack (default ${DEFAULTS.stackKiB}, minimum ${MIN_STACK_KIB}: its top ${STACK_RED_ZONE / 1024} KiB are a red zone)`, apply: (o, v) => (o.stackKiB = intArg('--stack-size', MIN_STACK_KIB, 262144)(v)) },
  { name: '-e', arg: 'CODE', help: 'run CODE instead of a script (also --eval)', apply: (o, v) => (o.eval = v) },
  { name: '--eval', arg: 'CODE', help: 'same as -e', apply: (o, v) => (o.eval = v) },
  { name: '-p', arg: 'CODE', help: 'run CODE and print its completion value, as node -p (also --print)', apply: (o, v) => ((o.eval = v), (o.print = true)) },
  { name: '--print', arg: 'CODE', help: 'same as -p', apply: (o, v) => ((o.eval = v), (o.print = true)) },
  { name: '--interactive', help: 'start the REPL even if stdin is not a terminal (also -i)', apply: (o) => (o.interactive = true) },
  { name: '--build-native', help: 'build the native addon (the JIT) in the installed package, then exit', apply: (o) => (o.buildNative = true) },
  { name: '--help', help: 'print this help', apply: (o) => (o.help = true) },
  { name: '--version', help: 'print the version', apply: (o) => (o.version = true) },
];

export class UsageError extends Error {}

/** Splits argv into options, the script, and the script's own arguments. */
export function parseArgs(argv: string[]): { options: Options; script: string | null; args: string[] } {
  const options: Options = { ...DEFAULTS };
  let i = 0;
  for (; i < argv.length; i++) {
    const a = argv[i];
    if (!a.startsWith('-') || a === '-') break;
    if (a === '--') {
      i++;
      break;
    }
    const eq = a.indexOf('=');
    const name = eq > 0 ? a.slice(0, eq) : a;
    const flag = FLAGS.find((f) => f.name === name) ?? (name === '-h' ? FLAGS.find((f) => f.name === '--help') : name === '-v' ? FLAGS.find((f) => f.name === '--version') : name === '-i' ? FLAGS.find((f) => f.name === '--interactive') : undefined);
    if (!flag) throw new UsageError(`unknown option '${a}' (see lbbv --help)`);
    let value = '';
    if (flag.optionalArg && eq > 0) {
      flag.apply(options, a.slice(eq + 1));
      continue;
    }
    if (!flag.arg && eq > 0) throw new UsageError(`${name} takes no value, got '${a}' (see lbbv --help)`);
    if (flag.arg) {
      if (eq > 0) value = a.slice(eq + 1);
      else if (i + 1 < argv.length) value = argv[++i];
      else throw new UsageError(`${name} needs a value (${flag.arg})`);
    }
    flag.apply(options, value);
    if (options.eval !== null) {
      i++;
      break;
    }
  }
  const script = options.eval === null && i < argv.length ? argv[i++] : null;
  return { options, script, args: argv.slice(i) };
}

export function helpText(): string {
  const rows = FLAGS.map((f) => [`  ${f.name}${f.arg ? `=${f.arg}` : f.optionalArg ? `[=${f.optionalArg}]` : ''}`, f.help]);
  const w = Math.max(...rows.map((r) => r[0].length)) + 2;
  return [
    'Usage: lbbv [options] [script.js | -] [arguments]',
    '       lbbv [options] -e CODE | -p CODE',
    '       lbbv               (an interactive REPL on a terminal; else the script is read from stdin)',
    '',
    'Options:',
    ...rows.map(([a, b]) => a.padEnd(w) + b),
    '',
    'Environment:',
    '  LBBV_NO_NATIVE=1'.padEnd(w) + 'do not load the native addon: interpreter only (the JIT needs the addon)',
    '',
  ].join('\n');
}
