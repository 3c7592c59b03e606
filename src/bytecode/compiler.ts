// The bytecode compiler: acorn AST → one ISeq per function.
//
// Pass 1 (scope.ts) resolves names and finds captured variables; this pass
// walks the tree again and emits stack code. Invariant: the operand stack is
// empty between statements, so `break`, `continue`, `return` and exception
// handlers never have stack values to clean up.

import type * as acorn from 'acorn';
import { LbbvSyntaxError } from '../parser/errors';
import { ISeq, ISEQ_ARGUMENTS, ISEQ_ARROW, ISEQ_ASYNC, ISEQ_BUILTIN, ISEQ_GENERATOR, ISEQ_CLASS_CTOR, ISEQ_DERIVED, ISEQ_METHOD, ISEQ_TOPLEVEL, type Handler } from './iseq';
import { OPS, insnLength, popCount } from './opcodes';
import { Op } from './opnums';
import { analyze, type Analysis, Binding, FnInfo, Scope, simpleParams } from './scope';

type AnyNode = acorn.AnyNode;
type Expr = acorn.Expression | acorn.Super | acorn.PrivateIdentifier;

/** What the compiler needs from the VM: heap strings for constants, iseq registration, global slots. */
export interface CompileHost {
  /** A heap string reference for a constant (kept alive by the constant pool). */
  constString(s: string): number;
  /** Registers a finished iseq and returns its id. */
  registerISeq(iseq: ISeq): number;
  /** The global slot for a name, created on first use. */
  globalSlot(name: string): number;
  /** Encodes a double as [lo, hi]. */
  doubleWords(x: number): [number, number];
  /**
   * Reserves field-type keys for the `count` slots of one scope's ENV and
   * returns the first; `startsUndefined[i]` says slot i can be read before
   * its first store (a `var` holds undefined until then). Optional: without
   * it no keys are kept.
   */
  envFields?(count: number, startsUndefined: boolean[]): number;
  /** Compiles a regexp literal's pattern once and returns its site id; throws a SyntaxError with the host's message. */
  regexpSite?(pattern: string, flags: string): number;
  /** Registers a tagged-template site (its cooked strings, null where an escape is invalid, and raw strings); returns its id. */
  templateSite?(cooked: (string | null)[], raw: string[]): number;
  /** Keeps the scope of a direct eval call site (for compiling the eval'd code later); returns its index. */
  evalScope?(scope: Scope): number;
}

export interface CompileOptions {
  file: string;
  source: string;
  /** 'module': the top level is a function with `wrapperParams`; 'global': the REPL. */
  mode: 'module' | 'global';
  wrapperParams?: string[];
  /**
   * Compiling the VM's self-hosted built-ins: calls to the intrinsics
   * (__isArray, __arrayHas, __argc, __call) compile to their instructions,
   * and every iseq is marked ISEQ_BUILTIN.
   */
  builtins?: boolean;
  /** Module mode: the top-level function returns the value of a last expression statement (the embedding API's completion value). */
  completion?: boolean;
  /** Direct eval code: compiled inside this scope of its caller; the result is its last expression statement's value. */
  evalScope?: Scope;
  /** Global mode (the REPL): globals that earlier inputs declared `const`; assigning one throws. */
  constGlobals?: ReadonlySet<string>;
}

/** Intrinsic calls of self-hosted built-ins, by name: their argument count (-2: at least two). */
const INTRINSICS: Record<string, number> = { __isArray: 1, __arrayHas: 2, __argc: 0, __call: -2 };

/** Compiles a checked program; returns the top-level iseq. */
export function compileProgram(program: acorn.Program, host: CompileHost, opts: CompileOptions): ISeq {
  const params = opts.wrapperParams ?? [];
  const analysis = analyze(program, opts.mode, params, opts.evalScope ?? null);
  const c = new Compiler(host, analysis, opts);
  return c.compileTop(program, params);
}

interface Label {
  pos: number; // -1 until bound
  refs: number[]; // operand positions to patch
}

type Ctx =
  | { kind: 'loop'; breakL: Label; continueL: Label; labels?: string[] }
  | { kind: 'switch'; breakL: Label }
  | { kind: 'label'; breakL: Label; labels: string[] }
  | { kind: 'env' }
  | { kind: 'finally'; body: acorn.BlockStatement }
  | { kind: 'try'; region: Region }
  /** An open iterator record (locals base..base+3): jumps out of it close the iterator (iter_close base, 0). */
  | { kind: 'iter'; base: number };

interface Region {
  start: number; // -1 while suspended
  handler: Label;
  ranges: [number, number][];
}

/** Emission state for one function. */
class FnBuilder {
  code: number[] = [];
  lines: number[] = [];
  cols: number[] = [];
  consts: number[] = [];
  constValues: (number | string)[] = [];
  constIndex = new Map<string, number>();
  regions: Region[] = [];
  ctx: Ctx[] = [];
  /** Labels of the loop statement being compiled (taken by its loop ctx entry). */
  pendingLabels: string[] | undefined;
  icCount = 0;
  localCount = 0;
  localNames: string[] = [];
  /** pc -> env field key of a getenv/setenv instruction. */
  envKeys = new Map<number, number>();
  depth = 0;
  maxDepth = 0;
  line = 0;
  col = 0;
  readonly iseq: ISeq;
  constructor(
    iseq: ISeq,
    readonly info: FnInfo,
  ) {
    this.iseq = iseq;
  }

  /** Generator and async functions: the hidden local holding the generator object (initgen's operand). */
  genLocal = -1;
  newLocal(name: string): number {
    this.localNames.push(name);
    return this.localCount++;
  }
}

class Compiler {
  b!: FnBuilder;

  constructor(
    readonly host: CompileHost,
    readonly an: Analysis,
    readonly opts: CompileOptions,
  ) {}

  // ---------------------------------------------------------------- errors

  fail(node: acorn.Node, msg: string): never {
    const loc = node.loc!.start;
    throw new LbbvSyntaxError(msg, this.opts.file, loc.line, loc.column + 1, this.opts.source);
  }

  // -------------------------------------------------------------- emission

  emit(op: Op, ...operands: number[]): number {
    const b = this.b;
    const pc = b.code.length;
    b.code.push(op, ...operands);
    b.lines[pc] = b.line;
    b.cols[pc] = b.col;
    const d = OPS[op];
    b.depth += d.push - popCount(op, operands);
    if (b.depth > b.maxDepth) b.maxDepth = b.depth;
    return pc;
  }

  label(): Label {
    return { pos: -1, refs: [] };
  }

  bind(l: Label): void {
    l.pos = this.b.code.length;
    for (const r of l.refs) this.b.code[r] = l.pos;
  }

  jump(op: Op, l: Label): void {
    this.emit(op, l.pos);
    if (l.pos < 0) l.refs.push(this.b.code.length - 1);
  }

  /**
   * The position V8 gives a call (stack frames, errors): a method call's
   * property name (`s.area()` at `area`), an identifier callee's start, else
   * the argument list's `(` (`fs[0]()`, `(function () {})()`).
   */
  atCall(n: acorn.CallExpression): void {
    const callee = n.callee as AnyNode;
    if (callee.type === 'Identifier' || callee.type === 'Super') return this.at(n);
    if (callee.type === 'MemberExpression' && !callee.computed) return this.at(callee.property);
    const src = this.opts.source;
    let i = callee.end;
    while (i < n.end && src[i] !== '(') i++;
    if (i >= n.end || !n.loc) return this.at(n);
    // Line and column of offset i, counted from the call's start.
    let line = n.loc.start.line;
    let col = n.loc.start.column + 1;
    for (let k = n.start; k < i; k++) {
      if (src[k] === '\n') {
        line++;
        col = 1;
      } else col++;
    }
    this.b.line = line;
    this.b.col = col;
  }

  at(node: acorn.Node): void {
    if (node.loc) {
      this.b.line = node.loc.start.line;
      this.b.col = node.loc.start.column + 1;
    }
  }

  constNumber(x: number): number {
    const key = Object.is(x, -0) ? 'n:-0' : `n:${x}`;
    return this.constKey(key, () => {
      const [lo, hi] = this.host.doubleWords(x);
      return [lo, hi, x];
    });
  }

  constString(s: string): number {
    return this.constKey(`s:${s}`, () => [this.host.constString(s), 0xfff90008, s]);
  }

  private constKey(key: string, make: () => [number, number, number | string]): number {
    const b = this.b;
    const hit = b.constIndex.get(key);
    if (hit !== undefined) return hit;
    const [lo, hi, v] = make();
    const idx = b.constValues.length;
    b.consts.push(lo >>> 0, hi >>> 0);
    b.constValues.push(v);
    b.constIndex.set(key, idx);
    return idx;
  }

  ic(): number {
    return this.b.icCount++;
  }

  pushNumber(x: number): void {
    if (Number.isInteger(x) && x >= -0x80000000 && x <= 0x7fffffff && !Object.is(x, -0)) this.emit(Op.putint, x);
    else this.emit(Op.putconst, this.constNumber(x));
  }

  // ------------------------------------------------------------ functions

  newISeq(name: string, node: acorn.Node | null, flags: number): ISeq {
    const loc = node?.loc?.start;
    const iseq = new ISeq(name, this.opts.file, loc ? loc.line : 1, loc ? loc.column + 1 : 1);
    iseq.flags = flags | (this.opts.builtins ? ISEQ_BUILTIN : 0);
    if (node && !this.opts.builtins) {
      iseq.source = this.opts.source;
      iseq.srcStart = node.start;
      iseq.srcEnd = node.end;
    }
    // Strict: inherited from the enclosing function, always in class bodies and self-hosted built-ins.
    iseq.strict = !!this.opts.builtins || this.classBody > 0 || (flags & ISEQ_CLASS_CTOR) !== 0 || (this.b !== undefined && this.b.iseq.strict);
    return iseq;
  }

  /** Class members being compiled (class bodies are strict code). */
  classBody = 0;

  /** Gives every binding of a function its frame slot or ENV slot. Parameters take locals 0..n-1. */
  assignSlots(info: FnInfo, params: string[]): void {
    const b = this.b;
    for (const p of params) b.newLocal(p);
    for (const scope of info.scopes) {
      for (const bind of scope.bindings.values()) {
        if (bind.kind === 'global') {
          bind.index = this.host.globalSlot(bind.name);
        } else if (bind.captured) {
          bind.index = scope.envSize++;
        } else if (bind.kind === 'param') {
          bind.index = params.indexOf(bind.name);
        } else {
          bind.index = b.newLocal(bind.name);
        }
      }
      if (scope.envSize > 0 && this.host.envFields) {
        // A `var` (or a function declaration sharing its name) can be read as undefined before its first store.
        const startsUndefined = new Array<boolean>(scope.envSize).fill(false);
        for (const bind of scope.bindings.values()) {
          if (bind.captured && (bind.kind === 'var' || bind.kind === 'function')) startsUndefined[bind.index] = true;
        }
        scope.envFieldBase = this.host.envFields(scope.envSize, startsUndefined);
      }
    }
  }

  /** Emits an ENV access to a captured binding and records its field-type key for the instruction. */
  emitEnv(op: Op, bind: Binding, ...operands: number[]): void {
    const pc = this.emit(op, ...operands);
    if (bind.scope.envFieldBase >= 0) this.b.envKeys.set(pc, bind.scope.envFieldBase + bind.index);
  }

  finish(iseq: ISeq): ISeq {
    const b = this.b;
    iseq.code = Int32Array.from(b.code);
    iseq.lines = new Int32Array(b.code.length);
    iseq.cols = new Int32Array(b.code.length);
    for (let pc = 0; pc < b.code.length; pc += insnLength(b.code[pc])) {
      iseq.lines[pc] = b.lines[pc] ?? 0;
      iseq.cols[pc] = b.cols[pc] ?? 0;
    }
    iseq.consts = Uint32Array.from(b.consts);
    iseq.constValues = b.constValues;
    const handlers: Handler[] = [];
    for (const r of b.regions) for (const [s, e] of r.ranges) if (e > s) handlers.push({ start: s, end: e, handler: r.handler.pos });
    iseq.handlers = handlers;
    iseq.icCount = b.icCount;
    iseq.localCount = b.localCount;
    iseq.localNames = b.localNames;
    if (b.envKeys.size > 0) {
      iseq.envKeys = new Int32Array(b.code.length).fill(-1);
      for (const [pc, key] of b.envKeys) iseq.envKeys[pc] = key;
    }
    iseq.maxStack = b.maxDepth + 4;
    iseq.id = this.host.registerISeq(iseq);
    return iseq;
  }

  /** Runs `body` with a fresh builder for a nested function, restoring the outer one after. */
  withFunction<T>(iseq: ISeq, info: FnInfo, body: () => T): T {
    const outer = this.b;
    const outerScope = this.scope;
    this.b = new FnBuilder(iseq, info);
    try {
      return body();
    } finally {
      this.b = outer;
      this.scope = outerScope;
    }
  }

