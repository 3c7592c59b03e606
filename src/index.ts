// The embedding API: `import { VM } from 'lbbv'` (documented in README.md,
// "Embedding").
//
//   const vm = new VM({ stdout: (s) => out.push(s) });
//   const { exitCode, error, value } = vm.run('console.log(1 + 1); 6 * 7', 'two.js');
//
// The JIT is on from the first `new VM()` when the native addon is built
// (`vm.jitEnabled`; `vm.jitReason` says why not).

import { formatWithOptions, inspect } from 'node:util';
import { codeFrame, materializeStack } from './vm/stack';
import { disasmAll } from './bytecode/disasm';
import { LbbvSyntaxError } from './parser/errors';
import { Mirrors } from './vm/builtins/mirror';
import { Engine, type EngineOptions } from './engine';
import { ExitSignal, FatalError, InterruptSignal, isHostStackOverflow, Thrown } from './vm/errors';
import { UnhandledRejection } from './vm/eventloop';
import { L } from './vm/layout';
import { processExitCode } from './vm/builtins/host';

export interface VMOptions extends EngineOptions {
  /** Print every function's bytecode (to stdout) before running. */
  dumpBytecode?: boolean;
}

export interface RunResult {
  /** 0, the process.exit() code, or 1 after an uncaught error. */
  exitCode: number;
  /** The error report (what the CLI prints to stderr), if any. */
  error?: string;
  /**
   * The completion value: the value of the program's last statement when it
   * is an expression statement (else undefined), as a host value (objects
   * and arrays are copies). Absent after an error or process.exit().
   */
  value?: unknown;
}

/**
 * Test mode (LBBV_HOST_ERRORS=fail, set by the differential suite and usable
 * with the fuzzer): a host exception escaping the VM — an internal error —
 * exits with code 70 and its host stack, so that a test driver comparing exit
 * codes cannot mistake it for the program's own uncaught error.
 */
export const HOST_ERROR_EXIT_CODE = 70;

export class VM {
  readonly engine: Engine;

  constructor(readonly options: VMOptions = {}) {
    this.engine = new Engine(options);
  }

  /** Runs a program as a CommonJS main module. Never throws for program errors. */
  run(source: string, filename = '<eval>'): RunResult {
    let value: unknown;
    const result = this.guard(() => {
      if (this.options.dumpBytecode) this.dumpBytecode(source, filename);
      const [lo, hi] = this.engine.runMain(source, filename);
      value = new Mirrors(this.engine.vm).value(lo, hi);
      // As node: the event loop runs until nothing is pending (timers, immediates, jobs).
      this.engine.vm.async.run();
    });
    return result.error === undefined && !this.exited ? { ...result, value } : result;
  }

  /** True when programs run with the JIT (asked for, and the native addon loaded). */
  get jitEnabled(): boolean {
    return this.engine.vm.jit !== null && this.engine.vm.jit !== undefined;
  }

  /** Why the JIT is off although it was asked for (null when it is on, or `jit: false` was given). */
  get jitReason(): string | null {
    return this.engine.jitReason;
  }

  /** JIT statistics (with `stats: true` for the counters compiled into machine code), or null without the JIT. */
  stats(): Record<string, unknown> | null {
    return this.engine.jitStats();
  }

  private exited = false;

  /** Prints the bytecode of a program without running it. */
  dumpBytecode(source: string, filename: string): void {
    const engine = this.engine;
    const first = engine.vm.iseqs.length;
    engine.compile(source, filename);
    const vm = engine.vm;
    const text = disasmAll(vm.iseqs.slice(first), {
      iseqName: (id) => vm.iseqs[id]?.name || '<anonymous>',
      globalName: (slot) => vm.globalNames[slot] ?? '?',
    });
    vm.stdout(text);
  }

