// Scope analysis: the first compiler pass.
//
// It walks a function tree once, declares every binding in its scope
// (hoisting `var` and function declarations), resolves each identifier
// reference, and marks a binding *captured* when a nested function refers to
// it. Captured bindings live in heap ENVs; all others get frame slots.

import type * as acorn from 'acorn';

export type BindingKind = 'var' | 'let' | 'const' | 'param' | 'function' | 'class' | 'catch' | 'global';

export class Binding {
  captured = false;
  /** Frame local index, ENV slot index, or global slot index (kind 'global'). */
  index = -1;
  /** True when some reference may run before initialisation (needs a TDZ check and an init). */
  needsInit = false;
  /**
   * Stores the compiler emits into this binding that always store a function
   * object: hoisted function declarations, class declarations, class inner
   * names, a named function expression's own name, and let/const initialisers
   * that are function, arrow or class expressions.
   */
  functionInits = 0;
  /** Every other store: assignments, updates, other initialisers, for...of targets, destructuring. */
  otherWrites = 0;
  /** The implicit `arguments` binding of a non-arrow function. */
  isArguments = false;
  /** A named function expression's own name: read-only, silently so in sloppy code. */
  selfName = false;
  /**
   * `arguments` is used other than as `arguments.length` or an
   * `arguments[expr]` read in its own function (passed, stored, written,
   * called through, or read from a nested arrow): the object is materialised
   * at entry (createarguments) instead of reading the frame (getarg).
   */
  argsLeak = false;
  constructor(
    readonly name: string,
    readonly kind: BindingKind,
    readonly scope: Scope,
    /** Source offset where the declaration completes; later references in the same function skip the TDZ check. */
    readonly declEnd: number,
  ) {}
  get lexical(): boolean {
    return this.kind === 'let' || this.kind === 'const' || this.kind === 'class';
  }

  /**
   * True when every read of this binding that the compiler emits without a
   * TDZ check, and every checked read that passes its check, yields a
   * FUNCTION value: the binding is only ever written with functions, and it
   * is written before it can be read unchecked. That holds for
   * - function declarations (kind 'function', or 'var' when a `var` of the
   *   same name has no initialiser): stored at function entry before any
   *   statement runs;
   * - block-level function declarations (kind 'let', declEnd 0): stored at
   *   block entry; switch bodies store them after the case tests, but every
   *   read in a switch body is checked;
   * - let/const/class: unchecked reads come after the initialiser (the TDZ
   *   rules of `ref`); checked reads see the TDZ value until then.
   * Parameters (their initial value is the argument), catch parameters and
   * globals (the REPL's later inputs and the global object's users may write
   * them) never qualify.
   */
  get holdsFunction(): boolean {
    if (this.functionInits === 0 || this.otherWrites > 0) return false;
    return this.kind === 'function' || this.kind === 'var' || this.lexical;
  }
}

export class FnInfo {
  readonly scopes: Scope[] = [];
  /** The function's own scope (parameters, `var`s). */
  fnScope: Scope | null = null;
  /** Strict mode code: a "use strict" directive here or in an enclosing function. */
  strict = false;
  /** The implicit `arguments` binding, when the function's code refers to it. */
  argsBinding: Binding | null = null;
  /** A hidden binding holding new.target, when an arrow function inside reads it (stored at entry). */
  newTargetBinding: Binding | null = null;
  /** The function (or one nested in it) calls eval directly: every binding lives in an ENV the eval'd code can reach. */
  hasDirectEval = false;
  constructor(
    readonly node: acorn.Node | null,
    readonly parent: FnInfo | null,
    readonly isArrow: boolean,
  ) {}
  /** Whether any scope of this function allocates an ENV. */
  get usesEnv(): boolean {
    return this.scopes.some((s) => s.envSize > 0);
  }
}

export class Scope {
  readonly bindings = new Map<string, Binding>();
  /** Number of captured bindings: the size of the ENV pushed on entry (0 = none). */
  envSize = 0;
  /** Key of slot 0's field type in the VM's env field table (vm.envFields), -1 when none. */
  envFieldBase = -1;
  constructor(
    readonly kind: 'function' | 'block' | 'global',
    readonly parent: Scope | null,
    readonly fn: FnInfo,
    /** Bindings of a switch body may be read before their declaration runs. */
    readonly isSwitch = false,
  ) {
    fn.scopes.push(this);
  }

