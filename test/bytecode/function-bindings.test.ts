// Which variable loads the compiler marks as always pushing a function
// (the F_FUNCTION_RESULT variants getlocalfn, getlocalcheckedfn, getenvfn,
// getenvcheckedfn), and that the interpreter runs them like the plain loads.
import { describe, expect, test } from 'vitest';
import { F_FUNCTION_RESULT, OP, OPS, insnLength } from '../../src/bytecode/opcodes';
import { Engine } from '../../src/engine';
import { VM } from '../../src/index';

/** Compiles `src` (module mode unless `global`) and returns its iseqs. */
function compile(src: string, mode: 'module' | 'global' = 'module') {
  const engine = new Engine({ stdout: () => {}, jit: false });
  const vm = engine.vm;
  const first = vm.iseqs.length;
  engine.compile(src, 'bindings.js', mode);
  return vm.iseqs.slice(first);
}

/**
 * For each call `name()` or `new name()` with no arguments, the instruction
 * that loaded the callee (two before the call: load, putundef, send/new),
 * by callee name, in code order (functions are compiled innermost first).
 */
function calleeLoads(src: string, mode: 'module' | 'global' = 'module'): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const iseq of compile(src, mode)) {
    const pcs: number[] = [];
    for (let pc = 0; pc < iseq.code.length; pc += insnLength(iseq.code[pc])) {
      const op = iseq.code[pc];
      if ((op === OP.send || op === OP.new) && iseq.code[pc + 1] === 0) {
        const name = iseq.constValues[iseq.code[pc + 2]] as string;
        const load = pcs[pcs.length - 2];
        expect(OPS[iseq.code[pcs[pcs.length - 1]]].name).toBe('putundef');
        (out[name] ??= []).push(OPS[iseq.code[load]].name);
      }
      pcs.push(pc);
    }
  }
  return out;
}

/** The one callee load of `name()` in `src`. */
function load(src: string, name: string, mode: 'module' | 'global' = 'module'): string {
  const loads = calleeLoads(src, mode)[name];
  expect(loads, `a call ${name}() in: ${src}`).toHaveLength(1);
  return loads[0];
}

describe('opcode table: function-result loads', () => {
  test('each variant matches its base instruction except for the flag', () => {
    const variants = OPS.filter((d) => d.flags & F_FUNCTION_RESULT);
    expect(variants.map((d) => d.name)).toEqual(['getlocalfn', 'getlocalcheckedfn', 'getenvfn', 'getenvcheckedfn']);
    for (const v of variants) {
      const base = OPS[OP[v.variantOf!]];
      expect(v.operands).toEqual(base.operands);
      expect([v.pop, v.push]).toEqual([base.pop, base.push]);
      expect(v.flags & ~F_FUNCTION_RESULT).toBe(base.flags);
      expect(base.flags & F_FUNCTION_RESULT).toBe(0);
    }
  });
});