  compileTop(program: acorn.Program, params: string[]): ISeq {
    const info = this.an.fns.get(program)!;
    const iseq = this.newISeq('<main>', program, ISEQ_TOPLEVEL);
    if (hasUseStrict(program.body)) iseq.strict = true;
    return this.withFunction(iseq, info, () => {
      iseq.paramCount = params.length;
      this.assignSlots(info, params);
      const scope = this.an.scopes.get(program)!;
      this.scope = scope;
      this.enterFunctionScope(scope, params);
      this.setupArguments(iseq, info, params);
      this.hoistFunctions(program.body, scope);
      // The REPL prints the value of the last expression statement.
      const last = program.body[program.body.length - 1];
      for (const s of program.body) {
        if ((this.opts.mode === 'global' || this.opts.completion || this.opts.evalScope) && s === last && s.type === 'ExpressionStatement') {
          this.at(s);
          this.expr(s.expression);
          this.emit(Op.leave);
          return this.finish(iseq);
        }
        this.stmt(s);
      }
      this.emit(Op.putundef);
      this.emit(Op.leave);
      return this.finish(iseq);
    });
  }

  /** Function entry: push the function's ENV and move captured parameters into it. */
  enterFunctionScope(scope: Scope, params: string[]): void {
    if (scope.envSize > 0) {
      this.emit(Op.pushenv, scope.envSize);
      params.forEach((p, i) => {
        const bind = scope.bindings.get(p);
        if (bind && bind.captured && bind.kind === 'param') {
          this.emit(Op.getlocal, i);
          this.emitEnv(Op.setenv, bind, bind.index, 0);
        }
      });
    }
    this.initLexical(scope);
  }

  /**
   * Strictness, and the `arguments` object of a function that uses it: read
   * from the frame (getarg, putargc) when it never escapes, otherwise made
   * at entry and stored in its binding; a mapped one aliases the parameters'
   * ENV slots (docs/ARCHITECTURE.md §3, ARGUMENTS).
   */
  setupArguments(iseq: ISeq, info: FnInfo, params: string[]): void {
    iseq.strict = iseq.strict || info.strict;
    const b = info.argsBinding;
    if (!b) return;
    iseq.flags |= ISEQ_ARGUMENTS;
    if (!b.argsLeak) return;
    if (!info.strict && simpleParams(info.node)) {
      const fscope = info.fnScope!;
      // Every parameter is captured (scope.ts, finishArguments); of two of the same name the later one is mapped.
      iseq.argMap = Int32Array.from(params, (p, i) => (params.lastIndexOf(p) !== i ? -1 : fscope.bindings.get(p)!.index));
      iseq.argFieldBase = fscope.envFieldBase;
    }
    this.emit(Op.createarguments);
    this.storeBinding(b, 'arguments', this.scope);
  }

  /** Puts let/const bindings that may be read early into the TDZ state. */
  initLexical(scope: Scope): void {
    for (const bind of scope.bindings.values()) {
      if (!bind.needsInit) continue;
      if (bind.kind === 'global') continue;
      if (bind.captured) this.emit(Op.initenv, bind.index, 0);
      else this.emit(Op.initlocal, bind.index);
    }
  }

  /** Creates the closures of function declarations at the start of their scope. */
  hoistFunctions(body: readonly acorn.Node[], scope: Scope): void {
    for (const s of body) {
      if (s.type === 'FunctionDeclaration') {
        const fd = s as acorn.FunctionDeclaration;
        this.at(fd);
        this.closure(fd, fd.id!.name);
        this.storeBinding(this.an.refs.get(fd.id!)!.binding, fd.id!.name, scope);
      }
    }
  }

  /** Emits `closure` for a function node, compiling its iseq. */
  closure(node: acorn.Function | acorn.ArrowFunctionExpression, name: string, flags = 0): void {
    const iseq = this.compileFunction(node, name, flags);
    this.emit(Op.closure, iseq.id);
  }

  compileFunction(node: acorn.Function | acorn.ArrowFunctionExpression, name: string, flags: number, classInfo?: ClassInfo): ISeq {
    const info = this.an.fns.get(node)!;
    const isArrow = node.type === 'ArrowFunctionExpression';
    const iseq = this.newISeq(name, node, flags | (isArrow ? ISEQ_ARROW : 0));
    if (node.body.type === 'BlockStatement' && hasUseStrict(node.body.body)) iseq.strict = true;
    return this.withFunction(iseq, info, () => {
      const simple = simpleParams(node);
      // Parameters with defaults, patterns or rest: hidden locals take the arguments, bound below.
      const restAt = node.params.findIndex((p) => p.type === 'RestElement');
      const fixed = restAt >= 0 ? node.params.slice(0, restAt) : node.params;
      const params = simple ? node.params.map((p) => (p as acorn.Identifier).name) : fixed.map((_, i) => `<arg${i}>`);
      iseq.paramCount = params.length;
      if (!simple) {
        const firstDefault = node.params.findIndex((p) => p.type === 'AssignmentPattern' || p.type === 'RestElement');
        iseq.declaredLength = firstDefault >= 0 ? firstDefault : params.length;
      }
      this.assignSlots(info, params);
      if (restAt >= 0) iseq.restIndex = this.b.newLocal('<rest>');
      this.at(node);
      // Sloppy-mode `this` is coerced in the callee, as V8 does, and only where it is read.
      if (!iseq.strict && !isArrow && usesThis(node.body)) this.emit(Op.coercethis);
      // A named function expression's own name.
      if (node.type === 'FunctionExpression' && node.id) {
        const selfScope = this.an.scopes.get(node.id);
        if (selfScope && selfScope.fn === info) {
          this.scope = selfScope;
          const bind = selfScope.bindings.get(node.id.name)!;
          if (bind.captured) this.emit(Op.pushenv, selfScope.envSize);
          this.emit(Op.putcallee);
          this.storeBinding(bind, bind.name, selfScope);
        }
      }
      const scope = this.an.scopes.get(node)!;
      this.scope = scope;
      this.enterFunctionScope(scope, params);
      this.setupArguments(iseq, info, params);
      if (info.newTargetBinding) {
        this.emit(Op.putnewtarget);
        this.storeBinding(info.newTargetBinding, '<new.target>', this.scope);
      }
      if (classInfo && !classInfo.derived && classInfo.hasFields) this.runFieldInit();
      if (!simple) this.bindParams(node, iseq);
      if (node.generator || node.async) {
        // The frame suspends from here on (docs/ARCHITECTURE.md §8): a hidden local holds the generator object.
        iseq.flags |= node.generator ? ISEQ_GENERATOR : 0;
        iseq.flags |= node.async ? ISEQ_ASYNC : 0;
        this.b.genLocal = this.b.newLocal('<generator>');
        iseq.genLocal = this.b.genLocal;
        this.emit(Op.initgen, this.b.genLocal);
        this.emit(Op.leave);
      }
      if (node.body.type === 'BlockStatement') {
        this.hoistFunctions(node.body.body, this.scope);
        for (const s of node.body.body) this.stmt(s);
        this.emit(Op.putundef);
        this.emit(Op.leave);
      } else {
        this.expr(node.body);
        this.emit(Op.leave);
      }
      return this.finish(iseq);
    });
  }

  /**
   * Non-simple parameter lists: binds each parameter from its hidden local
   * (the rest array from iseq.restIndex), left to right, with defaults;
   * then enters the body's own scope (its `var`s, initialised from a
   * parameter of the same name) when it has one.
   */
  bindParams(node: acorn.Function | acorn.ArrowFunctionExpression, iseq: ISeq): void {
    node.params.forEach((p, i) => {
      this.at(p);
      if (p.type === 'RestElement') {
        this.emit(Op.getlocal, iseq.restIndex);
        this.bindPattern(p.argument, 'init', '%p', false, null);
        return;
      }
      this.emit(Op.getlocal, i);
      if (p.type === 'AssignmentPattern') {
        this.defaultValue(p);
        this.bindPattern(p.left, 'init', '(intermediate value)(intermediate value)(intermediate value)', false, null);
      } else this.bindPattern(p as acorn.Pattern, 'init', '%p', false, null);
    });
    const bscope = this.an.scopes.get(node.body);
    if (!bscope) return;
    const pscope = this.scope;
    if (bscope.envSize > 0) this.emit(Op.pushenv, bscope.envSize);
    this.scope = bscope;
    this.initLexical(bscope);
    for (const bind of bscope.bindings.values()) {
      const outer = bind.kind === 'var' ? pscope.bindings.get(bind.name) : undefined;
      if (!outer) continue;
      this.loadBinding(outer, bind.name, false, bscope);
      this.storeBinding(bind, bind.name, bscope);
    }
  }

  /** Returns the value on top of the stack from the function, through the `finally` bodies around this point. */
  returnTop(): void {
    if (this.b.ctx.some((c) => c.kind === 'finally' || c.kind === 'iter')) {
      const t = this.b.newLocal('<ret>');
      this.emit(Op.setlocal, t);
      this.jumpOut(-1, () => {
        this.emit(Op.getlocal, t);
        this.emit(Op.leave);
      });
    } else {
      this.emit(Op.leave);
    }
  }

  /**
   * `yield v` / `await v` (v on the stack): suspend; on resume the sent value
   * and the mode are pushed; mode 0 continues with the value, 1 throws it,
   * 2 (generators: `return()`) returns it through the enclosing finally bodies.
   */
  suspendFrame(op: Op, canReturn: boolean): void {
    this.emit(op, this.b.genLocal);
    const next = this.label();
    this.jump(Op.resumegen, next);
    if (canReturn) {
      const depth = this.b.depth;
      this.returnTop();
      this.b.depth = depth;
    }
    this.bind(next);
  }

  /** `yield* iterable`: delegatestep drives the inner iterator; each value it yields goes out through `yield`. */
  yieldStar(arg: Expr): void {
    this.expr(arg);
    this.emit(Op.putundef);
    // Mode 3 on the first step: delegatestep opens the iterator (GetIterator) first.
    this.emit(Op.putint, 3);
    const loop = this.label();
    const done = this.label();
    const normal = this.label();
    this.bind(loop);
    // iter sent mode -> iter mode value
    this.jump(Op.delegatestep, done);
    const depth = this.b.depth;
    this.emit(Op.swap);
    this.emit(Op.pop);
    this.emit(Op.yield, this.b.genLocal);
    this.jump(Op.jump, loop);
    this.b.depth = depth;
    this.bind(done);
    // The inner iterator finished: after a return() it completes this generator too.
    this.emit(Op.swap);
    this.emit(Op.putint, 2);
    this.emit(Op.opt_stricteq);
    this.jump(Op.branchunless, normal);
    this.emit(Op.swap);
    this.emit(Op.pop);
    this.returnTop();
    this.b.depth = depth - 1;
    this.bind(normal);
    this.emit(Op.swap);
    this.emit(Op.pop);
  }

  runFieldInit(): void {
    this.emit(Op.putfieldsinit);
    this.emit(Op.putself);
    this.emit(Op.send, 0, this.constString('<fields>'));
    this.emit(Op.pop);
  }

  // ------------------------------------------------------------- bindings

  /** Number of ENVs between `from` and the scope that holds `bind`. */
  envLevel(bind: Binding, from: Scope): number {
    let level = 0;
    for (let s: Scope | null = from; s && s !== bind.scope; s = s.parent) {
      if (s.envSize > 0) level++;
    }
    return level;
  }

  /** The innermost scope active at the current point of code generation. */
  scope!: Scope;

  loadBinding(bind: Binding | null, name: string, checked: boolean, from: Scope): void {
    if (!bind) {
      this.emit(Op.getglobal, this.host.globalSlot(name), this.constString(name));
      return;
    }
    // A binding that always holds a function loads with the typed variant (the JIT skips the callee guard of a call through it).
    const fn = bind.holdsFunction;
    if (bind.kind === 'global') {
      this.emit(Op.getglobal, bind.index, this.constString(name));
    } else if (bind.captured) {
      const level = this.envLevel(bind, from);
      if (checked) this.emitEnv(fn ? Op.getenvcheckedfn : Op.getenvchecked, bind, bind.index, level, this.constString(name));
      else this.emitEnv(fn ? Op.getenvfn : Op.getenv, bind, bind.index, level);
    } else if (checked) {
      this.emit(fn ? Op.getlocalcheckedfn : Op.getlocalchecked, bind.index, this.constString(name));
    } else {
      this.emit(fn ? Op.getlocalfn : Op.getlocal, bind.index);
    }
  }

  storeBinding(bind: Binding | null, name: string, from: Scope): void {
    if (!bind && this.b.iseq.strict) {
      // Strict code: assigning an undeclared name throws unless the global exists by then.
      this.emit(Op.setglobalstrict, this.host.globalSlot(name), this.constString(name));
      return;
    }
    if (!bind || bind.kind === 'global') {
      this.emit(Op.setglobal, bind ? bind.index : this.host.globalSlot(name));
    } else if (bind.captured) {
      this.emitEnv(Op.setenv, bind, bind.index, this.envLevel(bind, from));
    } else {
      this.emit(Op.setlocal, bind.index);
    }
  }

  /** An assignment to a named function expression's own name in sloppy code: the store is dropped without an error. */
  silentSelfAssign(bind: Binding | null): boolean {
    return !!bind && bind.selfName && !this.b.iseq.strict;
  }

  /** Assignment to a const binding throws at run time, as in JS. */
  checkConstAssign(node: acorn.Node, bind: Binding | null, name?: string): boolean {
    // A global const (REPL input: its own, or an earlier input's, named in constGlobals) is constant too.
    const globalConst = bind ? (bind as { globalConst?: boolean }).globalConst === true : name !== undefined && this.opts.constGlobals?.has(name) === true;
    if ((bind && bind.kind === 'const') || globalConst) {
      this.at(node);
      this.emitThrowTypeError();
      return true;
    }
    return false;
  }