  lookup(name: string): Binding | undefined {
    for (let s: Scope | null = this; s; s = s.parent) {
      const b = s.bindings.get(name);
      if (b) return b;
    }
    return undefined;
  }

  /** The nearest function (or global) scope: where `var` goes. */
  varScope(): Scope {
    let s: Scope = this;
    while (s.kind === 'block') s = s.parent!;
    return s;
  }
}

/** A resolved identifier reference. */
export interface Ref {
  binding: Binding | null; // null: an unresolved global
  checked: boolean; // emit a TDZ check
}

export interface Analysis {
  /** Scope created for a node (functions, blocks, loops, switch, catch, class). */
  scopes: Map<acorn.Node, Scope>;
  refs: Map<acorn.Node, Ref>;
  fns: Map<acorn.Node, FnInfo>;
  /** Direct eval calls (`eval(…)` naming the global eval). */
  evalSites: Set<acorn.Node>;
  /** Computed class fields: the hidden class-scope binding that holds each one's key. */
  fieldKeys: Map<acorn.Node, Binding>;
  /** Private methods and accessors: the hidden class-scope binding that holds each one's function. */
  privateFns: Map<acorn.Node, Binding>;
  /**
   * Annex B.3.3: a function declared in a block (or switch body) of sloppy
   * code also has a `var` binding in its function, which the declaration
   * statement sets to the block's function when it runs.
   */
  annexB: Map<acorn.Node, Binding>;
}

type AnyNode = acorn.AnyNode;

/**
 * Analyses a program. `mode` 'module' treats the top level as a function
 * (CommonJS wrapper with the given parameters); 'global' makes top-level
 * declarations global slots (the REPL).
 */
export function analyze(program: acorn.Program, mode: 'module' | 'global', wrapperParams: string[], evalParent: Scope | null = null): Analysis {
  const a = new Analyzer();
  // Direct eval code runs inside its caller's scope chain (every binding there is captured).
  // (Transparent to `arguments`, like an arrow: eval code sees its caller's.)
  const topFn = new FnInfo(program, evalParent ? evalParent.fn : null, evalParent !== null);
  a.fns.set(program, topFn);
  const top = new Scope(mode === 'global' && !evalParent ? 'global' : 'function', evalParent, topFn);
  a.scopes.set(program, top);
  // The REPL's top level has no arguments (a global scope); a module's is its wrapper function's; eval code sees its caller's.
  if (mode !== 'global' && !evalParent) topFn.fnScope = top;
  topFn.strict = (evalParent !== null && evalParent.fn.strict) || hasUseStrict(program.body);
  for (const p of wrapperParams) top.bindings.set(p, new Binding(p, 'param', top, 0));
  a.hoistVars(program.body, top, !topFn.strict && !evalParent);
  a.declareLexical(program.body, top, true);
  for (const s of program.body) a.visit(s, top);
  a.finishArguments(topFn);
  for (const info of [topFn, ...a.fns.values()]) {
    if (!info.hasDirectEval) continue;
    // The eval'd code may read `arguments`: the function makes its object.
    if (!info.argsBinding && !info.isArrow && info.fnScope && !info.fnScope.bindings.has('arguments')) {
      const b = new Binding('arguments', 'var', info.fnScope, 0);
      b.isArguments = true;
      info.fnScope.bindings.set('arguments', b);
      info.argsBinding = b;
    }
    if (info.argsBinding) info.argsBinding.argsLeak = true;
    for (const sc of info.scopes) for (const b of sc.bindings.values()) if (b.kind !== 'global') b.captured = true;
  }
  return a;
}

/** Whether a directive prologue contains "use strict". */
export function hasUseStrict(body: readonly acorn.Node[]): boolean {
  for (const st of body) {
    const d = (st as { directive?: string }).directive;
    if (st.type !== 'ExpressionStatement' || d === undefined) return false;
    if (d === 'use strict') return true;
  }
  return false;
}

