// The engine: a VM plus the compiler, the interpreter loop, the JIT, CommonJS
// modules and output buffering. The CLI, the REPL and the embedding API use
// it. It sits above every layer (docs/ARCHITECTURE.md): the VM knows the JIT
// only through the hooks of src/vm/hooks.ts, installed here.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { builtinModules } from 'node:module';
import { compileProgram, type CompileHost } from './bytecode/compiler';
import { IC, type ISeq } from './bytecode/iseq';
import type { Scope } from './bytecode/scope';
import { parseProgram } from './parser';
import { describe } from './vm/builtins/array';
import { GENERIC_NATIVE_METHODS, PRELUDE_FILE, PRELUDE_METHODS, PRELUDE_SOURCE } from './vm/builtins/prelude';
import { isSparse } from './vm/sparse';
import { fromHost, setupRealm } from './vm/builtins/realm';
import { ExitSignal, Thrown } from './vm/errors';
import { run } from './vm/interpreter';
import { L } from './vm/layout';
import { doubleBits } from './vm/values';
import { loadNative, type Native } from './native';
import { Jit } from './lbbv/jit';
import { PerfMap } from './lbbv/perfmap';
import { contextHashingReady } from './lbbv/context';
import type { MemoryBacking } from './vm/memory';
import { FdOutput, OUTPUT_BYTES } from './output';
import { VM, type NativeFn, type NativeInfo, type VMOptions } from './vm/vm';

export interface EngineOptions extends VMOptions {
  /** Use the LBBV JIT (default true; needs the native addon and initContextHashing()). */
  jit?: boolean;
  jitCallThreshold?: number;
  jitMaxVersions?: number;
  jitMemSizeMiB?: number;
  /** Collect JIT statistics (counters compiled into machine code, interpreter instruction counts). */
  stats?: boolean;
  /** Print each compiled block. */
  disasm?: boolean;
  /**
   * Own the process's SIGINT and SIGTERM (the CLI): stdout goes through the
   * native addon's block, whose handlers write what is pending and then die
   * by the signal, as node does. Needs the addon; otherwise ignored.
   */
  catchSignals?: boolean;
  /** Compile only functions with these names (--jit-only). */
  jitOnly?: string[];
  /** Record every side exit's source location (--jit-trace-exits). */
  jitTraceExits?: boolean;
  /** Compiled blocks check their entry context against the frame (--jit-verify-ctx). */
  jitVerifyCtx?: boolean;
  /** --disasm=NAME[,NAME]: print only these functions' blocks (with disasm). */
  disasmOnly?: string[];
  /** Write /tmp/perf-<pid>.map naming every compiled block for `perf report` (--perf-map). */
  perfMap?: boolean;
}

/** A compiled module's record: its `module` object (pinned) and state. */
interface ModuleRecord {
  module: number;
  loaded: boolean;
}

const WRAPPER = ['exports', 'require', 'module', '__filename', '__dirname'];

export class Engine {
  readonly vm: VM;
  private out: FdOutput | null = null;
  private readonly modules = new Map<string, ModuleRecord>();
  private readonly host: CompileHost;

  /** The native addon, when it loaded (null: interpreter-only, with `nativeReason` saying why). */
  readonly native: Native | null;
  readonly nativeReason: string | null;