  /** throw new TypeError('Assignment to constant variable.') */
  emitThrowTypeError(): void {
    this.emit(Op.getglobal, this.host.globalSlot('TypeError'), this.constString('TypeError'));
    this.emit(Op.putundef);
    this.emit(Op.putconst, this.constString('Assignment to constant variable.'));
    this.emit(Op.new, 1, this.constString('TypeError'));
    this.emit(Op.throw);
  }

  // ------------------------------------------------------------ scopes

  enterBlock(scope: Scope | undefined): boolean {
    if (!scope) return false;
    this.scope = scope;
    if (scope.envSize > 0) {
      this.emit(Op.pushenv, scope.envSize);
      this.b.ctx.push({ kind: 'env' });
    }
    this.initLexical(scope);
    return scope.envSize > 0;
  }

  leaveBlock(scope: Scope | undefined, pushed: boolean, outer: Scope): void {
    if (pushed) {
      this.emit(Op.popenv);
      this.b.ctx.pop();
    }
    if (scope) this.scope = outer;
  }

  // -------------------------------------------------------- control flow

  /** Emits what leaving ctx entries above `target` needs (popenv, finally bodies), then the jump. */
  jumpOut(targetIndex: number, emitJump: () => void): void {
    const ctx = this.b.ctx;
    const suspended: Region[] = [];
    for (let i = ctx.length - 1; i > targetIndex; i--) {
      const c = ctx[i];
      if (c.kind === 'try') {
        this.suspend(c.region);
        suspended.push(c.region);
      } else if (c.kind === 'env') {
        this.emit(Op.popenv);
      } else if (c.kind === 'iter') {
        this.emit(Op.iter_close, c.base, 0);
      } else if (c.kind === 'finally') {
        const saved = ctx.splice(i);
        this.block(c.body);
        ctx.push(...saved);
      }
    }
    emitJump();
    for (const r of suspended) this.resume(r);
  }

  suspend(r: Region): void {
    if (r.start >= 0) {
      r.ranges.push([r.start, this.b.code.length]);
      r.start = -1;
    }
  }

  resume(r: Region): void {
    if (r.start < 0) r.start = this.b.code.length;
  }

  // ------------------------------------------------------------ statements

  block(node: acorn.BlockStatement): void {
    const outer = this.scope;
    const scope = this.an.scopes.get(node);
    const pushed = this.enterBlock(scope);
    this.hoistFunctions(node.body, scope ?? outer);
    for (const s of node.body) this.stmt(s);
    this.leaveBlock(scope, pushed, outer);
  }

  stmt(node: acorn.Node): void {
    const n = node as AnyNode;
    this.at(n);
    switch (n.type) {
      case 'ExpressionStatement':
        return this.exprDiscard(n.expression);
      case 'BlockStatement':
        return this.block(n);
      case 'EmptyStatement':
      case 'DebuggerStatement':
        return;
      case 'FunctionDeclaration': {
        // Annex B.3.3: the function's var binding takes the block's function here.
        const annexVar = this.an.annexB.get(n);
        if (annexVar) {
          this.at(n);
          this.loadBinding(this.an.refs.get(n.id!)!.binding, n.id!.name, false, this.scope);
          this.storeBinding(annexVar, n.id!.name, this.scope);
        }
        return;
      }
      case 'VariableDeclaration':
        return this.varDecl(n);
      case 'ClassDeclaration':
        this.classExpr(n as acorn.ClassDeclaration);
        this.storeBinding(this.an.refs.get(n.id!)!.binding, n.id!.name, this.scope);
        return;
      case 'ReturnStatement': {
        if (n.argument) this.expr(n.argument);
        else this.emit(Op.putundef);
        this.returnTop();
        return;
      }
      case 'IfStatement': {
        // An else-if chain is compiled in a loop (no recursion per `else if`); all arms jump to one end.
        const endL = this.label();
        let cur: acorn.IfStatement = n;
        for (;;) {
          const elseL = this.label();
          this.cond(cur.test, false, elseL);
          this.stmt(cur.consequent);
          if (!cur.alternate) {
            this.bind(elseL);
            break;
          }
          this.jump(Op.jump, endL);
          this.bind(elseL);
          if (cur.alternate.type !== 'IfStatement') {
            this.stmt(cur.alternate);
            break;
          }
          cur = cur.alternate;
          this.at(cur);
        }
        this.bind(endL);
        return;
      }
      case 'WhileStatement': {
        const top = this.label();
        const brk = this.label();
        this.bind(top);
        this.emit(Op.loophint);
        this.cond(n.test, false, brk);
        this.loopBody(n.body, brk, top);
        this.jump(Op.jump, top);
        this.bind(brk);
        return;
      }
      case 'DoWhileStatement': {
        const top = this.label();
        const cont = this.label();
        const brk = this.label();
        this.bind(top);
        this.emit(Op.loophint);
        this.loopBody(n.body, brk, cont);
        this.bind(cont);
        this.at(n.test);
        this.cond(n.test, true, top);
        this.bind(brk);
        return;
      }
      case 'ForStatement':
        return this.forStmt(n);
      case 'ForOfStatement':
        return this.forOf(n);
      case 'ForInStatement':
        return this.forIn(n);
      case 'LabeledStatement':
        return this.labeled(n);
      case 'BreakStatement':
      case 'ContinueStatement': {
        const ctx = this.b.ctx;
        const label = n.label ? n.label.name : null;
        for (let i = ctx.length - 1; i >= 0; i--) {
          const c = ctx[i];
          const named = label !== null && (c.kind === 'loop' || c.kind === 'label') && c.labels !== undefined && c.labels.includes(label);
          if (label !== null && named && (c.kind === 'loop' || n.type === 'BreakStatement')) {
            const target = n.type === 'BreakStatement' ? c.breakL : (c as { continueL: Label }).continueL;
            this.jumpOut(i, () => this.jump(Op.jump, target));
            return;
          }
          if (label === null && (c.kind === 'loop' || (c.kind === 'switch' && n.type === 'BreakStatement'))) {
            const target = n.type === 'BreakStatement' ? c.breakL : (c as { continueL: Label }).continueL;
            this.jumpOut(i, () => this.jump(Op.jump, target));
            return;
          }
        }
        return this.fail(n, `Illegal ${n.type === 'BreakStatement' ? 'break' : 'continue'} statement`);
      }
      case 'SwitchStatement':
        return this.switchStmt(n);
      case 'ThrowStatement':
        this.expr(n.argument);
        this.at(n);
        this.emit(Op.throw);
        return;
      case 'TryStatement':
        return this.tryStmt(n);
      default:
        return this.fail(n, `${n.type} is not supported`);
    }
  }

  /**
   * label: stmt. A loop takes its labels into its own ctx entry (so
   * `continue label` finds it); any other statement gets a 'label' entry
   * whose break target is the end of the statement.
   */
  labeled(n: acorn.LabeledStatement): void {
    const labels = [n.label.name];
    let body: acorn.Statement = n.body;
    while (body.type === 'LabeledStatement') {
      labels.push(body.label.name);
      body = body.body;
    }
    this.at(body);
    switch (body.type) {
      case 'WhileStatement':
      case 'DoWhileStatement':
      case 'ForStatement':
      case 'ForOfStatement':
      case 'ForInStatement':
        this.b.pendingLabels = labels;
        this.stmt(body);
        this.b.pendingLabels = undefined;
        return;
      default: {
        const brk = this.label();
        this.b.ctx.push({ kind: 'label', breakL: brk, labels });
        this.stmt(body);
        this.b.ctx.pop();
        this.bind(brk);
      }
    }
  }

  /** The ctx entry of a loop, carrying the labels of its labelled statement. */
  loopCtx(brk: Label, cont: Label): Ctx {
    const labels = this.b.pendingLabels;
    this.b.pendingLabels = undefined;
    return labels ? { kind: 'loop', breakL: brk, continueL: cont, labels } : { kind: 'loop', breakL: brk, continueL: cont };
  }

  loopBody(body: acorn.Statement, brk: Label, cont: Label): void {
    this.b.ctx.push(this.loopCtx(brk, cont));
    this.stmt(body);
    this.b.ctx.pop();
  }

  varDecl(n: acorn.VariableDeclaration): void {
    for (const d of n.declarations) {
      this.at(d);
      if (d.id.type === 'Identifier') {
        const ref = this.an.refs.get(d.id)!;
        if (d.init) {
          this.exprNamed(d.init, d.id.name);
        } else if (n.kind === 'var') {
          continue;
        } else {
          this.emit(Op.putundef);
        }
        this.storeBinding(ref.binding, d.id.name, this.scope);
      } else {
        // const { a, b: [c = 1] } = init
        this.expr(d.init!);
        this.bindPattern(d.id, 'init', calleeText(d.init!), false, d.init!);
      }
    }
  }

  forStmt(n: acorn.ForStatement): void {
    const outer = this.scope;
    const scope = this.an.scopes.get(n);
    const pushed = this.enterBlock(scope);
    if (n.init) {
      if (n.init.type === 'VariableDeclaration') this.varDecl(n.init);
      else this.exprDiscard(n.init);
    }
    if (pushed) {
      // A fresh copy of the loop variables for the first iteration: closures made in the init capture the original.
      this.emit(Op.copyenv);
    }
    const top = this.label();
    const cont = this.label();
    const brk = this.label();
    this.bind(top);
    this.emit(Op.loophint);
    if (n.test) this.cond(n.test, false, brk);
    this.loopBody(n.body, brk, cont);
    this.bind(cont);
    if (pushed) this.emit(Op.copyenv);
    if (n.update) {
      this.at(n.update);
      this.exprDiscard(n.update);
    }
    this.jump(Op.jump, top);
    this.bind(brk);
    this.leaveBlock(scope, pushed, outer);
  }

  // ------------------------------------------------ the iteration seam
  //
  // Contract (for-of here; spread; array destructuring in other code):
  //
  // - emitIterOpen(textNode): pops the iterable on top of the operand stack
  //   and opens an iterator record (GetIterator via [Symbol.iterator]) in
  //   four fresh hidden locals; returns their base L. A value that is not
  //   iterable throws `TypeError: <text of textNode> is not iterable`.
  // - emitIterStep(L): pushes true after one step (the value is then in
  //   local L+3), false when the iterator is done (L+3 is then undefined,
  //   and every later step pushes false without calling next()).
  // - emitIterValue(L): pushes the value of the last step (undefined once
  //   done), so destructuring can do `emitIterStep(L); pop; emitIterValue(L)`
  //   for each element.
  // - emitIterRest(L): pushes a new array of the remaining values.
  // - emitIterClose(L, throwing): IteratorClose (calls the iterator's
  //   return()) unless the record is done; a no-op on a done record, so it
  //   may be emitted on every normal exit path.
  // - withIterClose(L, body): compiles body() so that an exception thrown in
  //   the code it emits closes the iterator (errors of return() ignored) and
  //   is rethrown, and a break/continue/return that jumps out of it closes
  //   the iterator first. The operand stack may hold values on entry (they
  //   are dropped only on the exception path, which rethrows). An exception
  //   from next() itself does not close (the record is done by then).
  //
  // The record's layout and the fast paths (an unmodified array or string
  // iterator walked without calls) are in src/vm/iteration.ts.

  emitIterOpen(textNode: acorn.Node, describeValue = false): number {
    const base = this.b.newLocal('<iter>');
    this.b.newLocal('<iter-next>');
    this.b.newLocal('<iter-index>');
    this.b.newLocal('<iter-value>');
    this.at(textNode);
    // describeValue: V8 names the value itself, not the source text (assignment, nested and parameter patterns).
    this.emit(Op.iter_open, base, this.constString(describeValue ? '\u0001' : calleeText(textNode)));
    return base;
  }

  emitIterStep(base: number): void {
    this.emit(Op.iter_next, base);
  }

  emitIterValue(base: number): void {
    this.emit(Op.getlocal, base + 3);
  }

  emitIterRest(base: number): void {
    this.emit(Op.iter_rest, base);
  }

  emitIterClose(base: number, throwing = false): void {
    this.emit(Op.iter_close, base, throwing ? 1 : 0);
  }

  withIterClose(base: number, body: () => void): void {
    const b = this.b;
    const region: Region = { start: b.code.length, handler: this.label(), ranges: [] };
    b.regions.push(region);
    b.ctx.push({ kind: 'iter', base });
    b.ctx.push({ kind: 'try', region });
    body();
    b.ctx.pop();
    b.ctx.pop();
    this.suspend(region);
    // The exception path, out of line: close (ignoring errors of return()), rethrow.
    const over = this.label();
    const depth = b.depth;
    this.jump(Op.jump, over);
    this.bind(region.handler);
    b.depth = 1;
    if (b.depth > b.maxDepth) b.maxDepth = b.depth;
    const exc = b.newLocal('<exception>');
    this.emit(Op.setlocal, exc);
    this.emitIterClose(base, true);
    this.emit(Op.getlocal, exc);
    this.emit(Op.throw);
    b.depth = depth;
    this.bind(over);
  }

