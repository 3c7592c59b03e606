// The REPL: node:repl for line editing, history, multi-line input and the
// commands it brings (.break .editor .exit .help .load .save); lbbv
// evaluates. Declarations persist between lines as globals, with node's
// REPL rules: a `const` cannot be assigned, and a name declared with
// let/const/class cannot be declared again (nor a var or function over it).
// Own commands: .bytecode, .disasm, .stats and .clear (a fresh VM).

import * as os from 'node:os';
import * as path from 'node:path';
import * as repl from 'node:repl';
import { inspect } from 'node:util';
import type * as acorn from 'acorn';
import { disasm } from '../bytecode/disasm';
import type { VM } from '../index';
import { formatStats } from '../lbbv/report';
import { blockId } from '../lbbv/versions';
import { parseProgram } from '../parser';
import { LbbvSyntaxError } from '../parser/errors';
import { Mirrors } from '../vm/builtins/mirror';
import { ExitSignal, Thrown } from '../vm/errors';
import { L } from '../vm/layout';
import { disassembleBlock } from '../x86asm/disasm';

/** acorn messages that mean "the input so far is incomplete". */
function isIncomplete(e: LbbvSyntaxError, source: string): boolean {
  return /Unexpected token|Unterminated/.test(e.message) && e.line >= source.split('\n').length && /(\{|\(|\[|,|=>|`)\s*$|^[^]*\{[^}]*$/.test(source);
}

const KEYWORDS = 'break case catch class const continue debugger default delete do else extends false finally for function if in instanceof let new null return super switch this throw true try typeof var void while'.split(' ');

/** The names a REPL input declares at its top level. */
function topDeclarations(program: acorn.Program): { lexical: [string, string][]; vars: string[] } {
  const lexical: [string, string][] = [];
  const vars: string[] = [];
  const names = (p: acorn.Pattern | null | undefined, out: string[]): void => {
    if (!p) return;
    if (p.type === 'Identifier') out.push(p.name);
    else if (p.type === 'ObjectPattern') for (const q of p.properties) names(q.type === 'RestElement' ? q.argument : q.value, out);
    else if (p.type === 'ArrayPattern') for (const q of p.elements) names(q, out);
    else if (p.type === 'AssignmentPattern') names(p.left, out);
    else if (p.type === 'RestElement') names(p.argument, out);
  };
  for (const s of program.body) {
    if (s.type === 'VariableDeclaration') {
      const out: string[] = [];
      for (const d of s.declarations) names(d.id, out);
      if (s.kind === 'var') vars.push(...out);
      else for (const n of out) lexical.push([n, s.kind]);
    } else if (s.type === 'FunctionDeclaration' && s.id) vars.push(s.id.name);
    else if (s.type === 'ClassDeclaration' && s.id) lexical.push([s.id.name, 'class']);
  }
  return { lexical, vars };
}

export function startRepl(makeVM: () => VM): void {
  let vm = makeVM();
  let engine = vm.engine;
  /** Names declared by earlier inputs: let/const/class (with the kind), and var/function. */
  let lexical = new Map<string, string>();
  let varNames = new Set<string>();
  let constGlobals = new Set<string>();
  /** The statistics at the last .stats. */
  let lastStats: Record<string, unknown> | null = null;
  const enableComments = (): void => {
    // .disasm shows the code's comments (instruction names, contexts).
    if (engine.jit) engine.jit.inline.commentsEnabled = engine.jit.outlined.commentsEnabled = true;
  };
  enableComments();
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

  /** Ends an input with nothing printed (not even `undefined`). */
  const printNothing = (cb: (err: Error | null, result?: unknown) => void): void => {
    const srv = server as unknown as { ignoreUndefined: boolean };
    const ignore = srv.ignoreUndefined;
    srv.ignoreUndefined = true;
    cb(null, undefined);
    srv.ignoreUndefined = ignore;
  };

  /** The error as node's REPL prints it, with `_error` set; no `undefined` after it. */
  const showError = (e: unknown, cb: (err: Error | null, result?: unknown) => void): void => {
    if (e instanceof Thrown) engine.vm.setGlobal('_error', e.lo, e.hi);
    process.stdout.write(`${vm.describe(e)}\n`);
    printNothing(cb);
  };

  const server = repl.start({
    prompt: 'lbbv> ',
    ignoreUndefined: false,
    eval: (cmd, _ctx, _file, cb) => {
      const source = cmd.replace(/\n$/, '');
      // An empty line prints nothing, as in node's REPL.
      if (source.trim() === '') return printNothing(cb);
      try {
        // Redeclarations fail before anything runs, as in node's REPL.
        const decls = topDeclarations(parseProgram(source, 'repl'));
        for (const [name] of decls.lexical) {
          if (lexical.has(name) || varNames.has(name)) return showError(new LbbvSyntaxErrorAsThrown(engine, `Identifier '${name}' has already been declared`).thrown, cb);
        }
        for (const name of decls.vars) {
          if (lexical.has(name)) return showError(new LbbvSyntaxErrorAsThrown(engine, `Identifier '${name}' has already been declared`).thrown, cb);
        }
        let result: [number, number];
        // As node's REPL: the terminal leaves raw mode while the input runs, so
        // Ctrl-C is a SIGINT, which stops the evaluation (Engine.interruptible).
        // The handler is armed first and raw mode comes back before it is disarmed:
        // a Ctrl-C in between never finds SIGINT's default action (exit).
        const raw = process.stdin.isTTY ? process.stdin.isRaw : false;
        try {
          result = engine.interruptible(() => {
            if (raw) process.stdin.setRawMode(false);
            try {
              return engine.evalGlobal(source, 'repl', constGlobals);
            } finally {
              if (raw) process.stdin.setRawMode(true);
            }
          });
        } finally {
          // What was declared stays declared, even when the input threw after the declaration.
          for (const [name, kind] of decls.lexical) {
            lexical.set(name, kind);
            if (kind === 'const') constGlobals.add(name);
          }
          for (const name of decls.vars) varNames.add(name);
        }
        engine.flush();
        // As node's REPL: the value prints first, then the jobs and timers the input queued run.
        setImmediate(pump);
        // As node's REPL: `_` is the last value.
        engine.vm.setGlobal('_', result[0], result[1]);
        cb(null, new Mirrors(engine.vm).value(result[0], result[1]));
      } catch (e) {
        engine.flush();
        if (e instanceof LbbvSyntaxError && isIncomplete(e, source)) return cb(new repl.Recoverable(e), undefined);
        if (e instanceof ExitSignal) process.exit(e.code);
        setImmediate(pump);
        showError(e, cb);
      }
    },
    writer: (v) => inspect(v),
    completer: (line: string) => complete(line),
  });
  server.setupHistory(path.join(os.homedir(), '.lbbv_repl_history'), () => {});

  /** Tab completion: lbbv's globals, or the properties of the value a dotted name chain reads. */
  const complete = (line: string): [string[], string] => {
    const m = /((?:[A-Za-z_$][\w$]*\.)*)([A-Za-z_$][\w$]*)?$/.exec(line);
    const chain = m?.[1] ?? '';
    const word = m?.[2] ?? '';
    let names: string[];
    if (chain === '') {
      names = [...engine.vm.globalNames, ...KEYWORDS];
    } else {
      const v = engine.vm;
      let value: [number, number];
      try {
        value = engine.evalGlobal(chain.slice(0, -1), 'repl-complete');
      } catch {
        return [[], word];
      }
      const [lo, hi] = value;
      const seen = new Set<string>();
      let o = hi === L.TAG_OBJECT || hi === L.TAG_ARRAY || hi === L.TAG_FUNCTION ? lo : hi === L.TAG_UNDEF || hi === L.TAG_NULL ? 0 : v.protoForPrimitive(hi);
      for (; o !== 0; o = v.protoOf(o)) for (const k of v.shapeOf(o).keys) if (typeof k === 'string' && /^[A-Za-z_$][\w$]*$/.test(k)) seen.add(k);
      names = [...seen];
    }
    const hits = [...new Set(names)].filter((n) => n.startsWith(word) && n !== '').sort();
    return [hits.map((h) => chain + h), chain + word];
  };

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
  server.defineCommand('disasm', {
    help: 'Show the machine code of a function\'s compiled blocks: .disasm <name>',
    action(arg: string) {
      const name = arg.trim();
      const jit = engine.jit;
      const v = engine.vm;
      if (!jit) process.stdout.write('the JIT is off\n');
      else {
        const iseqs = v.iseqs.filter((s) => s.name === name);
        // A block compiled as the fall-through of another took the place of that one's last jump: it ends where the next begins.
        const starts = v.iseqs.flatMap((s) => Array.from({ length: s.code.length }, (_, pc) => jit.versions.versions(blockId(s.id, pc)).map((b) => b.start)).flat()).sort((a, b) => a - b);
        const endOf = (b: { start: number; end: number }): number => Math.min(b.end, starts.find((x) => x > b.start) ?? Infinity);
        let shown = 0;
        for (const iseq of iseqs) {
          for (let pc = 0; pc < iseq.code.length; pc++) {
            for (const b of jit.versions.versions(blockId(iseq.id, pc))) {
              shown++;
              process.stdout.write(`== BLOCK ${iseq.name}@${iseq.file}:${iseq.position(pc).line} pc=${pc} version ${b.version} ctx=${b.ctx.toString()}\n`);
              process.stdout.write(disassembleBlock(jit.inline, b.start, endOf(b)) + '\n');
            }
          }
        }
        if (iseqs.length === 0) process.stdout.write(`no function named '${name}'\n`);
        else if (shown === 0) process.stdout.write(`'${name}' has no compiled blocks yet (it compiles after ${v.jitThreshold} calls or loop iterations)\n`);
      }
      this.displayPrompt();
    },
  });
  server.defineCommand('stats', {
    help: 'Print the JIT statistics since the last .stats',
    action() {
      const now = vm.stats();
      if (!now) process.stdout.write('the JIT is off\n');
      else {
        process.stdout.write(formatStats(lastStats ? statsSince(now, lastStats) : now));
        lastStats = now;
      }
      this.displayPrompt();
    },
  });
  server.defineCommand('clear', {
    help: 'Forget every declaration: a fresh VM',
    action() {
      process.stdout.write('Clearing context...\n');
      vm = makeVM();
      engine = vm.engine;
      enableComments();
      lexical = new Map();
      varNames = new Set();
      constGlobals = new Set();
      lastStats = null;
      this.displayPrompt();
    },
  });
}

/** A SyntaxError thrown by the REPL itself (a redeclaration), as a JS exception of the VM. */
class LbbvSyntaxErrorAsThrown {
  readonly thrown: Thrown;
  constructor(engine: VM['engine'], message: string) {
    this.thrown = new Thrown(engine.vm.makeError('SyntaxError', message), L.TAG_OBJECT);
  }
}

/** Counters since an earlier snapshot: numbers and per-key counts subtracted; the ratios and the histogram as they are now. */
export function statsSince(now: Record<string, unknown>, then: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const current = new Set(['versions_per_block', 'max_versions_per_block', 'ratio_in_jit', 'versions_histogram', 'jit']);
  for (const [k, v] of Object.entries(now)) {
    const before = then[k];
    if (current.has(k)) out[k] = v;
    else if (typeof v === 'number' && typeof before === 'number') out[k] = +(v - before).toFixed(2);
    else if (typeof v === 'object' && v !== null && typeof before === 'object' && before !== null) {
      const b = before as Record<string, number>;
      out[k] = Object.fromEntries(Object.entries(v as Record<string, number>).map(([r, n]) => [r, n - (b[r] ?? 0)]).filter(([, n]) => (n as number) > 0));
    } else out[k] = v;
  }
  const j = out.jit_insns_count;
  const i = out.vm_insns_count;
  if (typeof j === 'number' && typeof i === 'number' && 'ratio_in_jit' in out) out.ratio_in_jit = j + i > 0 ? +((100 * j) / (j + i)).toFixed(2) : 0;
  return out;
}