  /** Runs `body`, turning program errors into a RunResult. */
  guard(body: () => void): RunResult {
    this.exited = false;
    try {
      body();
      const exitCode = processExitCode(this.engine.vm);
      this.engine.flush();
      return { exitCode };
    } catch (e) {
      this.engine.flush();
      this.exited = e instanceof ExitSignal;
      if (isInternalError(e) && process.env.LBBV_HOST_ERRORS === 'fail') {
        return { exitCode: HOST_ERROR_EXIT_CODE, error: `${this.describe(e)}\n${(e as Error)?.stack ?? ''}` };
      }
      return { exitCode: e instanceof ExitSignal ? e.code : 1, error: e instanceof ExitSignal ? undefined : this.report(e) };
    }
  }

  /** The report for an error escaping a program. */
  describe(e: unknown): string {
    if (e instanceof UnhandledRejection && !(e.hi === L.TAG_OBJECT && this.engine.vm.getOwn(e.lo, 'stack'))) {
      // A rejection with a value that is not an error: node's ERR_UNHANDLED_REJECTION report.
      const reason = formatWithOptions({}, '%O', new Mirrors(this.engine.vm).value(e.lo, e.hi));
      return `[UnhandledPromiseRejection: This error originated either by throwing inside of an async function without a catch block, or by rejecting a promise which was not handled with .catch(). The promise rejected with the reason "${reason}".] {\n  code: 'ERR_UNHANDLED_REJECTION'\n}`;
    }
    if (e instanceof Thrown) return `Uncaught ${this.formatThrown(e)}`;
    if (e instanceof LbbvSyntaxError) return e.format();
    if (e instanceof FatalError) return `FATAL ERROR: ${e.message}`;
    if (isHostStackOverflow(e)) return 'RangeError: Maximum call stack size exceeded';
    // As node's REPL prints ERR_SCRIPT_EXECUTION_INTERRUPTED, with the program's frames where it stopped.
    if (e instanceof InterruptSignal) return `Uncaught Error: ${e.message}${e.trace} {\n  code: 'ERR_SCRIPT_EXECUTION_INTERRUPTED'\n}`;
    const err = e as Error;
    return `lbbv: internal error: ${err && err.message ? err.message : String(e)}`;
  }

  formatThrown(t: Thrown): string {
    const vm = this.engine.vm;
    if (t.hi >= L.TAG_HEAP && t.hi !== L.TAG_STRING) {
      const stack = materializeStack(vm, t.lo);
      if (stack !== undefined) return stack;
    }
    return formatWithOptions({}, '%O', new Mirrors(vm).value(t.lo, t.hi));
  }

  /**
   * The report of an error escaping a program, as node prints an uncaught
   * exception: the throw site's code frame (`file:line`, the line, a caret),
   * then an Error as util.inspect shows it (its stack, a subclass's name,
   * extra own properties), or another value inspected and followed by the
   * frames at its throw (node prints those with --trace-uncaught). Other
   * failures as describe() words them.
   */
  report(e: unknown): string {
    if (!(e instanceof Thrown)) return this.describe(e);
    const vm = this.engine.vm;
    const frame = e.site ? codeFrame(e.site) : '';
    const isObject = e.hi >= L.TAG_HEAP && e.hi !== L.TAG_STRING;
    const stack = isObject ? materializeStack(vm, e.lo) : undefined;
    const value = new Mirrors(vm).value(e.lo, e.hi);
    // node prints a thrown string as it is, anything else inspected.
    const shown = typeof value === 'string' ? value : inspect(value);
    let isError = stack !== undefined;
    if (isObject) for (let o = vm.protoOf(e.lo); o !== 0 && !isError; o = vm.protoOf(o)) isError = o === vm.errorProto;
    if (isError) return frame ? `${frame}\n\n${shown}` : shown;
    const trace = e.site?.trace ? `\nThrown at:${e.site.trace}` : '';
    return `${frame ? `\n${frame}\n` : ''}${shown}${trace}`;
  }
}

/** Whether an exception escaping the VM is a host (TypeScript) error rather than a program's error or a VM limit. */
export function isInternalError(e: unknown): boolean {
  return !(e instanceof ExitSignal || e instanceof Thrown || e instanceof LbbvSyntaxError || e instanceof FatalError || e instanceof InterruptSignal || isHostStackOverflow(e));
}

export { Engine, LbbvSyntaxError };