  /**
   * for (x of it): an iterator record (the seam above); each iteration
   * steps it and stores local L+3 into the loop target. break closes the
   * iterator, so does any jump or exception out of the body.
   */
  forOf(n: acorn.ForOfStatement): void {
    this.expr(n.right);
    const base = this.emitIterOpen(n.right);
    const top = this.label();
    const cont = this.label();
    const brk = this.label();
    const end = this.label();
    this.bind(top);
    this.emit(Op.loophint);
    this.emitIterStep(base);
    this.jump(Op.branchunless, end);
    this.withIterClose(base, () => {
      // The loop entry goes below the per-iteration ENV, so break and continue both pop it.
      this.b.ctx.push(this.loopCtx(brk, cont));
      const outer = this.scope;
      const scope = this.an.scopes.get(n);
      const pushed = this.enterBlock(scope);
      this.emitIterValue(base);
      this.loopTarget(n);
      this.stmt(n.body);
      this.leaveBlock(scope, pushed, outer);
      this.b.ctx.pop();
      this.bind(cont);
      this.jump(Op.jump, top);
    });
    this.bind(brk);
    this.emitIterClose(base);
    this.bind(end);
  }

  /**
   * for (k in o): forin_start sets up an iterator (in four hidden locals);
   * each iteration forin_next advances it (false: done) and forin_key pushes
   * the key for the loop target. The per-iteration scope is as for for...of.
   */
  forIn(n: acorn.ForInStatement): void {
    this.expr(n.right);
    this.at(n);
    // Four consecutive hidden locals hold the iterator: receiver, keys, index, enum shape.
    const it = this.b.newLocal('<forin-object>');
    this.b.newLocal('<forin-keys>');
    this.b.newLocal('<forin-index>');
    this.b.newLocal('<forin-shape>');
    this.emit(Op.forin_start, it);
    const top = this.label();
    const cont = this.label();
    const brk = this.label();
    this.bind(top);
    this.emit(Op.loophint);
    this.emit(Op.forin_next, it);
    this.jump(Op.branchunless, brk);
    this.b.ctx.push(this.loopCtx(brk, cont));
    const outer = this.scope;
    const scope = this.an.scopes.get(n);
    const pushed = this.enterBlock(scope);
    this.emit(Op.forin_key, it);
    this.loopTarget(n);
    this.stmt(n.body);
    this.leaveBlock(scope, pushed, outer);
    this.b.ctx.pop();
    this.bind(cont);
    this.jump(Op.jump, top);
    this.bind(brk);
  }

  /** Stores the value of one iteration (on top of the stack) into a for...of or for...in head. */
  loopTarget(n: acorn.ForOfStatement | acorn.ForInStatement): void {
    if (n.left.type === 'VariableDeclaration') {
      const id = n.left.declarations[0].id;
      if (id.type === 'Identifier') this.storeBinding(this.an.refs.get(id)!.binding, id.name, this.scope);
      else this.bindPattern(id, 'init', '.for', false, this.textNode('.for', id));
    } else if (n.left.type === 'ObjectPattern' || n.left.type === 'ArrayPattern') {
      this.bindPattern(n.left, 'assign', '.for', false, this.textNode('.for', n.left));
    } else {
      this.assignTo(n.left as acorn.Pattern);
    }
  }

  // ------------------------------------------------------- destructuring

  /**
   * Stores the value on top of the stack (popping it) into a pattern. 'init'
   * initialises declared bindings (declarations, parameters, catch);
   * 'assign' assigns (const and TDZ checks, member targets). `text` is how
   * V8 names the value in the TypeError for null or undefined ('%p' for a
   * parameter, see checkdestructure); nested patterns word it as a read.
   */
  bindPattern(p: acorn.Pattern, mode: 'init' | 'assign', text: string, nested = false, srcNode: acorn.Node | null = null): void {
    switch (p.type) {
      case 'Identifier':
        return this.storeTarget(p, mode);
      case 'MemberExpression':
        return this.assignTo(p);
      case 'AssignmentPattern':
        this.defaultValue(p);
        return this.bindPattern(p.left, mode, text, nested);
      case 'ObjectPattern':
        return this.objectPattern(p, mode, text, nested);
      case 'ArrayPattern':
        return this.arrayPattern(p, mode, srcNode ?? p);
      default:
        return this.fail(p, 'This binding pattern is not supported');
    }
  }

  // ---------------------------------------------------- private names

  /** A member access with a private name (`o.#x`). */
  isPrivate(m: acorn.MemberExpression): boolean {
    return m.property.type === 'PrivateIdentifier';
  }

  /** Whether a member access takes a key on the stack: computed (`o[k]`) or private (`o.#x`, whose key is the private name's value). */
  keyed(m: acorn.MemberExpression): boolean {
    return m.computed || this.isPrivate(m);
  }

  /** Pushes a keyed member's key: the computed expression, or the private name from its class-scope binding. */
  memberKey(m: acorn.MemberExpression): void {
    if (this.isPrivate(m)) this.loadPrivateName(m.property as acorn.PrivateIdentifier);
    else this.expr(m.property as Expr);
  }

  loadPrivateName(id: acorn.PrivateIdentifier): void {
    // A reference resolved by the analysis, or (a class element's own key) the class scope's binding.
    const bind = this.an.refs.get(id)?.binding ?? this.scope.lookup(`#${id.name}`);
    if (!bind) return this.fail(id, `Private field '#${id.name}' must be declared in an enclosing class`);
    this.loadBinding(bind, `#${id.name}`, false, this.scope);
  }

  arefOp(m: acorn.MemberExpression): Op {
    return this.isPrivate(m) ? Op.getprivate : Op.opt_aref;
  }

  asetOp(m: acorn.MemberExpression): Op {
    return this.isPrivate(m) ? Op.setprivate : Op.opt_aset;
  }

  /** A stand-in node whose text (calleeText) is `name`, for "x is not iterable" messages of sources without one. */
  textNode(name: string, at: acorn.Node): acorn.Node {
    return { type: 'Identifier', name, start: at.start, end: at.end, loc: at.loc } as unknown as acorn.Node;
  }

  /** Evaluates a member target's object (and computed key) before its value, as assignment patterns do. */
  memberRef(member: acorn.MemberExpression): void {
    if (member.object.type === 'Super') return this.fail(member, 'Assignment to super properties is not supported');
    this.expr(member.object as Expr);
    if (this.keyed(member)) this.memberKey(member);
  }

  /** obj [key] v -> : stores into a member target whose reference memberRef evaluated. */
  memberStore(member: acorn.MemberExpression): void {
    this.at(member);
    if (this.keyed(member)) this.emit(this.asetOp(member));
    else this.emit(Op.setprop, this.constString((member.property as acorn.Identifier).name), this.ic());
    this.emit(Op.pop);
  }

  /**
   * [a, , b = d, ...rest]: through the iterator protocol (the seam above):
   * an iterator record is opened on the source; each element steps it (a
   * done iterator gives undefined without calling next()), a hole steps and
   * drops the value, a rest element takes the remaining values as an array.
   * Member targets' references are evaluated before their step. An
   * exception in the element code closes the iterator (withIterClose); a
   * normal end closes it when it is not done.
   */
  arrayPattern(p: acorn.ArrayPattern, mode: 'init' | 'assign', srcNode: acorn.Node): void {
    this.at(p);
    const base = this.emitIterOpen(srcNode, mode === 'assign' || srcNode === p);
    this.withIterClose(base, () => {
      for (const el of p.elements) {
        if (!el) {
          this.emitIterStep(base);
          this.emit(Op.pop);
          continue;
        }
        this.at(el);
        if (el.type === 'RestElement') {
          const member = el.argument.type === 'MemberExpression' ? el.argument : null;
          if (member) this.memberRef(member);
          this.emitIterRest(base);
          if (member) this.memberStore(member);
          else this.bindPattern(el.argument, mode, '', true);
          continue;
        }
        let target: acorn.Pattern = el;
        let dflt: acorn.AssignmentPattern | null = null;
        if (target.type === 'AssignmentPattern') {
          dflt = target;
          target = target.left;
        }
        const member = target.type === 'MemberExpression' ? target : null;
        if (member) this.memberRef(member);
        this.emitIterStep(base);
        this.emit(Op.pop);
        this.emitIterValue(base);
        if (dflt) this.defaultValue(dflt);
        if (member) this.memberStore(member);
        else this.bindPattern(target, mode, '', true);
      }
    });
    this.emitIterClose(base);
  }

  /** Stores the top value into an identifier target of a pattern. */
  storeTarget(id: acorn.Identifier, mode: 'init' | 'assign'): void {
    const ref = this.an.refs.get(id)!;
    this.at(id);
    if (mode === 'assign') {
      if (this.checkConstAssign(id, ref.binding)) {
        this.emit(Op.pop);
        return;
      }
      if (ref.checked && ref.binding && ref.binding.kind !== 'global') {
        // Assigning before initialisation is a ReferenceError.
        this.loadBinding(ref.binding, id.name, true, this.scope);
        this.emit(Op.pop);
      }
    }
    this.storeBinding(ref.binding, id.name, this.scope);
  }

  /** A default value: when the top value is undefined, it is replaced by the default (an anonymous function takes the target's name). */
  defaultValue(p: acorn.AssignmentPattern): void {
    const skip = this.label();
    this.emit(Op.dup);
    this.emit(Op.putundef);
    this.emit(Op.opt_stricteq);
    this.jump(Op.branchunless, skip);
    this.emit(Op.pop);
    if (p.left.type === 'Identifier') this.exprNamed(p.right, p.left.name);
    else this.expr(p.right);
    this.bind(skip);
  }

  /** V8's TypeError for destructuring null or undefined with this pattern (%v: the value). */
  destructureMessage(p: acorn.ObjectPattern, text: string, nested: boolean): string {
    const first = p.properties[0];
    const key = first && first.type === 'Property' && !first.computed ? propKeyName(first) : null;
    if (nested) return key !== null ? `Cannot read properties of %v (reading '${key}')` : 'Cannot read properties of %v';
    if (key !== null) {
      if ((first as acorn.AssignmentProperty).value.type === 'AssignmentPattern') return `Cannot read properties of %v (reading '${key}')`;
      return `Cannot destructure property '${key}' of '${text}' as it is %v.`;
    }
    return `Cannot destructure '${text}' as it is %v.`;
  }

  /**
   * { a, b: t, [k]: u = d, ...rest }: the source is checked (null and
   * undefined throw), kept in a hidden local, and each property is read
   * with [[Get]] in order: for each, the computed key, then the target's
   * reference (member targets), then the read, the default, the store.
   * A rest property copies the remaining own enumerable properties.
   */
  objectPattern(p: acorn.ObjectPattern, mode: 'init' | 'assign', text: string, nested: boolean): void {
    this.at(p);
    this.emit(Op.checkdestructure, this.constString(this.destructureMessage(p, text, nested)));
    const src = this.b.newLocal('<destructure>');
    this.emit(Op.setlocal, src);
    const excluded: (() => void)[] = [];
    for (const q of p.properties) {
      this.at(q);
      if (q.type === 'RestElement') {
        this.emit(Op.newobject);
        this.emit(Op.getlocal, src);
        for (const e of excluded) e();
        this.emit(Op.copydataprops, excluded.length);
        this.bindPattern(q.argument, mode, text, true);
        continue;
      }
      let keyLocal = -1;
      let keyName = '';
      if (q.computed) {
        this.expr(q.key as Expr);
        keyLocal = this.b.newLocal('<key>');
        this.emit(Op.setlocal, keyLocal);
        const kl = keyLocal;
        excluded.push(() => this.emit(Op.getlocal, kl));
      } else {
        keyName = propKeyName(q);
        const kn = keyName;
        excluded.push(() => this.emit(Op.putconst, this.constString(kn)));
      }
      let target = q.value as acorn.Pattern;
      let dflt: acorn.AssignmentPattern | null = null;
      if (target.type === 'AssignmentPattern') {
        dflt = target;
        target = target.left;
      }
      const member = target.type === 'MemberExpression' ? target : null;
      if (member) this.memberRef(member);
      this.emit(Op.getlocal, src);
      if (keyLocal >= 0) {
        this.emit(Op.getlocal, keyLocal);
        this.emit(Op.opt_aref);
      } else if (/^(0|[1-9][0-9]*)$/.test(keyName)) {
        this.emit(Op.putconst, this.constString(keyName));
        this.emit(Op.opt_aref);
      } else if (keyName === 'length') this.emit(Op.opt_length, this.ic());
      else this.emit(Op.getprop, this.constString(keyName), this.ic());
      if (dflt) this.defaultValue(dflt);
      if (member) this.memberStore(member);
      else this.bindPattern(target, mode, text, true);
    }
  }

  /** Stores the top of stack into an assignment target (identifier or member), popping it. */
  assignTo(target: acorn.Pattern): void {
    if (target.type === 'Identifier') {
      const ref = this.an.refs.get(target)!;
      if (this.silentSelfAssign(ref.binding) || this.checkConstAssign(target, ref.binding, target.name)) {
        this.emit(Op.pop);
        return;
      }
      this.storeBinding(ref.binding, target.name, this.scope);
    } else if (target.type === 'MemberExpression') {
      const t = this.b.newLocal('<tmp>');
      this.emit(Op.setlocal, t);
      this.expr(target.object as Expr);
      if (this.keyed(target)) {
        this.memberKey(target);
        this.emit(Op.getlocal, t);
        this.emit(this.asetOp(target));
      } else {
        this.emit(Op.getlocal, t);
        this.emit(Op.setprop, this.constString((target.property as acorn.Identifier).name), this.ic());
      }
      this.emit(Op.pop);
    } else {
      this.fail(target, 'This assignment target is not supported');
    }
  }