  constructor(readonly opts: EngineOptions = {}) {
    const userOut = opts.stdout;
    const load = opts.backing ? { native: null, reason: 'a backing store was given' } : loadNative();
    this.native = load.native;
    this.nativeReason = load.reason;
    this.vm = new VM({
      ...opts,
      backing: opts.backing ?? (load.native ? nativeBacking(load.native, (opts.memoryMiB ?? 1024) * 1024 * 1024) : undefined),
      stdout: userOut ?? ((s) => this.write(s)),
      stderr: opts.stderr ?? ((s) => {
        this.flush();
        fs.writeSync(2, s);
      }),
    });
    this.vm.runLoop = run;
    this.vm.compileGlobal = (source, file) => this.compile(source, file, 'global');
    this.vm.compileEval = (source, scope) => {
      const program = parseProgram(source, 'eval');
      return compileProgram(program, this.host, { file: 'eval', source, mode: 'module', wrapperParams: [], evalScope: scope as Scope });
    };
    setupRealm(this.vm);
    this.jitReason = this.startJit(opts);
    const vm = this.vm;
    this.host = {
      constString: (s) => vm.pinString(s),
      registerISeq: (iseq) => this.register(iseq),
      globalSlot: (name) => vm.globalSlot(name),
      doubleWords: (x) => doubleBits(x),
      envFields: (count, startsUndefined) => vm.allocEnvFields(count, startsUndefined),
      regexpSite: (pattern, flags) => vm.regexpSite(pattern, flags),
      templateSite: (cooked, raw) => vm.templateSite(cooked, raw),
      evalScope: (scope) => vm.evalScopes.push(scope) - 1,
    };
    this.deferPrelude();
  }

  /**
   * The self-hosted built-ins are compiled when a program first calls one
   * of the methods they replace (a program that never does pays nothing at
   * start-up): until then the native versions stay installed, wrapped so
   * that their first call installs the prelude and then runs as usual.
   */
  private deferPrelude(): void {
    const vm = this.vm;
    const wrapped: [NativeInfo, NativeFn][] = [];
    const install = (): void => {
      if (this.preludeInstalled) return;
      this.preludeInstalled = true;
      for (const [info, fn] of wrapped) info.fn = fn;
      this.installPrelude();
    };
    this.ensurePrelude = install;
    // Native methods on a receiver that is not a dense array run the generic version.
    for (const name of GENERIC_NATIVE_METHODS) {
      vm.getProp(vm.arrayProto, L.TAG_OBJECT, name);
      const info = vm.natives[vm.u32[(vm.rlo + L.FN_ISEQ) >>> 2]];
      const fn = info.fn;
      const concat = name === 'concat';
      info.fn = (vm, args, argc, self, newTarget) => {
        if (vm.u32[self + 1] === L.TAG_ARRAY && !isSparse(vm, vm.u32[self]) && !(concat && anySparseArray(vm, args, argc))) return fn(vm, args, argc, self, newTarget);
        this.callGeneric(name, args, argc, self);
      };
    }
    for (const name of Object.keys(PRELUDE_METHODS)) {
      vm.getProp(vm.arrayProto, L.TAG_OBJECT, name);
      const info = vm.natives[vm.u32[(vm.rlo + L.FN_ISEQ) >>> 2]];
      const fn = info.fn;
      wrapped.push([info, fn]);
      info.fn = (vm, args, argc, self, newTarget) => {
        install();
        fn(vm, args, argc, self, newTarget);
      };
    }
  }

  private preludeInstalled = false;
  private ensurePrelude: () => void = () => {};
  /** The prelude's generic Array.prototype methods (pinned), by name. */
  private readonly genericFns = new Map<string, number>();

  /** Runs the prelude's generic version of an Array.prototype method on the receiver in stack slot `self`. */
  private callGeneric(name: string, args: number, argc: number, self: number): void {
    const vm = this.vm;
    this.ensurePrelude();
    const fn = this.genericFns.get(name);
    if (fn === undefined) throw new Error(`prelude: no generic Array.prototype.${name}`);
    const words: number[] = [];
    for (let i = 0; i < 2 * argc; i++) words.push(vm.u32[args + i]);
    vm.callFunction(fn, L.TAG_FUNCTION, vm.u32[self], vm.u32[self + 1], words);
  }

