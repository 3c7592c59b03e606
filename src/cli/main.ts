// The `lbbv` command: run a script, evaluate -e CODE, or start the REPL.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { VM } from '../index';
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
  return new VM({
    jit: options.jit,
    memoryMiB: options.memoryMiB,
    stackKiB: options.stackKiB,
    dumpBytecode: options.dumpBytecode,
    argv,
  });
}

export function main(argv: string[]): void {
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
  if (options.eval !== null) {
    const vm = makeVM(options, [process.execPath, ...args]);
    finish(vm.run(options.eval, '[eval]'));
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
}

function finish(result: { exitCode: number; error?: string }): void {
  if (result.error) process.stderr.write(`${result.error}\n`);
  process.exitCode = result.exitCode;
}

if (require.main === module) main(process.argv.slice(2));