  switchStmt(n: acorn.SwitchStatement): void {
    this.expr(n.discriminant);
    const disc = this.b.newLocal('<switch>');
    this.emit(Op.setlocal, disc);
    const outer = this.scope;
    const scope = this.an.scopes.get(n);
    const brk = this.label();
    this.b.ctx.push({ kind: 'switch', breakL: brk });
    const pushed = this.enterBlock(scope);
    // Function declarations of the switch body exist from its entry, before any case test runs.
    this.hoistFunctions(
      n.cases.flatMap((c) => c.consequent),
      scope ?? outer,
    );
    const bodyLabels = n.cases.map(() => this.label());
    let defaultIndex = -1;
    n.cases.forEach((c, i) => {
      if (!c.test) {
        defaultIndex = i;
        return;
      }
      this.at(c);
      this.emit(Op.getlocal, disc);
      this.expr(c.test);
      this.emit(Op.opt_stricteq);
      this.jump(Op.branchif, bodyLabels[i]);
    });
    const inner = this.label();
    this.jump(Op.jump, defaultIndex >= 0 ? bodyLabels[defaultIndex] : inner);
    n.cases.forEach((c, i) => {
      this.bind(bodyLabels[i]);
      for (const s of c.consequent) this.stmt(s);
    });
    this.bind(inner);
    if (pushed) {
      this.emit(Op.popenv);
      this.b.ctx.pop();
    }
    this.scope = outer;
    this.b.ctx.pop();
    // A break crossed the ENV entry (it sits above the switch entry), so it popped already.
    this.bind(brk);
  }

  tryStmt(n: acorn.TryStatement): void {
    const b = this.b;
    const envSaved = b.info.usesEnv ? b.newLocal('<try-env>') : -1;
    if (envSaved >= 0) this.emit(Op.saveenv, envSaved);
    const end = this.label();
    let finRegion: Region | undefined;
    if (n.finalizer) {
      finRegion = { start: b.code.length, handler: this.label(), ranges: [] };
      b.regions.push(finRegion);
      b.ctx.push({ kind: 'finally', body: n.finalizer });
      b.ctx.push({ kind: 'try', region: finRegion });
    }
    if (n.handler) {
      const region: Region = { start: b.code.length, handler: this.label(), ranges: [] };
      b.regions.push(region);
      b.ctx.push({ kind: 'try', region });
      this.block(n.block);
      b.ctx.pop();
      this.suspend(region);
      const afterCatch = this.label();
      this.jump(Op.jump, afterCatch);
      // Catch entry: the exception is the only value on the stack.
      this.bind(region.handler);
      b.depth = 1;
      if (b.depth > b.maxDepth) b.maxDepth = b.depth;
      if (envSaved >= 0) this.emit(Op.restoreenv, envSaved);
      const outer = this.scope;
      const cscope = this.an.scopes.get(n.handler);
      const pushed = this.enterBlock(cscope);
      if (n.handler.param && n.handler.param.type === 'Identifier') {
        const id = n.handler.param;
        this.storeBinding(this.an.refs.get(id)!.binding, id.name, this.scope);
      } else if (n.handler.param) {
        this.bindPattern(n.handler.param, 'init', '.catch', false, this.textNode('.catch', n.handler.param));
      } else this.emit(Op.pop);
      this.block(n.handler.body);
      this.leaveBlock(cscope, pushed, outer);
      this.bind(afterCatch);
    } else {
      this.block(n.block);
    }
    if (n.finalizer && finRegion) {
      b.ctx.pop(); // try
      b.ctx.pop(); // finally
      this.suspend(finRegion);
      this.block(n.finalizer);
      this.jump(Op.jump, end);
      // Exceptional path: save the exception, run the finally body, rethrow.
      this.bind(finRegion.handler);
      b.depth = 1;
      if (envSaved >= 0) this.emit(Op.restoreenv, envSaved);
      const exc = b.newLocal('<exception>');
      this.emit(Op.setlocal, exc);
      this.block(n.finalizer);
      this.emit(Op.getlocal, exc);
      this.emit(Op.throw);
    }
    this.bind(end);
  }

  // ------------------------------------------------------------ conditions

  /** Evaluates `node` for its truth value and jumps to `target` when it equals `jumpIf`. */
  cond(node: Expr, jumpIf: boolean, target: Label): void {
    const n = node as AnyNode;
    if (n.type === 'UnaryExpression' && n.operator === '!') return this.cond(n.argument, !jumpIf, target);
    if (n.type === 'LogicalExpression' && n.operator !== '??') {
      const isAnd = n.operator === '&&';
      // The operands of a left-deep chain of one operator (a && b && c …), without recursion.
      const spine: acorn.LogicalExpression[] = [];
      let cur: AnyNode = n;
      for (; cur.type === 'LogicalExpression' && cur.operator === n.operator; cur = cur.left as AnyNode) spine.push(cur);
      const operands: Expr[] = [cur as Expr];
      for (let i = spine.length - 1; i >= 0; i--) operands.push(spine[i].right);
      if (isAnd !== jumpIf) {
        // (a && b) jump-if-false: either false jumps. (a || b) jump-if-true: either true jumps.
        for (const o of operands) this.cond(o, jumpIf, target);
      } else {
        const skip = this.label();
        for (let i = 0; i < operands.length - 1; i++) this.cond(operands[i], !jumpIf, skip);
        this.cond(operands[operands.length - 1], jumpIf, target);
        this.bind(skip);
      }
      return;
    }
    this.expr(node);
    this.jump(jumpIf ? Op.branchif : Op.branchunless, target);
  }

  // ------------------------------------------------------------ expressions

  /** Evaluates an expression for effect only. */
  exprDiscard(node: Expr): void {
    const n = node as AnyNode;
    if (n.type === 'AssignmentExpression') return this.assign(n, false);
    if (n.type === 'UpdateExpression') return this.update(n, false);
    if (n.type === 'SequenceExpression') {
      for (const e of n.expressions) this.exprDiscard(e);
      return;
    }
    this.expr(node);
    this.emit(Op.pop);
  }

  /** Evaluates an expression whose function value (if anonymous) takes `name`. */
  /**
   * `a.b.c = function () {}`: an anonymous function stored into a property
   * gets V8's inferred name `a.b.c` (`prototype` left out: `K.prototype.h`
   * is `K.h`) for stack frames only; its `name` stays ''.
   */
  exprInferred(node: Expr, target: acorn.MemberExpression): void {
    const n = node as AnyNode;
    if (!((n.type === 'FunctionExpression' && !n.id) || n.type === 'ArrowFunctionExpression')) return this.expr(node);
    const parts: string[] = [];
    let t: AnyNode = target as AnyNode;
    while (t.type === 'MemberExpression' && !t.computed && t.property.type === 'Identifier') {
      if (t.property.name !== 'prototype') parts.unshift(t.property.name);
      t = t.object as AnyNode;
    }
    this.at(n);
    const iseq = this.compileFunction(n, '', 0);
    if (t.type === 'Identifier' || t.type === 'ThisExpression') iseq.inferredName = (t.type === 'Identifier' ? [t.name, ...parts] : parts).join('.');
    this.emit(Op.closure, iseq.id);
  }

  exprNamed(node: Expr, name: string): void {
    const n = node as AnyNode;
    if ((n.type === 'FunctionExpression' && !n.id) || n.type === 'ArrowFunctionExpression') {
      this.at(n);
      this.closure(n, name);
    } else if (n.type === 'ClassExpression' && !n.id) {
      this.classExpr(n, name);
    } else this.expr(node);
  }

  expr(node: Expr): void {
    const n = node as AnyNode;
    switch (n.type) {
      case 'Literal':
        return this.literal(n);
      case 'Identifier': {
        if (n.name === 'undefined' && !this.scope.lookup('undefined')) {
          this.emit(Op.putundef);
          return;
        }
        const ref = this.an.refs.get(n)!;
        this.at(n);
        return this.loadBinding(ref.binding, n.name, ref.checked, this.scope);
      }
      case 'ThisExpression':
        this.emit(this.b.iseq.flags & ISEQ_DERIVED ? Op.putselfchecked : Op.putself);
        return;
      case 'TemplateLiteral':
        return this.template(n);
      case 'ArrayExpression':
        if (n.elements.some((e) => e && e.type === 'SpreadElement')) return this.spreadArray(n.elements, n);
        for (const e of n.elements) {
          if (e) this.expr(e as Expr);
          else this.emit(Op.puthole);
        }
        this.at(n);
        this.emit(Op.newarray, n.elements.length);
        return;
      case 'ObjectExpression':
        return this.objectLiteral(n);
      case 'FunctionExpression':
      case 'ArrowFunctionExpression':
        this.at(n);
        return this.closure(n, n.type === 'FunctionExpression' && n.id ? n.id.name : '');
      case 'ClassExpression':
        return this.classExpr(n);
      case 'UnaryExpression':
        return this.unary(n);
      case 'UpdateExpression':
        return this.update(n, true);
      case 'BinaryExpression':
        return this.binary(n);
      case 'LogicalExpression':
        return this.logical(n);
      case 'ConditionalExpression': {
        const elseL = this.label();
        const end = this.label();
        this.cond(n.test, false, elseL);
        this.expr(n.consequent);
        this.jump(Op.jump, end);
        this.bind(elseL);
        this.b.depth--;
        this.expr(n.alternate);
        this.bind(end);
        return;
      }
      case 'AssignmentExpression':
        return this.assign(n, true);
      case 'YieldExpression':
        this.at(n);
        if (n.delegate) return this.yieldStar(n.argument!);
        if (n.argument) this.expr(n.argument);
        else this.emit(Op.putundef);
        return this.suspendFrame(Op.yield, true);
      case 'AwaitExpression':
        this.expr(n.argument);
        this.at(n);
        return this.suspendFrame(Op.await, false);
      case 'SequenceExpression':
        n.expressions.forEach((e, i) => (i < n.expressions.length - 1 ? this.exprDiscard(e) : this.expr(e)));
        return;
      case 'MemberExpression':
        return this.member(n);
      case 'CallExpression':
        return this.call(n);
      case 'ChainExpression':
        return this.chain(() => this.expr(n.expression as Expr), 1);
      case 'TaggedTemplateExpression':
        return this.taggedTemplate(n);
      case 'MetaProperty': {
        // new.target: read from the frame, or (inside an arrow) from the enclosing function's hidden binding.
        const ref = this.an.refs.get(n);
        this.at(n);
        if (ref && ref.binding) this.loadBinding(ref.binding, '<new.target>', false, this.scope);
        else this.emit(Op.putnewtarget);
        return;
      }
      case 'NewExpression':
        this.expr(n.callee as Expr);
        this.emit(Op.putundef);
        if (n.arguments.some((a) => a.type === 'SpreadElement')) {
          this.spreadArray(n.arguments, n, true);
          this.at(n);
          this.emit(Op.newspread, this.constString(calleeText(n.callee)));
          return;
        }
        for (const a of n.arguments) this.expr(a as Expr);
        this.at(n);
        this.emit(Op.new, n.arguments.length, this.constString(calleeText(n.callee)));
        return;
      default:
        return this.fail(n, `${n.type} is not supported`);
    }
  }

  literal(n: acorn.Literal): void {
    const v = n.value;
    if (v === null) this.emit(Op.putnull);
    else if (v === true) this.emit(Op.puttrue);
    else if (v === false) this.emit(Op.putfalse);
    else if (typeof v === 'number') this.pushNumber(v);
    else if (typeof v === 'string') this.emit(Op.putconst, this.constString(v));
    else if ('regex' in n && n.regex && this.host.regexpSite) {
      let site: number;
      try {
        site = this.host.regexpSite(n.regex.pattern, n.regex.flags);
      } catch (e) {
        return this.fail(n, (e as Error).message);
      }
      this.emit(Op.newregexp, site);
    } else this.fail(n, 'This literal is not supported');
  }

  template(n: acorn.TemplateLiteral): void {
    let parts = 0;
    n.quasis.forEach((q, i) => {
      const s = q.value.cooked ?? '';
      if (s !== '' || n.expressions.length === 0) {
        this.emit(Op.putconst, this.constString(s));
        parts++;
      }
      if (i < n.expressions.length) {
        this.expr(n.expressions[i] as Expr);
        this.emit(Op.tostring);
        parts++;
      }
    });
    if (parts !== 1) this.emit(Op.concatstrings, parts);
  }