/** Whether every parameter is a plain identifier (no default, rest or pattern): sloppy functions then get mapped arguments. */
export function simpleParams(node: acorn.Node | null): boolean {
  const params = (node as { params?: acorn.Node[] } | null)?.params;
  return !params || params.every((p) => p.type === 'Identifier');
}

class Analyzer implements Analysis {
  scopes = new Map<acorn.Node, Scope>();
  refs = new Map<acorn.Node, Ref>();
  fns = new Map<acorn.Node, FnInfo>();
  fieldKeys = new Map<acorn.Node, Binding>();
  privateFns = new Map<acorn.Node, Binding>();
  /** Depth of class bodies being visited: code inside one is strict. */
  classDepth = 0;
  /**
   * Function declarations the compiler creates at the entry of their scope
   * (in a function body, block or switch body). Others, such as the
   * sloppy-mode `if (x) function f() {}`, declare and store nothing.
   */
  readonly hoisted = new Set<acorn.Node>();
  readonly annexB = new Map<acorn.Node, Binding>();

  declare(scope: Scope, name: string, kind: BindingKind, declEnd: number): Binding {
    const existing = scope.bindings.get(name);
    if (existing && (existing.kind === 'var' || existing.kind === 'function' || existing.kind === 'param') && (kind === 'var' || kind === 'function')) {
      return existing;
    }
    const b = new Binding(name, scope.kind === 'global' && kind !== 'param' ? 'global' : kind, scope, declEnd);
    if (scope.kind === 'global') (b as { lexicalGlobal?: boolean }).lexicalGlobal = kind === 'let' || kind === 'const' || kind === 'class';
    if (scope.kind === 'global' && kind === 'const') (b as { globalConst?: boolean }).globalConst = true;
    scope.bindings.set(name, b);
    return b;
  }

  /**
   * Hoists `var` declarations (and top-level function declarations) to the
   * function scope; in sloppy code (`annexB`), also the names of functions
   * declared in blocks (Annex B.3.3) where a `var` of that name would not
   * clash with a parameter or an enclosing let/const/class.
   */
  hoistVars(body: readonly acorn.Node[], fnScope: Scope, annexB = false): void {
    const lexical: Set<string>[] = [lexicalNames(body)];
    const blockBody = (stmts: readonly acorn.Node[]): void => {
      lexical.push(lexicalNames(stmts));
      for (const st of stmts) {
        const f = st as AnyNode;
        if (annexB && f.type === 'FunctionDeclaration' && !f.async && !f.generator) {
          const name = f.id!.name;
          const existing = fnScope.bindings.get(name);
          if (!(existing && existing.kind === 'param') && !lexical.some((names) => names.has(name))) {
            const b = this.declare(fnScope, name, 'var', 0);
            b.otherWrites++;
            this.annexB.set(f, b);
          }
        }
        walk(st, false);
      }
      lexical.pop();
    };
    const walk = (node: acorn.Node | null | undefined, top: boolean): void => {
      if (!node) return;
      const n = node as AnyNode;
      switch (n.type) {
        case 'VariableDeclaration':
          if (n.kind === 'var') for (const d of n.declarations) for (const id of patternNames(d.id)) this.declare(fnScope, id, 'var', 0);
          return;
        case 'FunctionDeclaration':
          if (top) {
            this.declare(fnScope, n.id!.name, 'function', 0);
            this.hoisted.add(n);
          }
          return;
        case 'BlockStatement':
          blockBody(n.body);
          return;
        case 'IfStatement': {
          // An else-if chain without recursion.
          let cur: AnyNode | null | undefined = n;
          for (; cur && cur.type === 'IfStatement'; cur = cur.alternate as AnyNode | null | undefined) walk(cur.consequent, false);
          walk(cur, false);
          return;
        }
        case 'WhileStatement':
        case 'DoWhileStatement':
          walk(n.body, false);
          return;
        case 'ForStatement':
          walk(n.init, false);
          walk(n.body, false);
          return;
        case 'ForOfStatement':
        case 'ForInStatement':
          walk(n.left, false);
          walk(n.body, false);
          return;
        case 'SwitchStatement':
          blockBody(n.cases.flatMap((c) => c.consequent));
          return;
        case 'LabeledStatement':
          walk(n.body, false);
          return;
        case 'TryStatement':
          walk(n.block, false);
          if (n.handler) {
            // The catch parameter is lexical for the catch block.
            lexical.push(new Set(n.handler.param ? patternNames(n.handler.param) : []));
            walk(n.handler.body, false);
            lexical.pop();
          }
          walk(n.finalizer, false);
          return;
        default:
          return;
      }
    };
    for (const s of body) walk(s, true);
  }