  /** Compiles and runs the self-hosted built-ins (builtins/prelude.ts) and installs them on Array.prototype. */
  private installPrelude(): void {
    const vm = this.vm;
    const program = parseProgram(PRELUDE_SOURCE, PRELUDE_FILE);
    const iseq = compileProgram(program, this.host, { file: PRELUDE_FILE, source: PRELUDE_SOURCE, mode: 'module', wrapperParams: ['exports'], builtins: true });
    const mark = vm.handleMark();
    const exports = vm.newObject(vm.objectProto);
    vm.protect(exports, L.TAG_OBJECT);
    const helper = (name: string, fn: NativeFn): void => {
      const f = vm.newNativeFunction(name, fn, 1);
      vm.protect(f, L.TAG_FUNCTION);
      vm.defineOwn(exports, name, f, L.TAG_FUNCTION);
    };
    helper('notFunction', (vm, args, argc) => vm.throwError('TypeError', `${describe(vm, argc > 0 ? vm.u32[args] : 0, argc > 0 ? vm.u32[args + 1] : L.TAG_UNDEF)} is not a function`));
    helper('reduceEmpty', (vm) => vm.throwError('TypeError', 'Reduce of empty array with no initial value'));
    this.runTop(iseq, 0, L.TAG_UNDEF, [exports, L.TAG_OBJECT]);
    vm.getProp(exports, L.TAG_OBJECT, 'generic');
    const generic = vm.rlo;
    vm.protect(generic, L.TAG_OBJECT);
    for (const name of vm.ownKeys(generic, L.TAG_OBJECT)) {
      vm.getProp(generic, L.TAG_OBJECT, name);
      vm.pinnedRefs.add(vm.rlo);
      this.genericFns.set(name, vm.rlo);
    }
    vm.getProp(exports, L.TAG_OBJECT, 'methods');
    const methods = vm.rlo;
    vm.protect(methods, L.TAG_OBJECT);
    for (const [name, length] of Object.entries(PRELUDE_METHODS)) {
      vm.getProp(methods, L.TAG_OBJECT, name);
      const fn = vm.rlo;
      vm.iseqs[vm.u32[(fn + L.FN_ISEQ) >>> 2]].declaredLength = length;
      // Replace the native version's value, keeping the property (and its attributes) in place.
      if (!vm.findProperty(vm.arrayProto, name) || vm.foundHolder !== vm.arrayProto) throw new Error(`prelude: Array.prototype.${name} is missing`);
      vm.shapes.noteStore(vm.shapeOf(vm.arrayProto), vm.foundSlot, L.TAG_FUNCTION);
      const q = vm.slotQ(vm.arrayProto, vm.shapeOf(vm.arrayProto), vm.foundSlot);
      vm.u32[q] = fn;
      vm.u32[q + 1] = L.TAG_FUNCTION;
    }
    vm.releaseHandles(mark);
  }

  /** Why the JIT is off (null when it is on, or was not asked for). */
  readonly jitReason: string | null;
  /** The JIT, when it is on (vm.jit holds the same object, seen as its hooks). */
  jit: Jit | null = null;
  /** --perf-map's file, when asked for and the JIT is on. */
  perfMap: PerfMap | null = null;

  private startJit(opts: EngineOptions): string | null {
    const vm = this.vm;
    vm.jitThreshold = opts.jitCallThreshold ?? 30;
    vm.countInsns = !!opts.stats;
    if (opts.jit === false) return null;
    if (!this.native) return this.nativeReason;
    if (!contextHashingReady()) return 'the context hasher is not initialised (await initContextHashing())';
    try {
      this.jit = new Jit(vm, this.native, {
        callThreshold: vm.jitThreshold,
        maxVersions: opts.jitMaxVersions ?? 4,
        memSizeMiB: opts.jitMemSizeMiB ?? 64,
        stats: !!opts.stats,
        disasm: !!opts.disasm,
        only: opts.jitOnly ? new Set(opts.jitOnly) : undefined,
        traceExits: !!opts.jitTraceExits,
        verifyCtx: !!opts.jitVerifyCtx,
        log: (s) => vm.stderr(s),
        disasmOnly: opts.disasmOnly ? new Set(opts.disasmOnly) : undefined,
        onBlock: opts.perfMap ? (iseq, block, inline, outlined) => this.perfMap!.block(iseq, block, inline, outlined) : undefined,
      });
      vm.jit = this.jit;
      if (opts.perfMap) {
        this.perfMap = new PerfMap();
        // The exits every block shares, made with the JIT.
        const o = this.jit.outlined;
        this.perfMap.add(o.addrOf(0), o.writePos, 'lbbv: shared exits');
      }
    } catch (e) {
      return `the JIT could not start: ${(e as Error).message}`;
    }
    // __lbbv_stats(): the JIT's counters as an object, so a benchmark harness can track warm-up per iteration.
    const statsFn = vm.newNativeFunction('__lbbv_stats', (vm) => fromHost(vm, this.jitStats()), 0);
    vm.setGlobal('__lbbv_stats', statsFn, L.TAG_FUNCTION);
    return null;
  }