  objectLiteral(n: acorn.ObjectExpression): void {
    this.at(n);
    this.emit(Op.newobject);
    for (const p of n.properties) {
      if (p.type === 'SpreadElement') {
        // { ...o }: CopyDataProperties onto the literal.
        this.expr(p.argument);
        this.at(p);
        this.emit(Op.copydataprops, 0);
        continue;
      }
      const prop = p as acorn.Property;
      this.at(prop);
      if (prop.kind === 'get' || prop.kind === 'set') {
        // obj key fn -> obj
        const key = prop.computed ? '' : propKeyName(prop);
        if (prop.computed) this.expr(prop.key as Expr);
        else this.emit(Op.putconst, this.constString(key));
        this.closure(prop.value as acorn.FunctionExpression, prop.computed ? '' : `${prop.kind} ${key}`, ISEQ_METHOD);
        this.at(prop);
        this.emit(Op.defineaccessor, prop.kind === 'set' ? 1 : 0);
        continue;
      }
      if (prop.computed) {
        this.expr(prop.key as Expr);
        this.expr(prop.value as Expr);
        this.emit(Op.initelem);
        continue;
      }
      const key = propKeyName(prop);
      if (prop.method) {
        const iseq = this.compileFunction(prop.value as acorn.FunctionExpression, key, ISEQ_METHOD);
        // A method's source text starts at its key.
        iseq.srcStart = prop.start;
        this.emit(Op.closure, iseq.id);
      } else {
        this.exprNamed(prop.value as Expr, key);
      }
      this.emit(Op.initprop, this.constString(key), this.ic());
    }
  }

  /** delete: of a property or element (deleteprop/deleteelem); of a variable, false (sloppy code only); of anything else, true after evaluating it. */
  deleteExpr(n: acorn.UnaryExpression): void {
    const arg = n.argument as AnyNode;
    if (arg.type === 'MemberExpression' && arg.object.type === 'Super') {
      // delete super.x: a ReferenceError (after evaluating a computed key).
      if (arg.computed) {
        this.expr(arg.property as Expr);
        this.emit(Op.pop);
      }
      this.at(n);
      this.emit(Op.getglobal, this.host.globalSlot('ReferenceError'), this.constString('ReferenceError'));
      this.emit(Op.putundef);
      this.emit(Op.putconst, this.constString("Unsupported reference to 'super'"));
      this.emit(Op.new, 1, this.constString('ReferenceError'));
      this.emit(Op.throw);
      this.b.depth++;
      return;
    }
    if (arg.type === 'ChainExpression' && arg.expression.type === 'MemberExpression') {
      // delete a?.b: true when the chain short-circuits.
      const m = arg.expression;
      const label = this.label();
      const end = this.label();
      const savedNil = this.chainNil;
      const savedDepth = this.chainDepth;
      this.chainNil = label;
      this.chainDepth = this.b.depth;
      this.expr(m.object as Expr);
      if (m.optional) this.optionalCheck(false);
      if (m.computed) {
        this.expr(m.property as Expr);
        this.at(n);
        this.emit(Op.deleteelem);
      } else {
        this.at(n);
        this.emit(Op.deleteprop, this.constString((m.property as acorn.Identifier).name));
      }
      this.chainNil = savedNil;
      this.chainDepth = savedDepth;
      this.jump(Op.jump, end);
      this.bind(label);
      this.b.depth--;
      this.emit(Op.puttrue);
      this.bind(end);
      return;
    }
    if (arg.type === 'MemberExpression' && arg.object.type !== 'Super') {
      this.expr(arg.object as Expr);
      if (arg.computed) {
        this.expr(arg.property as Expr);
        this.at(n);
        this.emit(Op.deleteelem);
      } else {
        this.at(n);
        this.emit(Op.deleteprop, this.constString((arg.property as acorn.Identifier).name));
      }
      return;
    }
    if (arg.type === 'Identifier') {
      // A declared binding is not deletable; an undeclared name has nothing to delete.
      const ref = this.an.refs.get(arg as acorn.Identifier);
      this.emit(ref && ref.binding ? Op.putfalse : Op.puttrue);
      return;
    }
    this.expr(arg as Expr);
    this.emit(Op.pop);
    this.emit(Op.puttrue);
  }

  unary(n: acorn.UnaryExpression): void {
    if (n.operator === 'typeof' && n.argument.type === 'Identifier') {
      const ref = this.an.refs.get(n.argument)!;
      if (!ref.binding) {
        if (n.argument.name === 'undefined') this.emit(Op.putundef);
        else this.emit(Op.getglobalsoft, this.host.globalSlot(n.argument.name));
        this.emit(Op.opt_typeof);
        return;
      }
    }
    if (n.operator === 'delete') return this.deleteExpr(n);
    if (n.operator === '-' && n.argument.type === 'Literal' && typeof n.argument.value === 'number') {
      this.pushNumber(-n.argument.value);
      return;
    }
    this.expr(n.argument);
    this.at(n);
    switch (n.operator) {
      case '-':
        this.emit(Op.opt_neg);
        return;
      case '+':
        this.emit(Op.opt_tonumber);
        return;
      case '~':
        this.emit(Op.opt_bitnot);
        return;
      case '!':
        this.emit(Op.opt_not);
        return;
      case 'typeof':
        this.emit(Op.opt_typeof);
        return;
      case 'void':
        this.emit(Op.pop);
        this.emit(Op.putundef);
        return;
      default:
        this.fail(n, `The '${n.operator}' operator is not supported`);
    }
  }

  binaryOp(op: string, node: acorn.Node): void {
    const ops: Record<string, Op> = {
      '+': Op.opt_plus,
      '-': Op.opt_minus,
      '*': Op.opt_mult,
      '/': Op.opt_div,
      '%': Op.opt_mod,
      '**': Op.opt_pow,
      '&': Op.opt_and,
      '|': Op.opt_or,
      '^': Op.opt_xor,
      '<<': Op.opt_shl,
      '>>': Op.opt_sar,
      '>>>': Op.opt_shr,
      '<': Op.opt_lt,
      '<=': Op.opt_le,
      '>': Op.opt_gt,
      '>=': Op.opt_ge,
      '==': Op.opt_eq,
      '!=': Op.opt_neq,
      '===': Op.opt_stricteq,
      '!==': Op.opt_strictneq,
      instanceof: Op.opt_instanceof,
      in: Op.opt_in,
    };
    const o = ops[op];
    if (o === undefined) this.fail(node, `The '${op}' operator is not supported`);
    this.emit(o);
  }

  binary(n: acorn.BinaryExpression): void {
    if (n.left.type === 'PrivateIdentifier') {
      // #x in o
      this.loadPrivateName(n.left);
      this.expr(n.right);
      this.at(n);
      this.emit(Op.hasprivate);
      return;
    }
    // Down the left spine without recursion (`0+1+1+…` has one level per term).
    const spine: acorn.BinaryExpression[] = [];
    let cur: AnyNode = n;
    for (; cur.type === 'BinaryExpression' && cur.left.type !== 'PrivateIdentifier'; cur = cur.left as AnyNode) spine.push(cur);
    if (cur.type === 'BinaryExpression') this.binary(cur);
    else this.expr(cur as Expr);
    for (let i = spine.length - 1; i >= 0; i--) {
      this.expr(spine[i].right);
      this.at(spine[i]);
      this.binaryOp(spine[i].operator, spine[i]);
    }
  }

  /** a && b, a || b, a ?? b: chains down the left spine without recursion. */
  logical(n: acorn.LogicalExpression): void {
    const spine: acorn.LogicalExpression[] = [];
    let cur: AnyNode = n;
    for (; cur.type === 'LogicalExpression'; cur = cur.left as AnyNode) spine.push(cur);
    this.expr(cur as Expr);
    for (let i = spine.length - 1; i >= 0; i--) {
      const end = this.label();
      this.emit(Op.dup);
      if (spine[i].operator === '??') {
        this.emit(Op.isnullish);
        this.jump(Op.branchunless, end);
      } else this.jump(spine[i].operator === '&&' ? Op.branchunless : Op.branchif, end);
      this.emit(Op.pop);
      this.expr(spine[i].right);
      this.bind(end);
    }
  }

  member(n: acorn.MemberExpression): void {
    if (n.object.type === 'Super') {
      this.at(n);
      this.emit(Op.getsuperprop, this.constString(this.superKey(n)));
      return;
    }
    if (n.object.type === 'Identifier' && n.object.name === 'arguments' && !n.optional) {
      // `arguments.length` and `arguments[i]` where the object never escapes: read the frame.
      const bind = this.an.refs.get(n.object)?.binding;
      if (bind && bind.isArguments && !bind.argsLeak) {
        this.at(n);
        if (n.computed) {
          this.expr(n.property as Expr);
          this.at(n.property);
          this.emit(Op.getarg);
        } else this.emit(Op.putargc);
        return;
      }
    }
    this.expr(n.object as Expr);
    if (n.optional) this.optionalCheck(false);
    this.at(n);
    if (this.keyed(n)) {
      this.memberKey(n);
      this.at(n.property);
      this.emit(this.arefOp(n));
    } else {
      const name = (n.property as acorn.Identifier).name;
      this.at(n.property);
      if (name === 'length') this.emit(Op.opt_length, this.ic());
      else this.emit(Op.getprop, this.constString(name), this.ic());
    }
  }

  /**
   * The key of `super.x` or `super[k]`: a computed key is accepted when it is a
   * string or number literal (its property key is then known at compile time).
   */
  superKey(n: acorn.MemberExpression): string {
    if (!n.computed) return (n.property as acorn.Identifier).name;
    const k = n.property as AnyNode;
    if (k.type === 'Literal' && (typeof k.value === 'string' || typeof k.value === 'number')) return String(k.value);
    return this.fail(n, 'Computed super property access is not supported');
  }

  call(n: acorn.CallExpression): void {
    const callee = n.callee as AnyNode;
    if (this.opts.builtins && callee.type === 'Identifier' && INTRINSICS[callee.name] !== undefined) return this.intrinsic(n, callee.name);
    const spread = n.arguments.some((a) => a.type === 'SpreadElement');
    if (callee.type === 'Super') {
      if (spread) this.spreadArray(n.arguments, n, true);
      else for (const a of n.arguments) this.expr(a as Expr);
      this.at(n);
      if (spread) this.emit(Op.invokesuperspread);
      else this.emit(Op.invokesuper, n.arguments.length);
      this.emit(Op.bindthis);
      if (this.currentClass?.hasFields) {
        this.runFieldInit();
      }
      return;
    }
    if (callee.type === 'MemberExpression') {
      this.methodCallee(callee);
      if (n.optional) this.optionalCheck(true);
    } else if (callee.type === 'ChainExpression' && callee.expression.type === 'MemberExpression') {
      // (a?.b)(): a method call that keeps `this`; a short-circuit calls undefined.
      const m = callee.expression;
      this.chain(() => this.methodCallee(m), 2);
      if (n.optional) this.optionalCheck(true);
    } else {
      this.expr(callee as Expr);
      if (n.optional) this.optionalCheck(false);
      this.emit(Op.putundef);
    }
    if (spread) {
      this.spreadArray(n.arguments, n, true);
      this.at(n);
      this.emit(Op.sendspread, this.constString(calleeText(n.callee)));
      return;
    }
    for (const a of n.arguments) this.expr(a as Expr);
    // V8 places a method call at its property name (stack frames, errors): `s.area()` at `area`.
    this.atCall(n);
    if (this.an.evalSites.has(n) && this.host.evalScope) {
      this.emit(Op.directeval, n.arguments.length, this.host.evalScope(this.scope));
      return;
    }
    this.emit(Op.send, n.arguments.length, this.constString(calleeText(n.callee)));
  }

  /** tag`a${x}b`: tag(templateObject, x), a method call when the tag is a member expression. */
  taggedTemplate(n: acorn.TaggedTemplateExpression): void {
    const tag = n.tag as AnyNode;
    if (tag.type === 'MemberExpression') this.methodCallee(tag);
    else {
      this.expr(tag as Expr);
      this.emit(Op.putundef);
    }
    if (!this.host.templateSite) return this.fail(n, 'Tagged templates are not supported');
    const q = n.quasi;
    const site = this.host.templateSite(
      q.quasis.map((e) => (e.value.cooked === undefined ? null : e.value.cooked)),
      q.quasis.map((e) => e.value.raw),
    );
    this.at(n);
    this.emit(Op.gettemplateobject, site);
    for (const e of q.expressions) this.expr(e as Expr);
    this.at(n);
    this.emit(Op.send, q.expressions.length + 1, this.constString(calleeText(n.tag)));
  }

  /** Pushes the function and `this` of a method call `o.m(...)`, `o[k](...)`, `super.m(...)`. */
  methodCallee(callee: acorn.MemberExpression): void {
    if (callee.object.type === 'Super') {
      this.at(callee);
      this.emit(Op.getsupermethod, this.constString(this.superKey(callee)));
      return;
    }
    this.expr(callee.object as Expr);
    if (callee.optional) this.optionalCheck(false);
    if (this.keyed(callee)) {
      this.emit(Op.dup);
      this.memberKey(callee);
      this.at(callee.property);
      this.emit(this.arefOp(callee));
      this.emit(Op.swap);
    } else {
      this.at(callee.property);
      this.emit(Op.getmethod, this.constString((callee.property as acorn.Identifier).name), this.ic());
    }
  }

  /** The short-circuit target of the optional chain being compiled, and the stack depth at its start. */
  chainNil: Label | null = null;
  chainDepth = 0;

