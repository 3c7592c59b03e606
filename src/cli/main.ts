// The `lbbv` command: run a script, evaluate -e CODE, or start the REPL.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { VM } from '../index';
import { initContextHashing } from '../lbbv/context';
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

function makeVM(options: Options, argv: string[]): VM {
  const vm = new VM({
    jit: options.jit,
    jitCallThreshold: options.jitCallThreshold,
    jitMaxVersions: options.jitMaxVersions,
    jitMemSizeMiB: options.jitMemSizeMiB,
    stats: options.stats || options.statsJson !== null,
    disasm: options.disasm,
    jitOnly: options.jitOnly ?? undefined,
    jitTraceExits: options.jitTraceExits,
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
    process.stdout.write(`lbbv ${VERSION}\n`);
    return;
  }
  // The JIT's context table hashes with xxhash-wasm, whose set-up is asynchronous.
  if (options.jit) await initContextHashing();
  if (options.eval !== null) {
    const vm = makeVM(options, [process.execPath, ...args]);
    finish(vm.run(options.eval, '[eval]'));
    reportStats(vm, options);
    return;
  }
  if (script === null) {
    // Loaded only when needed: the REPL pulls in node:repl.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    (require('./repl') as typeof import('./repl')).startRepl(makeVM(options, [process.execPath]));
    return;
  }
  let source: string;
  try {
    source = fs.readFileSync(script, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    die(code === 'ENOENT' ? `cannot find script '${script}'` : code === 'EISDIR' ? `'${script}' is a directory` : `cannot read '${script}': ${(e as Error).message}`);
  }
  const vm = makeVM(options, [process.execPath, path.resolve(script), ...args]);
  finish(vm.run(source, script));
  reportStats(vm, options);
}

function finish(result: { exitCode: number; error?: string }): void {
  if (result.error) process.stderr.write(`${result.error}\n`);
  process.exitCode = result.exitCode;
}

if (require.main === module) void main(process.argv.slice(2));
