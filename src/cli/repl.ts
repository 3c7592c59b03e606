// The REPL: node:repl for line editing, history and multi-line input; lbbv
// evaluates. Declarations persist between lines as globals.

import * as os from 'node:os';
import * as path from 'node:path';
import * as repl from 'node:repl';
import { inspect } from 'node:util';
import { disasm } from '../bytecode/disasm';
import type { VM } from '../index';
import { LbbvSyntaxError } from '../parser/errors';
import { Mirrors } from '../vm/builtins/mirror';
import { ExitSignal, Thrown } from '../vm/errors';

/** acorn messages that mean "the input so far is incomplete". */
function isIncomplete(e: LbbvSyntaxError, source: string): boolean {
  return /Unexpected token|Unterminated/.test(e.message) && e.line >= source.split('\n').length && /(\{|\(|\[|,|=>|`)\s*$|^[^]*\{[^}]*$/.test(source);
}

export function startRepl(vm: VM): void {
  const engine = vm.engine;
  process.stdout.write(`lbbv REPL (${engine.opts.jit === false ? 'interpreter' : 'JIT'}) — .help for commands, .exit to quit\n`);
  // The event loop between inputs: what is due runs after each input; later timers through a host timer.
  let loopTimer: NodeJS.Timeout | null = null;
  const pump = (): void => {
    if (loopTimer) clearTimeout(loopTimer);
    loopTimer = null;
    try {
      const wait = engine.vm.async.run(false);
      if (wait > 0) loopTimer = setTimeout(pump, wait);
    } catch (e) {
      if (e instanceof ExitSignal) process.exit(e.code);
      engine.flush();
      process.stdout.write(`${vm.describe(e)}\n`);
    }
    engine.flush();
  };
  const server = repl.start({
    prompt: 'lbbv> ',
    ignoreUndefined: false,
    eval: (cmd, _ctx, _file, cb) => {
      const source = cmd.replace(/\n$/, '');
      if (source.trim() === '') return cb(null, undefined);
      try {
        const [lo, hi] = engine.evalGlobal(source, 'repl');
        engine.flush();
        // As node's REPL: the value prints first, then the jobs and timers the input queued run.
        setImmediate(pump);
        // As node's REPL: `_` is the last value.
        engine.vm.setGlobal('_', lo, hi);
        cb(null, new Mirrors(engine.vm).value(lo, hi));
      } catch (e) {
        engine.flush();
        if (e instanceof LbbvSyntaxError && isIncomplete(e, source)) return cb(new repl.Recoverable(e), undefined);
        if (e instanceof ExitSignal) process.exit(e.code);
        // As node's REPL: `_error` is the last error thrown.
        if (e instanceof Thrown) engine.vm.setGlobal('_error', e.lo, e.hi);
        process.stdout.write(`${vm.describe(e)}\n`);
        setImmediate(pump);
        // The error was the output: no `undefined` after it.
        const srv = server as { ignoreUndefined: boolean };
        const ignore = srv.ignoreUndefined;
        srv.ignoreUndefined = true;
        cb(null, undefined);
        srv.ignoreUndefined = ignore;
      }
    },
    writer: (v) => inspect(v),
  });
  server.setupHistory(path.join(os.homedir(), '.lbbv_repl_history'), () => {});
  server.defineCommand('bytecode', {
    help: 'Show the bytecode of a function: .bytecode <name>',
    action(name: string) {
      const v = engine.vm;
      const matches = v.iseqs.filter((s) => s.name === name.trim());
      if (matches.length === 0) process.stdout.write(`no function named '${name.trim()}'\n`);
      for (const s of matches) {
        process.stdout.write(
          disasm(s, { iseqName: (id) => v.iseqs[id]?.name || '<anonymous>', globalName: (slot) => v.globalNames[slot] ?? '?' }) + '\n',
        );
      }
      this.displayPrompt();
    },
  });
}