  /**
   * An optional chain (a ChainExpression): `body` pushes `results` values;
   * when an optional link finds null or undefined, the whole chain gives
   * `results` undefineds instead (optionalCheck jumps to the nil label).
   */
  chain(body: () => void, results: number): void {
    const savedNil = this.chainNil;
    const savedDepth = this.chainDepth;
    const nil = this.label();
    const end = this.label();
    this.chainNil = nil;
    this.chainDepth = this.b.depth;
    try {
      body();
    } finally {
      this.chainNil = savedNil;
      this.chainDepth = savedDepth;
    }
    if (nil.refs.length === 0) {
      this.bind(nil);
      return;
    }
    const depth = this.b.depth;
    this.jump(Op.jump, end);
    this.bind(nil);
    this.b.depth = depth - results;
    for (let i = 0; i < results; i++) this.emit(Op.putundef);
    this.bind(end);
  }

  /**
   * An optional link `?.`: tests the top value (with `second`, the one below
   * it: a method call's function under its `this`) for null or undefined and
   * short-circuits the chain, dropping what the chain has pushed.
   */
  optionalCheck(second: boolean): void {
    const nil = this.chainNil;
    if (!nil) throw new Error('lbbv: optional link outside a chain');
    if (second) {
      this.emit(Op.dup2);
      this.emit(Op.pop);
    } else this.emit(Op.dup);
    this.emit(Op.isnullish);
    const cont = this.label();
    this.jump(Op.branchunless, cont);
    const depth = this.b.depth;
    for (let i = depth - this.chainDepth; i > 0; i--) this.emit(Op.pop);
    this.jump(Op.jump, nil);
    this.b.depth = depth;
    this.bind(cont);
  }

  /**
   * A new array of the elements, spread elements expanded through the
   * iterator protocol (array literals, argument lists with spread): the
   * elements before the first spread go through newarray; every later one
   * is appended by spreadappend (a plain element as a one-element array).
   */
  spreadArray(elements: readonly (acorn.Expression | acorn.SpreadElement | null)[], at: acorn.Node, inCall = false): void {
    let k = 0;
    while (k < elements.length && !(elements[k] && elements[k]!.type === 'SpreadElement')) {
      const e = elements[k];
      if (e) this.expr(e as Expr);
      else this.emit(Op.puthole);
      k++;
    }
    this.at(at);
    this.emit(Op.newarray, k);
    for (; k < elements.length; k++) {
      const e = elements[k];
      if (e && e.type === 'SpreadElement') {
        this.expr(e.argument);
        this.at(e);
        // A NUL before the text tells the runtime it is a spread argument (V8 words those errors differently).
        this.emit(Op.spreadappend, this.constString((inCall ? '\u0000' : '') + calleeText(e.argument)));
      } else {
        if (e) this.expr(e as Expr);
        else this.emit(Op.putundef);
        this.emit(Op.newarray, 1);
        this.emit(Op.spreadappend, this.constString(''));
      }
    }
  }

  /** An intrinsic call in a self-hosted built-in. __call(f, thisArg, ...args) calls f with an explicit this. */
  intrinsic(n: acorn.CallExpression, name: string): void {
    const args = n.arguments as Expr[];
    const want = INTRINSICS[name];
    if (want >= 0 ? args.length !== want : args.length < -want) return this.fail(n, `${name} takes ${want >= 0 ? want : `at least ${-want}`} argument(s)`);
    for (const a of args) this.expr(a);
    this.at(n);
    if (name === '__isArray') this.emit(Op.isarray);
    else if (name === '__arrayHas') this.emit(Op.arrayhas);
    else if (name === '__argc') this.emit(Op.putargc);
    else this.emit(Op.send, args.length - 2, this.constString('callback'));
  }

  /** Jumps to `short` when the value on top (kept) means a logical assignment assigns nothing: `&&=` falsy, `||=` truthy, `??=` not nullish. */
  logicalTest(op: string, short: Label): void {
    this.emit(Op.dup);
    if (op === '??=') {
      this.emit(Op.isnullish);
      this.jump(Op.branchunless, short);
    } else this.jump(op === '&&=' ? Op.branchunless : Op.branchif, short);
  }

  /** a &&= b, a ||= b, a ??= b: the target is read once and written only when b is evaluated. */
  logicalAssign(n: acorn.AssignmentExpression, wantValue: boolean): void {
    const left = n.left as AnyNode;
    const short = this.label();
    const end = this.label();
    if (left.type === 'Identifier') {
      const ref = this.an.refs.get(left)!;
      this.loadBinding(ref.binding, left.name, ref.checked, this.scope);
      this.logicalTest(n.operator, short);
      this.emit(Op.pop);
      this.exprNamed(n.right, left.name);
      this.at(n);
      if (!this.checkConstAssign(n, ref.binding)) {
        this.emit(Op.dup);
        this.storeBinding(ref.binding, left.name, this.scope);
      }
      this.bind(short);
      if (!wantValue) this.emit(Op.pop);
      return;
    }
    if (left.type !== 'MemberExpression') return this.fail(left, 'This assignment target is not supported');
    if (left.object.type === 'Super') return this.fail(left, 'Assignment to super properties is not supported');
    this.expr(left.object as Expr);
    if (this.keyed(left)) {
      this.memberKey(left);
      this.emit(Op.dup2);
      this.at(left);
      this.emit(this.arefOp(left));
      this.logicalTest(n.operator, short);
      this.emit(Op.pop);
      this.expr(n.right);
      this.at(n);
      this.emit(this.asetOp(left));
      this.jump(Op.jump, end);
      // obj key v -> v
      this.bind(short);
      this.b.depth += 2;
      this.emit(Op.rot3);
      this.emit(Op.pop);
      this.emit(Op.pop);
    } else {
      const name = (left.property as acorn.Identifier).name;
      this.emit(Op.dup);
      this.at(left);
      if (name === 'length') this.emit(Op.opt_length, this.ic());
      else this.emit(Op.getprop, this.constString(name), this.ic());
      this.logicalTest(n.operator, short);
      this.emit(Op.pop);
      this.expr(n.right);
      this.at(n);
      this.emit(Op.setprop, this.constString(name), this.ic());
      this.jump(Op.jump, end);
      // obj v -> v
      this.bind(short);
      this.b.depth += 1;
      this.emit(Op.swap);
      this.emit(Op.pop);
    }
    this.bind(end);
    if (!wantValue) this.emit(Op.pop);
  }

  assign(n: acorn.AssignmentExpression, wantValue: boolean): void {
    const left = n.left as AnyNode;
    if (n.operator === '&&=' || n.operator === '||=' || n.operator === '??=') return this.logicalAssign(n, wantValue);
    if (left.type === 'ObjectPattern' || left.type === 'ArrayPattern') {
      // ({ a, b } = o): the value of the expression is o.
      this.expr(n.right);
      if (wantValue) this.emit(Op.dup);
      this.bindPattern(left, 'assign', calleeText(n.right), false, n.right);
      return;
    }
    const op = n.operator === '=' ? null : n.operator.slice(0, -1);
    if (left.type === 'Identifier') {
      const ref = this.an.refs.get(left)!;
      if (op) {
        this.loadBinding(ref.binding, left.name, ref.checked, this.scope);
        this.expr(n.right);
        this.at(n);
        this.binaryOp(op, n);
      } else this.exprNamed(n.right, left.name);
      if (this.silentSelfAssign(ref.binding)) {
        if (!wantValue) this.emit(Op.pop);
        return;
      }
      if (this.checkConstAssign(n, ref.binding, left.name)) return;
      if (wantValue) this.emit(Op.dup);
      this.at(n);
      if (ref.checked && ref.binding && ref.binding.kind !== 'global') {
        // Assigning before initialisation is a ReferenceError too.
        this.loadBinding(ref.binding, left.name, true, this.scope);
        this.emit(Op.pop);
      }
      this.storeBinding(ref.binding, left.name, this.scope);
      return;
    }
    if (left.type !== 'MemberExpression') return this.fail(left, 'This assignment target is not supported');
    if (left.object.type === 'Super') return this.fail(left, 'Assignment to super properties is not supported');
    this.expr(left.object as Expr);
    if (this.keyed(left)) {
      this.memberKey(left);
      if (op) {
        this.emit(Op.dup2);
        this.emit(this.arefOp(left));
        this.expr(n.right);
        this.at(n);
        this.binaryOp(op, n);
      } else this.expr(n.right);
      this.at(n);
      this.emit(this.asetOp(left));
    } else {
      const name = (left.property as acorn.Identifier).name;
      if (op) {
        this.emit(Op.dup);
        if (name === 'length') this.emit(Op.opt_length, this.ic());
        else this.emit(Op.getprop, this.constString(name), this.ic());
        this.expr(n.right);
        this.at(n);
        this.binaryOp(op, n);
      } else this.exprInferred(n.right, left);
      this.at(n);
      this.emit(Op.setprop, this.constString(name), this.ic());
    }
    if (!wantValue) this.emit(Op.pop);
  }

  update(n: acorn.UpdateExpression, wantValue: boolean): void {
    const arg = n.argument as AnyNode;
    const step = n.operator === '++' ? Op.opt_inc : Op.opt_dec;
    const postfix = !n.prefix && wantValue;
    if (arg.type === 'Identifier') {
      const ref = this.an.refs.get(arg)!;
      this.loadBinding(ref.binding, arg.name, ref.checked, this.scope);
      this.at(n);
      if (postfix) {
        this.emit(Op.opt_tonumber);
        this.emit(Op.dup);
      }
      this.emit(step);
      if (this.silentSelfAssign(ref.binding)) {
        // The value is the old one (postfix, under the new one) or the new one.
        if (postfix || !wantValue) this.emit(Op.pop);
        return;
      }
      if (this.checkConstAssign(n, ref.binding, arg.name)) return;
      if (wantValue && !postfix) this.emit(Op.dup);
      this.storeBinding(ref.binding, arg.name, this.scope);
      return;
    }
    if (arg.type !== 'MemberExpression') return this.fail(arg, 'This update target is not supported');
    this.expr(arg.object as Expr);
    if (this.keyed(arg)) {
      this.memberKey(arg);
      this.emit(Op.dup2);
      this.at(n);
      this.emit(this.arefOp(arg));
      if (postfix) {
        const t = this.b.newLocal('<old>');
        this.emit(Op.opt_tonumber);
        this.emit(Op.dup);
        this.emit(Op.setlocal, t);
        this.emit(step);
        this.emit(this.asetOp(arg));
        this.emit(Op.pop);
        this.emit(Op.getlocal, t);
        return;
      }
      this.emit(step);
      this.emit(this.asetOp(arg));
    } else {
      const name = (arg.property as acorn.Identifier).name;
      const k = this.constString(name);
      this.emit(Op.dup);
      this.at(n);
      if (name === 'length') this.emit(Op.opt_length, this.ic());
      else this.emit(Op.getprop, k, this.ic());
      if (postfix) {
        this.emit(Op.opt_tonumber);
        this.emit(Op.dup);
        this.emit(Op.rot3);
        this.emit(step);
        this.emit(Op.setprop, k, this.ic());
        this.emit(Op.pop);
        return;
      }
      this.emit(step);
      this.emit(Op.setprop, k, this.ic());
    }
    if (!wantValue) this.emit(Op.pop);
  }

  // ------------------------------------------------------------ classes

  currentClass: ClassInfo | undefined;

  classExpr(n: acorn.ClassDeclaration | acorn.ClassExpression, inferredName = ''): void {
    const name = n.id ? n.id.name : inferredName;
    this.at(n);
    const members = n.body.body;
    const ctorDef = members.find((m) => m.type === 'MethodDefinition' && m.kind === 'constructor') as acorn.MethodDefinition | undefined;
    const instanceFields = members.filter((m) => m.type === 'PropertyDefinition' && !m.static) as acorn.PropertyDefinition[];
    const staticFields = members.filter((m) => (m.type === 'PropertyDefinition' && m.static) || m.type === 'StaticBlock') as (acorn.PropertyDefinition | acorn.StaticBlock)[];
    const privateMethods = members.filter((m) => m.type === 'MethodDefinition' && m.key.type === 'PrivateIdentifier') as acorn.MethodDefinition[];
    const info: ClassInfo = { derived: !!n.superClass, hasFields: instanceFields.length > 0 || privateMethods.some((m) => !m.static), privateMethods };
    this.classBody++;
    try {
      this.classBody_(n, name, members, ctorDef, instanceFields, staticFields, info);
    } finally {
      this.classBody--;
    }
  }

