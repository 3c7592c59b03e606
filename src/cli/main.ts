// The `lbbv` command: run a script, evaluate -e CODE, or start the REPL.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { formatWithOptions, inspect } from 'node:util';
import { VM } from '../index';

// The bundle (bin/bundle.js) serves the embedding API too (test/diff/run-modes.js uses it).
export { VM };
import { formatStats } from '../lbbv/report';
import { helpText, parseArgs, UsageError, type Options } from './options';

const VERSION: string = (() => {
  try {
    return (JSON.parse(fs.readFileSync(path.join(__dirname, '../../package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return '0.0.0';
  }
})();

function die(message: string): never {
  process.stderr.write(`lbbv: ${message}\n`);
  process.exit(1);
}

function makeVM(options: Options, argv: string[], catchSignals = true): VM {
  const vm = new VM({
    catchSignals,
    jit: options.jit,
    jitCallThreshold: options.jitCallThreshold,
    jitMaxVersions: options.jitMaxVersions,
    jitMemSizeMiB: options.jitMemSizeMiB,
    stats: options.stats || options.statsJson !== null,
    disasm: options.disasm,
    disasmOnly: options.disasmOnly ?? undefined,
    perfMap: options.perfMap,
    jitOnly: options.jitOnly ?? undefined,
    jitTraceExits: options.jitTraceExits,
    jitVerifyCtx: options.jitVerifyCtx,
    memoryMiB: options.memoryMiB,
    stackKiB: options.stackKiB,
    dumpBytecode: options.dumpBytecode,
    argv,
  });
  if (options.jit && vm.engine.jitReason) process.stderr.write(`lbbv: warning: ${vm.engine.jitReason}; running interpreter-only\n`);
  return vm;
}

/** Prints --stats to stderr and writes --stats-json, from the same figures. */
function reportStats(vm: VM, options: Options): void {
  if (options.jitTraceExits) process.stderr.write(vm.engine.jit?.exitTrace() ?? 'lbbv: --jit-trace-exits: the JIT is off\n');
  if (!options.stats && options.statsJson === null) return;
  const stats = vm.engine.jitStats() ?? { jit: 'off', vm_insns_count: vm.engine.vm.insnCount };
  if (options.statsJson !== null) fs.writeFileSync(options.statsJson, JSON.stringify(stats, null, 2) + '\n');
  if (options.stats) process.stderr.write(formatStats(stats));
}

export async function main(argv: string[]): Promise<void> {
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs(argv);
  } catch (e) {
    if (e instanceof UsageError) die(e.message);
    throw e;
  }
  const { options, script, args } = parsed;
  if (options.help) {
    process.stdout.write(helpText());
    return;
  }
  if (options.version) {
    const load = options.jit ? new VM({ jit: true, memoryMiB: 16, stdout: () => {} }).engine : null;
    const jit = !options.jit ? 'off (--no-jit)' : load!.jitReason ? `off: ${load!.jitReason}` : 'on (x86-64, native addon loaded)';
    process.stdout.write(`lbbv ${VERSION}\nJIT: ${jit}\nnode ${process.version}\n`);
    return;
  }
  if (options.buildNative) return buildNative();
  if (options.statsJson !== null) {
    // Fail before running, not after a long run.
    try {
      fs.writeFileSync(options.statsJson, '');
    } catch (e) {
      die(`cannot write the --stats-json file '${options.statsJson}': ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
    }
  }
  if (options.eval !== null) {
    const vm = makeVM(options, [process.execPath, ...args]);
    const result = vm.run(options.eval, '[eval]');
    if (options.print && result.error === undefined && result.exitCode === 0) vm.engine.vm.stdout(formatWithOptions({}, '%s\n', typeof result.value === 'string' ? result.value : inspect(result.value)));
    vm.engine.flush();
    finish(result);
    reportStats(vm, options);
    return;
  }
  if (script === '-' || (script === null && !process.stdin.isTTY && !options.interactive)) {
    // As node: `lbbv -` and a piped stdin run stdin as the script.
    let source: string;
    try {
      source = fs.readFileSync(0, 'utf8');
    } catch (e) {
      die(`cannot read stdin: ${(e as Error).message}`);
    }
    const vm = makeVM(options, [process.execPath, ...(script === '-' ? ['-'] : []), ...args]);
    finish(vm.run(source, '[stdin]'));
    reportStats(vm, options);
    return;
  }
  if (script === null) {
    // Loaded only when needed: the REPL pulls in node:repl.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    // Statistics are on for .stats; .clear makes a fresh VM.
    (require('./repl') as typeof import('./repl')).startRepl(() => makeVM({ ...options, stats: true }, [process.execPath], false));
    return;
  }
  let source: string;
  try {
    source = fs.readFileSync(resolveScript(script), 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    die(code === 'ENOENT' ? `cannot find script '${script}'` : code === 'EISDIR' ? `'${script}' is a directory` : `cannot read '${script}': ${(e as Error).message}`);
  }
  const vm = makeVM(options, [process.execPath, path.resolve(resolveScript(script)), ...args]);
  finish(vm.run(source, script));
  reportStats(vm, options);
}

/** The file `lbbv script` runs: the path itself, else with `.js`, else its `index.js`, as require() looks (node does the same for its main script). */
function resolveScript(script: string): string {
  for (const f of [script, `${script}.js`, path.join(script, 'index.js')]) {
    try {
      if (fs.statSync(f).isFile()) return f;
    } catch {
      // try the next
    }
  }
  return script;
}

/** lbbv --build-native: builds the addon inside the installed package (works from any folder). */
function buildNative(): void {
  const build = path.join(__dirname, '../../native/build.js');
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const r = (require('node:child_process') as typeof import('node:child_process')).spawnSync(process.execPath, [build], { stdio: 'inherit' });
  process.exitCode = r.status ?? 1;
}

function finish(result: { exitCode: number; error?: string }): void {
  if (result.error) process.stderr.write(`${result.error}\n`);
  process.exitCode = result.exitCode;
}

if (require.main === module) void main(process.argv.slice(2));