describe('compiler: bindings that always hold a function', () => {
  test('function declarations, local and captured, including recursion', () => {
    expect(load('function f() {} f();', 'f')).toBe('getlocalfn');
    expect(load('function f() {} function g() { f(); } g;', 'f')).toBe('getenvfn');
    expect(load('function fib(n) { return n < 2 ? n : fib(); }', 'fib')).toBe('getenvfn');
    expect(load('function f() { return 1; } function f() { return 2; } f();', 'f')).toBe('getlocalfn');
    // A var without initialiser does not store: the declaration's function stays.
    expect(load('var f; function f() {} f();', 'f')).toBe('getlocalfn');
    expect(load('function f() {} var f; f();', 'f')).toBe('getlocalfn');
    expect(load('function outer() { function inner() {} inner(); }', 'inner')).toBe('getlocalfn');
  });

  test('let and const initialised with functions, arrows and classes', () => {
    expect(load('const f = () => 1; f();', 'f')).toBe('getlocalfn');
    expect(load('const f = function () {}; f();', 'f')).toBe('getlocalfn');
    expect(load('const f = function named() {}; f();', 'f')).toBe('getlocalfn');
    expect(load('let f = () => 1; f();', 'f')).toBe('getlocalfn');
    expect(load('const C = class {}; new C();', 'C')).toBe('getlocalfn');
    // Read from a closure: TDZ-checked, then a function.
    expect(load('const f = () => 1; function g() { f(); } g;', 'f')).toBe('getenvcheckedfn');
    // Read before the declaration in the same function: checked.
    expect(load('function g() { f(); } const f = () => 1; function h() { f; }', 'f')).toBe('getenvcheckedfn');
    expect(load('function g() { if (g) f(); const f = () => 1; }', 'f')).toBe('getlocalcheckedfn');
    // Assigning a const throws instead of storing: still a function.
    expect(load('const f = () => 1; f(); try { f = 2; } catch (e) {}', 'f')).toBe('getlocalfn');
    // A fresh closure per iteration.
    expect(load('for (let i = 0; i < 3; i++) { const f = () => i; f(); }', 'f')).toBe('getlocalfn');
  });

  test('classes: the declaration (TDZ-checked before it) and the inner name', () => {
    expect(load('class C {} new C();', 'C')).toBe('getlocalfn');
    expect(load('function g() { new C(); class C {} }', 'C')).toBe('getlocalcheckedfn');
    // Inside a method the name is the class's own immutable binding.
    expect(load('class C { m() { return new C(); } }', 'C')).toBe('getenvcheckedfn');
    expect(load('let D = class C { m() { return new C(); } }; D = 0;', 'C')).toBe('getenvcheckedfn');
  });

  test('a named function expression calling itself', () => {
    expect(load('const g = function me(n) { return me(); };', 'me')).toBe('getlocalfn');
    expect(load('const g = function me(n) { return () => me(); };', 'me')).toBe('getenvcheckedfn');
  });

  test('block-level function declarations (sloppy and strict), and in switch bodies', () => {
    expect(load('{ function f() {} f(); }', 'f')).toBe('getlocalfn');
    expect(load('"use strict"; { f(); function f() {} }', 'f')).toBe('getlocalfn');
    expect(load('{ function f() {} function g() { f(); } g; }', 'f')).toBe('getenvcheckedfn');
    // A switch body creates its functions after the case tests: every read there is checked.
    expect(load('switch (1) { case 0: function f() {} default: f(); }', 'f')).toBe('getlocalcheckedfn');
  });

  test('bindings written with anything else are not marked', () => {
    const plain = (src: string, name: string) => expect(load(src, name), src).toMatch(/^get(local|env)(checked)?$/);
    plain('function f() {} f = 3; f();', 'f');
    plain('function f() {} f(); f = 3;', 'f');
    // Assigned from a closure, even one never called.
    plain('function f() {} function g() { f = 1; } f();', 'f');
    plain('function f() {} function g() { f(); } function h() { f = () => 2; }', 'f');
    plain('function f() {} f++; f();', 'f');
    plain('function f() {} f += 1; f();', 'f');
    // Redeclared with an initialiser (which runs after the hoisted function).
    plain('var f = 1; function f() {} f();', 'f');
    plain('function f() {} { var f = 2; } f();', 'f');
    // var is not TDZ-protected: a read before the initialiser sees undefined.
    plain('f(); var f = function () {};', 'f');
    plain('let f; f = () => 1; f();', 'f');
    plain('let f = () => 1; f = () => 2; f();', 'f');
    plain('const f = make(); f();', 'f');
    plain('const f = cond ? () => 1 : () => 2; f();', 'f');
    // for...of targets and destructuring.
    plain('function f() {} for (f of [1]) {} f();', 'f');
    plain('function f() {} for (var f of [1]) {} f();', 'f');
    plain('for (const f of [() => 1]) f();', 'f');
    plain('const { f } = { f() {} }; f();', 'f');
    // Classes are mutable outside their body.
    plain('class C {} C = null; new C();', 'C');
    // …but inside the body the name is the immutable inner binding: assigning it throws, the outer one is untouched.
    expect(load('class C { static m() { C = 1; } } new C();', 'C')).toBe('getlocalfn');
  });

  test('parameters, catch parameters and shadowing', () => {
    const plain = (src: string, name: string) => expect(load(src, name), src).toMatch(/^get(local|env)(checked)?$/);
    plain('function g(f) { f(); }', 'f');
    // A parameter redeclared by a function declaration: left alone.
    plain('function g(f) { function f() {} f(); }', 'f');
    // A catch parameter shadows the function inside the handler only.
    expect(calleeLoads('function e() {} try {} catch (e) { e(); } e();').e).toEqual(['getlocal', 'getlocalfn']);
    // An inner binding shadows an outer function; the outer one stays marked.
    expect(calleeLoads('function f() {} function g() { let f = 1; f(); } f();').f).toEqual(['getlocal', 'getlocalfn']);
    expect(calleeLoads('let f = 2; function g() { function f() {} f(); } f();').f).toEqual(['getlocalfn', 'getlocal']);
    // Wrapper parameters (require, module, …) stay unmarked even when a function redeclares them.
    plain('function require() {} require();', 'require');
  });

  test('a sloppy-mode function declaration that is not hoisted stores nothing', () => {
    // lbbv does not create `g` for `if (x) function g() {}`, so g keeps the var's undefined.
    expect(load('var g; if (x) function g() {} g();', 'g')).toBe('getlocal');
    expect(load('function g() {} function h() { if (x) function g() {} } g();', 'g')).toBe('getenv');
  });

  test('globals (REPL inputs) are never marked; locals inside them are', () => {
    // A later input may reassign or redeclare a global: `function f() {}` then `f = 3`.
    expect(load('function f() {} f();', 'f', 'global')).toBe('getglobal');
    expect(load('const f = () => 1; f();', 'f', 'global')).toBe('getglobal');
    expect(load('class C {} new C();', 'C', 'global')).toBe('getglobal');
    expect(load('function outer() { function inner() {} inner(); }', 'inner', 'global')).toBe('getlocalfn');
    // An undeclared name is a global too.
    expect(load('h();', 'h')).toBe('getglobal');
  });
});

describe('interpreter: the variants run like the plain loads', () => {
  function run(src: string): string {
    let out = '';
    const vm = new VM({ stdout: (s) => (out += s), jit: false });
    const r = vm.run(src, 'bindings.js');
    return out + (r.error ? `ERR ${r.error.split('\n')[0]}` : '');
  }

  test('calls, TDZ errors and typeof', () => {
    expect(run('function f() { return 1; } function g() { return f() + 1; } console.log(f(), g(), typeof f);')).toBe('1 2 function\n');
    expect(run('function g() { return f(); } try { g(); } catch (e) { console.log(e.message); } const f = () => 3; console.log(g());')).toBe(
      "Cannot access 'f' before initialization\n3\n",
    );
    expect(run('try { new C(); } catch (e) { console.log(e.name); } class C { m() { return C.name; } } console.log(new C().m());')).toBe('ReferenceError\nC\n');
  });

  test('a REPL input can reassign an earlier input\'s function', () => {
    const vm = new VM({ stdout: () => {}, jit: false });
    const engine = vm.engine;
    engine.evalGlobal('function f() { return 1; } function call() { return f(); }');
    engine.evalGlobal('f = 3');
    expect(() => engine.evalGlobal('call()')).toThrow();
  });
});