  private classBody_(
    n: acorn.ClassDeclaration | acorn.ClassExpression,
    name: string,
    members: (acorn.MethodDefinition | acorn.PropertyDefinition | acorn.StaticBlock)[],
    ctorDef: acorn.MethodDefinition | undefined,
    instanceFields: acorn.PropertyDefinition[],
    staticFields: (acorn.PropertyDefinition | acorn.StaticBlock)[],
    info: ClassInfo,
  ): void {
    const outerClass = this.currentClass;
    this.currentClass = info;
    const outer = this.scope;
    const cscope = this.an.scopes.get(n)!;
    const flags = ISEQ_CLASS_CTOR | (info.derived ? ISEQ_DERIVED : 0);
    let ctorIseq: ISeq;
    if (ctorDef) {
      // The constructor's own scope chain starts at the class scope.
      this.scope = cscope;
      ctorIseq = this.compileFunction(ctorDef.value, name, flags, info);
      // A class's source text is the whole class.
      ctorIseq.srcStart = n.start;
      ctorIseq.srcEnd = n.end;
    } else {
      ctorIseq = this.defaultConstructor(n, name, flags, info);
    }
    this.scope = outer;
    this.at(n);
    if (n.superClass) this.expr(n.superClass as Expr);
    else this.emit(Op.puthole);
    // The class scope's ENV (its inner name, when captured) exists before any of its functions are created.
    const pushed = cscope.envSize > 0;
    if (pushed) {
      this.emit(Op.pushenv, cscope.envSize);
      this.b.ctx.push({ kind: 'env' });
    }
    this.scope = cscope;
    this.emit(Op.defineclass, ctorIseq.id, this.constString(name));
    // Bind the class's inner name before methods and static fields run.
    if (n.id) {
      this.emit(Op.dup);
      this.storeBinding(cscope.bindings.get(n.id.name)!, n.id.name, cscope);
    }
    // A fresh private name for each `#x` the class declares (a new one at every evaluation of the class).
    const kinds = new Map<string, number>();
    for (const m of members) {
      if (m.type === 'StaticBlock' || m.key.type !== 'PrivateIdentifier') continue;
      const kind = (m.type === 'PropertyDefinition' ? 0 : m.kind === 'get' || m.kind === 'set' ? 2 : 1) | (m.static ? 4 : 0);
      if (!kinds.has(m.key.name)) kinds.set(m.key.name, kind);
    }
    for (const [pn, kind] of kinds) {
      this.emit(Op.newprivatename, this.constString(`#${pn}`), this.constString(name), kind);
      this.storeBinding(cscope.bindings.get(`#${pn}`)!, `#${pn}`, cscope);
    }
    for (const m of members) {
      if (m.type === 'MethodDefinition' && m.key.type === 'PrivateIdentifier') {
        // Made once; installed on each instance by the field initialiser (static ones on the class, below).
        this.at(m);
        const pn = `#${m.key.name}`;
        const iseq = this.compileFunction(m.value, m.kind === 'method' ? pn : `${m.kind} ${pn}`, ISEQ_METHOD);
        iseq.srcStart = m.static ? m.key.start - 1 : m.start;
        this.emit(Op.closure, iseq.id);
        this.storeBinding(this.an.privateFns.get(m)!, pn, cscope);
        continue;
      }
      if (m.type === 'PropertyDefinition' && m.computed) {
        // The key is evaluated now, in member order; the initialiser reads it from the class scope.
        this.at(m);
        this.expr(m.key as Expr);
        this.storeBinding(this.an.fieldKeys.get(m)!, '<field key>', cscope);
        continue;
      }
      if (m.type !== 'MethodDefinition' || m.kind === 'constructor') continue;
      this.at(m);
      if (m.kind === 'get' || m.kind === 'set') {
        // class key fn -> class
        const key = m.computed ? '' : propKeyName(m);
        if (m.computed) this.expr(m.key as Expr);
        else this.emit(Op.putconst, this.constString(key));
        const iseq = this.compileFunction(m.value, m.computed ? '' : `${m.kind} ${key}`, ISEQ_METHOD);
        this.emit(Op.closure, iseq.id);
        this.at(m);
        this.emit(Op.defineaccessor, (m.kind === 'set' ? 1 : 0) | (m.static ? 0 : 2) | 4);
        continue;
      }
      if (m.computed) {
        this.expr(m.key as Expr);
        const iseq = this.compileFunction(m.value, '', ISEQ_METHOD);
        iseq.srcStart = m.key.start - 1;
        this.emit(Op.closure, iseq.id);
        this.emit(Op.definemethodcomputed, m.static ? 1 : 0);
        continue;
      }
      const mname = propKeyName(m);
      const iseq = this.compileFunction(m.value, mname, ISEQ_METHOD);
      iseq.srcStart = m.static ? m.key.start : m.start;
      this.emit(Op.closure, iseq.id);
      this.emit(Op.definemethod, this.constString(mname), m.static ? 1 : 0);
    }
    for (const m of info.privateMethods) {
      if (!m.static) continue;
      this.emit(Op.dup);
      this.installPrivateMethod(m, info.privateMethods);
      this.emit(Op.pop);
    }
    if (info.hasFields) {
      const iseq = this.fieldInitializer(instanceFields, `<fields ${name}>`, info.privateMethods.filter((m) => !m.static));
      this.emit(Op.closure, iseq.id);
      this.emit(Op.definemethod, this.constString('<fields>'), 2);
    }
    if (staticFields.length > 0) {
      const iseq = this.fieldInitializer(staticFields, `<static ${name}>`);
      this.emit(Op.dup);
      this.emit(Op.closure, iseq.id);
      this.emit(Op.definemethod, this.constString('<static>'), 3);
      this.emit(Op.pop);
    }
    if (pushed) {
      this.emit(Op.popenv);
      this.b.ctx.pop();
    }
    this.scope = outer;
    this.currentClass = outerClass;
  }

  /**
   * obj -> obj: adds a private method (initprivate 1) or accessor (a getter
   * and setter of one name are added together, at the first of them) to the
   * object on the stack, from the functions made with the class.
   */
  installPrivateMethod(m: acorn.MethodDefinition, all: acorn.MethodDefinition[]): void {
    const pid = m.key as acorn.PrivateIdentifier;
    if (m.kind === 'method') {
      this.loadPrivateName(pid);
      this.loadBinding(this.an.privateFns.get(m)!, pid.name, false, this.scope);
      this.emit(Op.initprivate, 1);
      return;
    }
    const pair = all.filter((o) => o.key.type === 'PrivateIdentifier' && o.key.name === pid.name && o.static === m.static);
    if (pair[0] !== m) {
      // Added with its other half.
      return;
    }
    this.loadPrivateName(pid);
    for (const kind of ['get', 'set']) {
      const f = pair.find((o) => o.kind === kind);
      if (f) this.loadBinding(this.an.privateFns.get(f)!, pid.name, false, this.scope);
      else this.emit(Op.putundef);
    }
    this.emit(Op.initprivateaccessor);
  }

  /** static { … }: compiled inline in the static initialiser (this = the class), with its own var scope. */
  staticBlock(f: acorn.StaticBlock): void {
    const finfo = this.an.fns.get(f)!;
    const fscope = this.an.scopes.get(f)!;
    for (const s of finfo.scopes) {
      for (const bind of s.bindings.values()) {
        if (bind.captured) bind.index = s.envSize++;
        else bind.index = this.b.newLocal(bind.name);
      }
    }
    const saved = this.scope;
    this.scope = fscope;
    if (fscope.envSize > 0) this.emit(Op.pushenv, fscope.envSize);
    this.initLexical(fscope);
    this.hoistFunctions(f.body, fscope);
    for (const st of f.body) this.stmt(st);
    if (fscope.envSize > 0) this.emit(Op.popenv);
    this.scope = saved;
  }

  /** `constructor() {}` for a base class; `constructor(...args) { super(...args) }` for a derived one. */
  defaultConstructor(n: acorn.Node, name: string, flags: number, info: ClassInfo): ISeq {
    const iseq = this.newISeq(name, n, flags);
    const fnInfo = new FnInfo(n, this.b.info, false);
    return this.withFunction(iseq, fnInfo, () => {
      this.at(n);
      if (info.derived) {
        iseq.paramCount = 0;
        iseq.restIndex = this.b.newLocal('args');
        this.emit(Op.getlocal, iseq.restIndex);
        this.emit(Op.invokesuperspread);
        this.emit(Op.bindthis);
        this.emit(Op.pop);
      }
      if (info.hasFields) this.runFieldInit();
      this.emit(Op.putundef);
      this.emit(Op.leave);
      return this.finish(iseq);
    });
  }

  /** Compiles field initialisers into one method run with `this` = the instance (or the class, for statics). */
  fieldInitializer(fields: (acorn.PropertyDefinition | acorn.StaticBlock)[], name: string, privateMethods: acorn.MethodDefinition[] = []): ISeq {
    const first = fields[0] ?? privateMethods[0];
    const iseq = this.newISeq(name, first, ISEQ_METHOD);
    const fnInfo = new FnInfo(first, this.b.info, false);
    return this.withFunction(iseq, fnInfo, () => {
      // Private methods and accessors come first, then the fields in order.
      for (const m of privateMethods) {
        this.emit(Op.putself);
        this.installPrivateMethod(m, privateMethods);
        this.emit(Op.pop);
      }
      for (const f of fields) {
        if (f.type === 'StaticBlock') {
          this.staticBlock(f);
          continue;
        }
        const keyBinding = f.computed ? this.an.fieldKeys.get(f)! : null;
        const priv = f.key.type === 'PrivateIdentifier' ? f.key : null;
        const key = keyBinding ? '' : priv ? `#${priv.name}` : propKeyName(f);
        this.at(f);
        this.emit(Op.putself);
        if (keyBinding) this.loadBinding(keyBinding, '<field key>', false, this.scope);
        if (priv) this.loadPrivateName(priv);
        if (f.value) {
          const finfo = this.an.fns.get(f)!;
          const fscope = this.an.scopes.get(f)!;
          // Each initialiser was analysed as its own function; compile it inline with its slots.
          for (const s of finfo.scopes) {
            for (const bind of s.bindings.values()) {
              if (bind.captured) bind.index = s.envSize++;
              else bind.index = this.b.newLocal(bind.name);
            }
          }
          const saved = this.scope;
          this.scope = fscope;
          if (fscope.envSize > 0) this.emit(Op.pushenv, fscope.envSize);
          this.exprNamed(f.value as Expr, key);
          if (fscope.envSize > 0) this.emit(Op.popenv);
          this.scope = saved;
        } else this.emit(Op.putundef);
        if (keyBinding) this.emit(Op.initelem);
        else if (priv) this.emit(Op.initprivate, 0);
        else this.emit(Op.initprop, this.constString(key), this.ic());
        this.emit(Op.pop);
      }
      this.emit(Op.putundef);
      this.emit(Op.leave);
      return this.finish(iseq);
    });
  }
}

interface ClassInfo {
  derived: boolean;
  hasFields: boolean;
  privateMethods: acorn.MethodDefinition[];
}

/** The callee as V8 prints it in "x is not a function" messages. */
export function calleeText(node: acorn.Node): string {
  const n = node as AnyNode;
  switch (n.type) {
    case 'Identifier':
      return n.name;
    case 'ThisExpression':
      return 'this';
    case 'Super':
      return 'super';
    case 'Literal':
      return typeof n.value === 'string' ? JSON.stringify(n.value) : String(n.value);
    case 'MemberExpression': {
      const obj = calleeText(n.object);
      const dot = n.optional ? '?.' : '.';
      if (n.property.type === 'PrivateIdentifier') return `${obj}${dot}#${n.property.name}`;
      if (!n.computed) return `${obj}${dot}${(n.property as acorn.Identifier).name}`;
      const p = n.property as AnyNode;
      const open = n.optional ? '?.[' : '[';
      if (keyPrintable(p)) return `${obj}${open}${calleeText(p)}]`;
      return `${obj}${open}...]`;
    }
    case 'ChainExpression':
      return calleeText(n.expression);
    case 'BinaryExpression':
      // V8 prints an operator expression parenthesized: cs[(i % cs.length)].
      return `(${calleeText(n.left)} ${n.operator} ${calleeText(n.right)})`;
    case 'CallExpression':
      return `${calleeText(n.callee)}(...)`;
    default:
      return '(intermediate value)';
  }
}

/** A directive prologue containing "use strict". */
function hasUseStrict(body: readonly acorn.Node[]): boolean {
  for (const s of body) {
    const d = (s as { directive?: string }).directive;
    if (s.type !== 'ExpressionStatement' || d === undefined) return false;
    if (d === 'use strict') return true;
  }
  return false;
}

/** Whether a function body reads `this` (or `super`), itself or through arrow functions (which capture it). */
function usesThis(node: acorn.Node): boolean {
  // An explicit stack: the depth of an expression is the program's, not ours.
  const stack: unknown[] = [node];
  while (stack.length > 0) {
    const n = stack.pop();
    if (!n || typeof n !== 'object') continue;
    if (Array.isArray(n)) {
      for (let i = n.length - 1; i >= 0; i--) stack.push(n[i]);
      continue;
    }
    const t = (n as { type?: string }).type;
    if (t === undefined) continue;
    if (t === 'ThisExpression' || t === 'Super') return true;
    if (t === 'FunctionExpression' || t === 'FunctionDeclaration') continue;
    for (const key in n as Record<string, unknown>) {
      if (key === 'loc' || key === 'type') continue;
      stack.push((n as Record<string, unknown>)[key]);
    }
  }
  return false;
}

/** Whether a computed key prints as V8 prints it (names, literals, member reads, binary operators over them); else `[...]`. */
function keyPrintable(node: acorn.Node): boolean {
  const n = node as AnyNode;
  if (n.type === 'Literal' || n.type === 'Identifier' || n.type === 'ThisExpression') return true;
  if (n.type === 'MemberExpression') return keyPrintable(n.object) && (!n.computed || keyPrintable(n.property));
  if (n.type === 'BinaryExpression') return keyPrintable(n.left) && keyPrintable(n.right);
  return false;
}

/** The string key of a non-computed property, method or field. */
function propKeyName(p: acorn.Property | acorn.AssignmentProperty | acorn.MethodDefinition | acorn.PropertyDefinition): string {
  const k = p.key as AnyNode;
  if (k.type === 'Identifier') return k.name;
  if (k.type === 'Literal') return String(k.value);
  return '';
}

