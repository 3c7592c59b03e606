import { describe, expect, test } from 'vitest';
import { LbbvSyntaxError, parseProgram } from '../../src/parser';

function syntaxError(source: string): LbbvSyntaxError {
  try {
    parseProgram(source, 'prog.js');
  } catch (e) {
    if (e instanceof LbbvSyntaxError) return e;
    throw e;
  }
  throw new Error('expected a syntax error');
}

describe('subset checker', () => {
  test.each([
    ['async function* g() {}', 'Async generator functions are not supported', 1, 1],
    ['async function f() { for await (const x of xs) {} }', 'for await is not supported', 1, 22],
  ])('%s', (source, message, line, column) => {
    const e = syntaxError(source);
    expect(e.message).toBe(message);
    expect([e.line, e.column]).toEqual([line, column]);
  });

  test('accepts the subset', () => {
    const src = `
      const { A, B } = require('./x');
      class P extends Q { static n = 1; x = 2; constructor(a) { super(a); } m() { return super.m(); } static s() {} }
      function f(a, b) { let s = 0; for (let i = 0; i < a.length; i++) s += a[i]; for (const v of b) s -= v; return s; }
      const g = (x) => x * 2, o = { a: 1, 'b c': 2, [k]: 3, m() {}, if: 4, get p() { return 1; }, set p(v) {} };
      class G { get x() { return 1; } static set y(v) {} }
      delete o.a; delete o[k];
      try { throw new Error('x'); } catch { } finally { }
      switch (x) { case 1: break; default: }
      do { x--; } while (x > 0);
      const t = \`\${x} and \${y}\`;
      const u = a?.b?.[c]?.(d) ?? e; u ||= 1; u &&= 2; u ??= 3; u **= 2;
      function d(a = 1, { b, c: { e } = 0 } = {}, ...r) {} const { x: { y = 1 }, ...z } = o; const [p, , [q] = [], ...rs] = xs; [o.a, o[k]] = [o[k], o.a];
      class Pv { #a = 1; static #b; #m() {} get #g() { return 1; } static { this.#b = 2; } t(o) { return #a in o && o.#a + this.#m(); } } ({ a: o.b, ...o.c } = { ...o });
    `;
    expect(() => parseProgram(src, 'ok.js')).not.toThrow();
  });
});

describe('syntax errors', () => {
  test('use acorn location and render a code frame', () => {
    const e = syntaxError('let a = 1;\nlet b = ;\n');
    expect(e.message).toBe('Unexpected token');
    expect([e.line, e.column]).toEqual([2, 9]);
    const text = e.format();
    expect(text).toContain('prog.js:2:9');
    expect(text).toContain('> 2 | let b = ;');
    expect(text).toMatch(/\|\s+\^$/m);
    expect(text).toContain('SyntaxError: Unexpected token');
  });
});

describe('regexp literals', () => {
  test.each([
    ['let r = /(/;', 'Invalid regular expression: /(/: Unterminated group'],
    ['let r = /a/gg;', 'Invalid regular expression flags'],
    ['let r = /a/x;', 'Invalid regular expression flags'],
    ['let r = /[b-a]/;', 'Invalid regular expression: /[b-a]/: Range out of order in character class'],
  ])('%s is an early SyntaxError with V8\'s message', (source, message) => {
    const e = syntaxError(source);
    expect(e.message).toBe(message);
    // The same message node gives.
    expect(() => (0, eval)(source)).toThrow(message);
    expect([e.line, e.column]).toEqual([1, 9]);
  });

  test('valid literals are accepted', () => {
    expect(() => parseProgram('let r = /a[/]b\\//dgimsuy;', 'ok.js')).not.toThrow();
  });
});

describe('strict-mode early errors', () => {
  // Node is the oracle: each must fail to compile there, with the same message.
  test.each([
    "'use strict'; with (o) {}",
    "function f() { 'use strict'; with (a) {} }",
    'class A { m() { with (a) {} } }',
    "'use strict'; var x = 010;",
    "'use strict'; var x = 08;",
    "'use strict'; var s = '\\01';",
    "'use strict'; var x; delete x;",
    "'use strict'; function f(a, a) {}",
    "'use strict'; var eval = 1;",
    "'use strict'; arguments = 1;",
    "'use strict'; eval++;",
    "'use strict'; var let = 1;",
    "'use strict'; var implements = 1;",
  ])('%s', (source) => {
    let v8 = '';
    try {
      new Function(source);
    } catch (e) {
      v8 = (e as Error).message;
    }
    expect(v8).not.toBe('');
    expect(syntaxError(source).message).toBe(v8);
  });
});