  /** Declares the let/const/class (and, in blocks, function) bindings of a statement list. */
  declareLexical(body: readonly acorn.Node[], scope: Scope, isFunctionTop: boolean): void {
    for (const node of body) {
      const n = node as AnyNode;
      if (n.type === 'VariableDeclaration' && n.kind !== 'var') {
        for (const d of n.declarations) for (const id of patternNames(d.id)) this.declare(scope, id, n.kind as 'let' | 'const', d.end);
      } else if (n.type === 'ClassDeclaration') {
        this.declare(scope, n.id!.name, 'class', n.end);
      } else if (n.type === 'FunctionDeclaration' && !isFunctionTop) {
        this.declare(scope, n.id!.name, 'let', 0);
        this.hoisted.add(n);
      }
    }
  }

  /** `arguments` object nodes read as `arguments.length` or `arguments[expr]` (not written, not called through). */
  readonly argReads = new Set<acorn.Node>();
  readonly evalSites = new Set<acorn.Node>();
  /** Member expressions that are assignment, update or call targets. */
  readonly notReads = new Set<acorn.Node>();

  /** The nearest non-arrow function of a scope (the one whose `arguments` an arrow sees). */
  private argumentsOwner(scope: Scope): FnInfo | null {
    let f: FnInfo | null = scope.fn;
    while (f && f.isArrow) f = f.parent;
    return f && f.fnScope ? f : null;
  }

  /** Resolves `arguments`, declaring the function's implicit binding on its first use. */
  private refArguments(node: acorn.Node, scope: Scope): Binding | null {
    const owner = this.argumentsOwner(scope);
    let b = scope.lookup('arguments') ?? null;
    if (owner) {
      // A binding declared in the owner (or an arrow inside it) shadows the object.
      let inside = false;
      for (let f: FnInfo | null = scope.fn; f; f = f.parent) {
        if (b && b.scope.fn === f) inside = true;
        if (f === owner) break;
      }
      if (!inside) {
        b = new Binding('arguments', 'var', owner.fnScope!, 0);
        b.isArguments = true;
        owner.fnScope!.bindings.set('arguments', b);
        owner.argsBinding = b;
      }
    }
    if (b && b.isArguments && (b.scope.fn !== scope.fn || !this.argReads.has(node))) b.argsLeak = true;
    return b;
  }

  /**
   * After a function's body: a materialised mapped arguments object aliases
   * the parameters through the function's ENV, so they become captured.
   */
  finishArguments(info: FnInfo): void {
    const b = info.argsBinding;
    if (!b) return;
    const params = [...info.fnScope!.bindings.values()].filter((x) => x.kind === 'param');
    const mapped = !info.strict && simpleParams(info.node);
    if (!b.argsLeak) {
      // getarg reads a parameter's slot: a parameter moved to the ENV and written there, or written in an unmapped function, would be stale.
      for (const p of params) if (p.otherWrites > 0 && (p.captured || !mapped)) b.argsLeak = true;
    }
    if (b.argsLeak && mapped) for (const p of params) p.captured = true;
  }

  ref(node: acorn.Node, name: string, scope: Scope): void {
    const b = name === 'arguments' ? this.refArguments(node, scope) : scope.lookup(name) ?? null;
    let checked = false;
    if (b) {
      if (b.scope.fn !== scope.fn) b.captured = b.kind !== 'global';
      if (b.lexical || (b.kind === 'global' && (b as { lexicalGlobal?: boolean }).lexicalGlobal)) {
        checked = b.scope.fn !== scope.fn || node.start < b.declEnd || b.scope.isSwitch;
        if (checked) b.needsInit = true;
      }
    }
    this.refs.set(node, { binding: b, checked });
  }