  /** JIT statistics (YJIT's names), or null without the JIT. */
  jitStats(): Record<string, unknown> | null {
    return this.jit ? this.jit.stats(this.vm.insnCount) : null;
  }

  // ------------------------------------------------------------- output

  private write(s: string): void {
    (this.out ??= this.openStdout()).write(s);
  }

  private openStdout(): FdOutput {
    const native = this.opts.catchSignals ? this.native : null;
    if (native?.outputBuffer && native.flushOutput) return new FdOutput(1, native.outputBuffer(OUTPUT_BYTES), native.flushOutput);
    return new FdOutput(1);
  }

  /** Writes buffered stdout (before stderr output, exit, or a REPL prompt). */
  flush(): void {
    this.out?.flush();
  }

  // ----------------------------------------------------------- compiling

  private register(iseq: ISeq): number {
    const vm = this.vm;
    iseq.id = vm.iseqs.length;
    vm.iseqs.push(iseq);
    iseq.ic = new Uint32Array(IC.WORDS * iseq.icCount);
    return iseq.id;
  }

  /** Parses, checks and compiles a source. Throws LbbvSyntaxError. */
  compile(source: string, file: string, mode: 'module' | 'global' = 'module', completion = false, constGlobals?: ReadonlySet<string>): ISeq {
    const program = parseProgram(source, file);
    return compileProgram(program, this.host, { file, source, mode, wrapperParams: mode === 'module' ? WRAPPER : [], completion, constGlobals });
  }

  // ------------------------------------------------------------- running

  /** Runs a top-level iseq as a function with the given this and arguments; result in vm.rlo/rhi. */
  private runTop(iseq: ISeq, thisLo: number, thisHi: number, args: number[]): void {
    const vm = this.vm;
    const fn = vm.newFunction(iseq.id, 0, 16 /* L.FNF_METHOD */);
    vm.callFunction(fn, L.TAG_FUNCTION, thisLo, thisHi, args);
  }