  /**
   * Resolves an identifier the compiler stores into: 'function' a store of a
   * function object, 'init' any other initialisation, 'assign' an
   * assignment, update or for...of target. Assignments to a const binding
   * store nothing (the compiler emits a TypeError instead), so they do not
   * count.
   */
  write(node: acorn.Identifier, scope: Scope, what: 'function' | 'init' | 'assign'): void {
    this.ref(node, node.name, scope);
    const b = this.refs.get(node)!.binding;
    if (!b) return;
    if (what === 'function') b.functionInits++;
    else if (what === 'init' || b.kind !== 'const') b.otherWrites++;
  }

  fn(node: acorn.Function | acorn.ArrowFunctionExpression, scope: Scope, selfName?: string): void {
    const info = new FnInfo(node, scope.fn, node.type === 'ArrowFunctionExpression');
    this.fns.set(node, info);
    let outer = scope;
    // A named function expression sees its own name in a scope of its own.
    if (selfName) {
      outer = new Scope('block', scope, info);
      const self = new Binding(selfName, 'const', outer, 0);
      self.selfName = true;
      self.functionInits = 1; // putcallee at entry
      outer.bindings.set(selfName, self);
      this.scopes.set(node.id!, outer);
    }
    const fscope = new Scope('function', outer, info);
    this.scopes.set(node, fscope);
    if (!info.isArrow) info.fnScope = fscope;
    info.strict = scope.fn.strict || this.classDepth > 0 || (node.body.type === 'BlockStatement' && hasUseStrict(node.body.body));
    if (simpleParams(node)) {
      for (const p of node.params) this.declare(fscope, (p as acorn.Identifier).name, 'param', 0);
    } else {
      // Defaults, patterns or a rest parameter: the parameters are let-like
      // bindings of their own scope, initialised left to right (a default
      // that reads a later parameter is a TDZ error); the body's `var`s and
      // functions get a scope of their own below it (keyed by the body).
      for (const p of node.params) for (const name of patternNames(p as acorn.Pattern)) this.declare(fscope, name, 'let', p.end);
      for (const p of node.params) this.visitPattern(p as acorn.Pattern, fscope, 'init');
    }
    let bscope = fscope;
    if (!simpleParams(node) && node.body.type === 'BlockStatement') {
      bscope = new Scope('function', fscope, info);
      this.scopes.set(node.body, bscope);
    }
    if (node.body.type === 'BlockStatement') {
      this.hoistVars(node.body.body, bscope, !info.strict);
      this.declareLexical(node.body.body, bscope, true);
      for (const s of node.body.body) this.visit(s, bscope);
    } else {
      this.visit(node.body, bscope);
    }
    this.finishArguments(info);
  }

  /**
   * A binding or assignment pattern: its target identifiers are written
   * ('init' for declarations, parameters and catch, 'assign' for
   * assignments), member targets are visited as stores, and default values
   * and computed keys as expressions, in evaluation order.
   */
  visitPattern(p: acorn.Pattern, scope: Scope, what: 'init' | 'assign'): void {
    switch (p.type) {
      case 'Identifier':
        return this.write(p, scope, what);
      case 'MemberExpression':
        this.notReads.add(p);
        return this.visit(p, scope);
      case 'ObjectPattern':
        for (const q of p.properties) {
          if (q.type === 'RestElement') this.visitPattern(q.argument, scope, what);
          else {
            if (q.computed) this.visit(q.key, scope);
            this.visitPattern(q.value as acorn.Pattern, scope, what);
          }
        }
        return;
      case 'ArrayPattern':
        for (const e of p.elements) if (e) this.visitPattern(e, scope, what);
        return;
      case 'AssignmentPattern':
        this.visitPattern(p.left, scope, what);
        return this.visit(p.right, scope);
      case 'RestElement':
        return this.visitPattern(p.argument, scope, what);
      default:
        return this.visit(p, scope);
    }
  }

  block(node: acorn.Node, body: readonly acorn.Node[], scope: Scope, isSwitch = false): Scope {
    const s = new Scope('block', scope, scope.fn, isSwitch);
    this.scopes.set(node, s);
    this.declareLexical(body, s, false);
    return s;
  }

  visitAll(nodes: readonly (acorn.Node | null | undefined)[], scope: Scope): void {
    for (const n of nodes) if (n) this.visit(n, scope);
  }

  visit(node: acorn.Node, scope: Scope): void {
    const n = node as AnyNode;
    switch (n.type) {
      case 'Identifier':
        return this.ref(n, n.name, scope);
      case 'FunctionDeclaration':
        // A declaration that is not hoisted stores nothing, but then the name may resolve to an outer binding: count a write.
        this.write(n.id!, scope, this.hoisted.has(n) ? 'function' : 'assign');
        return this.fn(n, scope);
      case 'FunctionExpression':
        return this.fn(n, scope, n.id?.name);
      case 'ArrowFunctionExpression':
        return this.fn(n, scope);
      case 'BlockStatement': {
        const s = this.block(n, n.body, scope);
        return this.visitAll(n.body, s);
      }
      case 'VariableDeclaration':
        for (const d of n.declarations) {
          if (d.init) this.visit(d.init, scope);
          if (d.id.type === 'Identifier') {
            // `var f;` stores nothing; `let f;` stores undefined.
            if (n.kind === 'var' && !d.init) this.ref(d.id, d.id.name, scope);
            else this.write(d.id, scope, n.kind !== 'var' && isFunctionValued(d.init) ? 'function' : 'init');
          } else this.visitPattern(d.id, scope, 'init');
        }
        return;
      case 'AssignmentExpression':
        if (n.left.type === 'MemberExpression') this.notReads.add(n.left);
        if (n.left.type === 'Identifier') {
          this.write(n.left, scope, 'assign');
          return this.visit(n.right, scope);
        }
        if (n.left.type === 'ObjectPattern' || n.left.type === 'ArrayPattern') {
          // The right side is evaluated first.
          this.visit(n.right, scope);
          return this.visitPattern(n.left, scope, 'assign');
        }
        this.visit(n.left, scope);
        return this.visit(n.right, scope);
      case 'UpdateExpression':
        if (n.argument.type === 'MemberExpression') this.notReads.add(n.argument);
        if (n.argument.type === 'Identifier') return this.write(n.argument, scope, 'assign');
        return this.visit(n.argument, scope);
      case 'ForStatement': {
        const s = this.block(n, n.init && n.init.type === 'VariableDeclaration' ? [n.init] : [], scope);
        return this.visitAll([n.init, n.test, n.update, n.body], s);
      }
      case 'ForOfStatement':
      case 'ForInStatement': {
        this.visit(n.right, scope);
        const s = this.block(n, n.left.type === 'VariableDeclaration' ? [n.left] : [], scope);
        if (n.left.type === 'VariableDeclaration') {
          const id = n.left.declarations[0].id;
          this.visitPattern(id, s, 'init');
          for (const name of patternNames(id)) {
            const b = s.bindings.get(name);
            // The loop variable is initialised before the body runs.
            if (b && b.lexical) (b as { declEnd: number }).declEnd = n.left.end;
          }
        } else if (n.left.type === 'Identifier') this.write(n.left, s, 'assign');
        else if (n.left.type === 'ObjectPattern' || n.left.type === 'ArrayPattern') this.visitPattern(n.left, s, 'assign');
        else this.visit(n.left, s);
        return this.visit(n.body, s);
      }
      case 'SwitchStatement': {
        this.visit(n.discriminant, scope);
        const body = n.cases.flatMap((c) => c.consequent);
        const s = this.block(n, body, scope, true);
        for (const c of n.cases) {
          if (c.test) this.visit(c.test, s);
          this.visitAll(c.consequent, s);
        }
        return;
      }
      case 'TryStatement':
        this.visit(n.block, scope);
        if (n.handler) {
          const cs = new Scope('block', scope, scope.fn);
          this.scopes.set(n.handler, cs);
          if (n.handler.param && n.handler.param.type === 'Identifier') {
            const id = n.handler.param;
            cs.bindings.set(id.name, new Binding(id.name, 'catch', cs, 0));
            this.ref(id, id.name, cs);
          } else if (n.handler.param) {
            for (const name of patternNames(n.handler.param)) cs.bindings.set(name, new Binding(name, 'catch', cs, 0));
            this.visitPattern(n.handler.param, cs, 'init');
          }
          this.visit(n.handler.body, cs);
        }
        if (n.finalizer) this.visit(n.finalizer, scope);
        return;
      case 'ClassDeclaration':
      case 'ClassExpression': {
        if (n.type === 'ClassDeclaration') this.write(n.id!, scope, 'function');
        if (n.superClass) this.visit(n.superClass, scope);
        const cs = new Scope('block', scope, scope.fn);
        this.scopes.set(n, cs);
        if (n.id) {
          // The class's inner name, bound right after the class is created.
          const inner = new Binding(n.id.name, 'const', cs, 0);
          inner.functionInits = 1;
          cs.bindings.set(n.id.name, inner);
        }
        // Private names: one captured class-scope binding each (a getter and setter pair share one),
        // and one per private method or accessor function (made once, installed on every instance).
        for (const m of n.body.body) {
          if (m.type === 'StaticBlock' || m.key.type !== 'PrivateIdentifier') continue;
          const name = `#${m.key.name}`;
          if (!cs.bindings.has(name)) {
            const b = new Binding(name, 'var', cs, 0);
            b.captured = true;
            cs.bindings.set(name, b);
          }
          if (m.type === 'MethodDefinition') {
            const fb = new Binding(`<${m.kind} ${name}>`, 'var', cs, 0);
            fb.captured = true;
            cs.bindings.set(fb.name, fb);
            this.privateFns.set(m, fb);
          }
        }
        // Class bodies are strict code.
        this.classDepth++;
        for (const m of n.body.body) {
          if (m.type !== 'StaticBlock' && m.computed) this.visit(m.key, cs);
          if (m.type === 'PropertyDefinition' && m.computed) {
            // A computed field name is evaluated once, with the class: a hidden binding of the class scope keeps it for the initialiser.
            const key = new Binding(`<field key ${this.fieldKeys.size}>`, 'var', cs, 0);
            key.captured = true;
            cs.bindings.set(key.name, key);
            this.fieldKeys.set(m, key);
          }
          if (m.type === 'StaticBlock') {
            // A static block runs as part of the static initialiser, with a var scope of its own.
            const info = new FnInfo(m, scope.fn, false);
            info.strict = true;
            this.fns.set(m, info);
            const fs = new Scope('function', cs, info);
            this.scopes.set(m, fs);
            this.hoistVars(m.body, fs);
            this.declareLexical(m.body, fs, true);
            for (const st of m.body) this.visit(st, fs);
          } else if (m.type === 'MethodDefinition') this.fn(m.value, cs);
          else if (m.type === 'PropertyDefinition' && m.value) {
            // Field initialisers run as methods of their own.
            const info = new FnInfo(m, scope.fn, false);
            info.strict = true;
            this.fns.set(m, info);
            const fs = new Scope('function', cs, info);
            this.scopes.set(m, fs);
            this.visit(m.value, fs);
          }
        }
        this.classDepth--;
        return;
      }
      case 'MemberExpression':
        if (n.object.type === 'Identifier' && n.object.name === 'arguments' && !this.notReads.has(n) && (n.computed || (n.property as acorn.Identifier).name === 'length')) {
          this.argReads.add(n.object);
        }
        this.visit(n.object, scope);
        if (n.computed) this.visit(n.property, scope);
        else if (n.property.type === 'PrivateIdentifier') this.ref(n.property, `#${n.property.name}`, scope);
        return;
      case 'PrivateIdentifier':
        // `#x in o`
        return this.ref(n, `#${n.name}`, scope);
      case 'Property':
        if (n.computed) this.visit(n.key, scope);
        return this.visit(n.value, scope);
      case 'CatchClause':
        return;
      case 'MetaProperty': {
        // new.target inside an arrow function is the enclosing function's: a captured hidden binding.
        if (n.meta.name !== 'new' || !scope.fn.isArrow) return;
        const owner = this.argumentsOwner(scope);
        if (!owner) return;
        if (!owner.newTargetBinding) {
          const b = new Binding('<new.target>', 'var', owner.fnScope!, 0);
          owner.fnScope!.bindings.set('<new.target>', b);
          owner.newTargetBinding = b;
        }
        return this.ref(n, '<new.target>', scope);
      }
      case 'LabeledStatement':
        return this.visit(n.body, scope);
      case 'IfStatement': {
        // An else-if chain without recursion.
        let cur: AnyNode | null | undefined = n;
        for (; cur && cur.type === 'IfStatement'; cur = cur.alternate as AnyNode | null | undefined) {
          this.visit(cur.test, scope);
          this.visit(cur.consequent, scope);
        }
        if (cur) this.visit(cur, scope);
        return;
      }
      case 'BinaryExpression':
      case 'LogicalExpression': {
        // Down the left spine without recursion (`0+1+1+…` has one level per term), in the same order.
        const rights: acorn.Node[] = [];
        let cur: AnyNode = n;
        for (; cur.type === 'BinaryExpression' || cur.type === 'LogicalExpression'; cur = cur.left as AnyNode) rights.push(cur.right);
        this.visit(cur, scope);
        for (let i = rights.length - 1; i >= 0; i--) this.visit(rights[i], scope);
        return;
      }
      case 'CallExpression':
      case 'NewExpression':
        if (n.type === 'CallExpression' && n.callee.type === 'Identifier' && n.callee.name === 'eval' && !scope.lookup('eval')) {
          this.evalSites.add(n);
          for (let f: FnInfo | null = scope.fn; f; f = f.parent) f.hasDirectEval = true;
        }
        if (n.callee.type === 'MemberExpression') this.notReads.add(n.callee);
        this.visit(n.callee, scope);
        return this.visitAll(n.arguments, scope);
      case 'UnaryExpression':
        if (n.operator === 'delete' && n.argument.type === 'MemberExpression') this.notReads.add(n.argument);
        return this.visit(n.argument, scope);
      case 'Literal':
      case 'ThisExpression':
      case 'Super':
      case 'EmptyStatement':
      case 'DebuggerStatement':
      case 'BreakStatement':
      case 'ContinueStatement':
      case 'TemplateElement':
        return;
      default:
        for (const key of Object.keys(n)) {
          if (key === 'loc' || key === 'type' || key === 'start' || key === 'end') continue;
          const v = (n as unknown as Record<string, unknown>)[key];
          if (Array.isArray(v)) {
            for (const c of v) if (c && typeof c === 'object' && 'type' in c) this.visit(c as acorn.Node, scope);
          } else if (v && typeof v === 'object' && 'type' in v) this.visit(v as acorn.Node, scope);
        }
    }
  }
}