  /** Runs a main program (CommonJS module semantics). Returns its completion value (a last expression statement's value, else undefined). */
  runMain(source: string, file: string): [number, number] {
    const abs = path.resolve(file);
    let value: [number, number] = [0, L.TAG_UNDEF];
    // Stack frames and code frames name the file by its absolute path, as node's do ([eval] and [stdin] stay).
    this.loadModule(abs, source, /^[[<]/.test(file) ? file : abs, (lo, hi) => (value = [lo, hi]));
    return value;
  }

  /**
   * Runs `body` so that SIGINT (Ctrl-C) stops it with an InterruptSignal (the
   * REPL's evaluation): while it runs, the native handler sets the VM
   * memory's INTERRUPT word, which the interpreter and machine code check at
   * loop back-edges and function entries. Without the native addon (memory
   * at no stable address) SIGINT keeps its usual action.
   */
  interruptible<T>(body: () => T): T {
    const watch = this.native?.watchInterrupt;
    const address = this.vm.mem.address;
    if (!watch || address === 0) return body();
    this.vm.u32[L.INTERRUPT >>> 2] = 0;
    watch(address + L.INTERRUPT);
    try {
      return body();
    } finally {
      watch(0);
      this.vm.u32[L.INTERRUPT >>> 2] = 0;
    }
  }

  /** Evaluates REPL input: top-level declarations become globals. Returns the completion value as a host mirror-able pair. */
  evalGlobal(source: string, file = 'repl', constGlobals?: ReadonlySet<string>): [number, number] {
    const iseq = this.compile(source, file, 'global', false, constGlobals);
    this.runTop(iseq, 0, L.TAG_UNDEF, []);
    return [this.vm.rlo, this.vm.rhi];
  }

  // ------------------------------------------------------------- modules

  private loadModule(abs: string, source: string, displayName: string, completion?: (lo: number, hi: number) => void): number {
    const vm = this.vm;
    const mark = vm.handleMark();
    const module = vm.newObject(vm.objectProto);
    vm.pinnedRefs.add(module);
    const exports = vm.newObject(vm.objectProto);
    vm.defineOwn(module, 'exports', exports, L.TAG_OBJECT);
    vm.retString(abs);
    vm.defineOwn(module, 'id', vm.rlo, vm.rhi);
    const rec: ModuleRecord = { module, loaded: false };
    this.modules.set(abs, rec);
    const iseq = this.compile(source, displayName, 'module', completion !== undefined);
    const dir = path.dirname(abs);
    const req = vm.newNativeFunction('require', (vm, args, argc) => {
      if (argc < 1 || vm.u32[args + 1] !== L.TAG_STRING) vm.throwError('TypeError', 'The "id" argument must be of type string');
      this.require(vm.str(vm.u32[args]), dir, abs);
    }, 1);
    vm.protect(req, L.TAG_FUNCTION);
    vm.retString(abs);
    const fileStr = vm.rlo;
    vm.protect(fileStr, L.TAG_STRING);
    vm.retString(dir);
    const dirStr = vm.rlo;
    vm.protect(dirStr, L.TAG_STRING);
    this.runTop(iseq, exports, L.TAG_OBJECT, [exports, L.TAG_OBJECT, req, L.TAG_FUNCTION, module, L.TAG_OBJECT, fileStr, L.TAG_STRING, dirStr, L.TAG_STRING]);
    completion?.(vm.rlo, vm.rhi);
    vm.releaseHandles(mark);
    rec.loaded = true;
    return module;
  }

  /** require(spec) from a module in `dir`; result in vm.rlo/rhi. */
  private require(spec: string, dir: string, from: string): void {
    const vm = this.vm;
    const bare = spec.replace(/^node:/, '');
    if (!spec.startsWith('.') && !spec.startsWith('/')) {
      if (builtinModules.includes(bare)) this.throwModuleError(`Node built-in module '${spec}' is not supported by lbbv`, 'ERR_UNSUPPORTED_MODULE');
      this.throwModuleError(`Cannot find module '${spec}'\nRequire stack:\n- ${from}`, 'MODULE_NOT_FOUND');
    }
    const base = path.resolve(dir, spec);
    const candidates = [base, `${base}.js`, path.join(base, 'index.js')];
    const file = candidates.find((f) => fs.existsSync(f) && fs.statSync(f).isFile());
    if (!file) this.throwModuleError(`Cannot find module '${spec}'\nRequire stack:\n- ${from}`, 'MODULE_NOT_FOUND');
    const cached = this.modules.get(file);
    const module = cached ? cached.module : this.loadModule(file, fs.readFileSync(file, 'utf8'), file);
    vm.getProp(module, L.TAG_OBJECT, 'exports');
  }

  private throwModuleError(message: string, code: string): never {
    const vm = this.vm;
    const err = vm.makeError('Error', message);
    vm.protect(err, L.TAG_OBJECT);
    vm.retString(code);
    vm.defineOwn(err, 'code', vm.rlo, vm.rhi);
    vm.unprotect(1);
    throw new Thrown(err, L.TAG_OBJECT);
  }
}

/** The VM's linear memory as a native reservation at a stable address, committed as the heap grows. */
function nativeBacking(native: Native, bytes: number): MemoryBacking {
  const mem = native.reserveMemory(bytes, 0);
  return { buffer: mem.buffer, address: mem.address, commit: (n) => mem.commit(n) };
}

export { ExitSignal, Thrown };

/** Whether an argument of a native call is a sparse array (concat reads its arguments' elements). */
function anySparseArray(vm: VM, args: number, argc: number): boolean {
  for (let i = 0; i < argc; i++) if (vm.u32[args + 2 * i + 1] === L.TAG_ARRAY && isSparse(vm, vm.u32[args + 2 * i])) return true;
  return false;
}