/** An initialiser whose value is always a function object (the compiler's exprNamed creates it). */
function isFunctionValued(init: acorn.Expression | null | undefined): boolean {
  return !!init && (init.type === 'FunctionExpression' || init.type === 'ArrowFunctionExpression' || init.type === 'ClassExpression');
}

/** The names a binding pattern declares, in source order. */
export function patternNames(p: acorn.Pattern): string[] {
  switch (p.type) {
    case 'Identifier':
      return [p.name];
    case 'ObjectPattern':
      return p.properties.flatMap((q) => patternNames(q.type === 'RestElement' ? q.argument : (q.value as acorn.Pattern)));
    case 'ArrayPattern':
      return p.elements.flatMap((e) => (e ? patternNames(e) : []));
    case 'AssignmentPattern':
      return patternNames(p.left);
    case 'RestElement':
      return patternNames(p.argument);
    default:
      return [];
  }
}

/** The let/const/class names a statement list declares (not its functions). */
function lexicalNames(body: readonly acorn.Node[]): Set<string> {
  const names = new Set<string>();
  for (const node of body) {
    const n = node as AnyNode;
    if (n.type === 'VariableDeclaration' && n.kind !== 'var') for (const d of n.declarations) for (const id of patternNames(d.id)) names.add(id);
    else if (n.type === 'ClassDeclaration') names.add(n.id!.name);
  }
  return names;
}
