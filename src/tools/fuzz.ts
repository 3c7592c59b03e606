// Differential fuzzing of the JIT: fast-check generates small programs whose
// values change type inside hot loops (ints overflowing into doubles, strings
// and undefined flowing into arithmetic, booleans into comparisons), and
// programs over objects (polymorphic and megamorphic call sites, shapes that
// change, prototypes replaced while their call sites are hot), runs
// each under Node (the oracle, in a fresh vm context) and under lbbv with the
// JIT at threshold 1, and compares the printed output.
//
//   npm run fuzz -- --runs 2000 [--seed 42] [--max-versions 1]

import * as fc from 'fast-check';
import * as nodeVm from 'node:vm';
import { formatWithOptions } from 'node:util';
import { VM, VMOptions } from '../index';

/** The report VM.run gives for a host exception escaping the VM. */
function isInternalErrorReport(error: string): boolean {
  return error.startsWith('lbbv: internal error');
}
import { initContextHashing } from '../lbbv/context';

const VARS = ['a', 'b', 'c', 'd'];

const literal = fc.constantFrom(
  '0', '1', '-1', '7', '2147483647', '-2147483648', '65536', '0.5', '-0', '1e308', 'NaN', '"x"', '"3"', 'undefined', 'null', 'true', 'false',
);

function expr(depth: number): fc.Arbitrary<string> {
  const leaf = fc.oneof(literal, fc.constantFrom(...VARS), fc.constant('i'));
  if (depth <= 0) return leaf;
  const sub = expr(depth - 1);
  return fc.oneof(
    { weight: 3, arbitrary: leaf },
    { weight: 4, arbitrary: fc.tuple(sub, fc.constantFrom('+', '-', '*', '/', '%', '&', '|', '^', '<<', '>>', '>>>'), sub).map(([x, op, y]) => `(${x} ${op} ${y})`) },
    { weight: 2, arbitrary: fc.tuple(sub, fc.constantFrom('<', '<=', '>', '>=', '===', '!==', '==', '!='), sub).map(([x, op, y]) => `(${x} ${op} ${y})`) },
    { weight: 1, arbitrary: sub.map((x) => `(typeof ${x})`) },
    { weight: 1, arbitrary: sub.map((x) => `(!${x})`) },
    { weight: 1, arbitrary: fc.tuple(sub, sub, sub).map(([c, x, y]) => `(${c} ? ${x} : ${y})`) },
  );
}

const statement: fc.Arbitrary<string> = fc.oneof(
  fc.tuple(fc.constantFrom(...VARS), expr(2)).map(([v, e]) => `${v} = ${e};`),
  fc.tuple(fc.constantFrom(...VARS), fc.constantFrom('+=', '-=', '*=', '|=')).map(([v, op]) => `${v} ${op} i;`),
  fc.tuple(fc.constantFrom(...VARS), fc.constantFrom('++', '--')).map(([v, op]) => `${v}${op};`),
  fc.tuple(expr(1), fc.constantFrom(...VARS), expr(1)).map(([c, v, e]) => `if (${c}) { ${v} = ${e}; }`),
  fc.tuple(fc.integer({ min: 1, max: 40 }), fc.constantFrom(...VARS), literal).map(([k, v, lit]) => `if (i === ${k}) ${v} = ${lit};`),
  // Closures: the variables they name become captured bindings (ENV slots), read and written from both sides.
  fc.tuple(fc.constantFrom(...VARS), expr(1)).map(([v, e]) => `${v} = ((p) => ${e})(i);`),
  fc.tuple(fc.constantFrom(...VARS), expr(1)).map(([v, e]) => `((p) => { ${v} = ${e}; })(i);`),
  // Labelled break and continue: out of an inner loop, and out of a labelled block.
  fc.tuple(expr(1), expr(1), fc.constantFrom(...VARS)).map(([c1, c2, v]) => `inner: for (let q = 0; q < 3; q++) { for (let r = 0; r < 3; r++) { if (${c1}) continue inner; if (${c2}) break inner; ${v} += r; } }`),
  fc.tuple(expr(1), fc.constantFrom(...VARS), expr(1)).map(([c, v, e]) => `blk: { if (${c}) break blk; ${v} = ${e}; }`),
  // Sloppy-mode this: primitives boxed (and unboxed by arithmetic), undefined and null the global object.
  fc.tuple(fc.constantFrom(...VARS), literal).map(([v, lit]) => `${v} = (function (k) { return typeof this + (this == null) + (this + k); }).call(${lit}, i);`),
  // Generators (gq in the program): values sent in, early return(), a throw() caught inside; the loop's callers compile.
  fc.tuple(fc.constantFrom(...VARS), expr(1), expr(1)).map(([v, e1, e2]) => `{ const g = gq(3, ${e1}); ${v} = g.next().value; ${v} = g.next(${e2}).value; }`),
  fc.tuple(fc.constantFrom(...VARS), expr(1)).map(([v, e]) => `{ const g = gq(i % 4, ${e}); let s = 0; for (let r = g.next(i); !r.done; r = g.next()) s = s + r.value; ${v} = s; }`),
  fc.tuple(fc.constantFrom(...VARS), expr(1)).map(([v, e]) => `{ const g = gq(5, i); g.next(); ${v} = g.throw(${e}).value; ${v} = ${v} + g.return(i).value; }`),
);

/** The generator the statements above drive: a loop yielding values, taking sent values, catching throws. */
const GENERATOR_HELPER = `function* gq(n, k) { let t = k; for (let j = 0; j < n; j++) { try { const s = yield j * t; if (s !== undefined) t = s; } catch (e) { t = e; } } return t; }`;

/** A whole program: typed variables, a hot loop of statements, a helper function called in the loop, output. */
export const programArbitrary: fc.Arbitrary<string> = fc
  .tuple(fc.array(literal, { minLength: 4, maxLength: 4 }), fc.array(statement, { minLength: 1, maxLength: 6 }), fc.integer({ min: 5, max: 60 }), expr(2))
  .map(([inits, body, n, fbody]) =>
    [
      `let ${VARS.map((v, k) => `${v} = ${inits[k]}`).join(', ')};`,
      `function f(a, b, i) { return ${fbody}; }`,
      ...(body.some((st) => st.includes('gq(')) ? [GENERATOR_HELPER] : []),
      `for (let i = 0; i < ${n}; i++) {`,
      ...body.map((s) => `  ${s}`),
      `  d = f(a, b, i);`,
      `}`,
      `console.log(${VARS.join(', ')}, typeof a, typeof d);`,
    ].join('\n'),
  );

// ---- object programs: polymorphic call sites, shape changes, prototype mutation ----

const objExpr = expr(1);

const objStatement: fc.Arbitrary<string> = fc.oneof(
  // Polymorphic method calls and property reads over objects of five shapes.
  fc.tuple(fc.constantFrom(...VARS), fc.integer({ min: 2, max: 5 }), objExpr).map(([v, k, e]) => `${v} = objs[i % ${k}].m(${e});`),
  fc.tuple(fc.constantFrom(...VARS), fc.integer({ min: 1, max: 5 })).map(([v, k]) => `${v} = objs[i % ${k}].x;`),
  fc.tuple(fc.integer({ min: 0, max: 4 }), objExpr).map(([k, e]) => `objs[(i + ${k}) % 5].x = ${e};`),
  // Shape transitions: a property added to some objects only, in varying order.
  fc.tuple(fc.integer({ min: 0, max: 4 }), fc.constantFrom('w', 'v'), objExpr).map(([k, p, e]) => `objs[${k}].${p} = ${e};`),
  fc.tuple(fc.integer({ min: 1, max: 40 }), fc.integer({ min: 0, max: 4 }), objExpr).map(([n, k, e]) => `if (i === ${n}) objs[${k}] = { v: ${e}, x: i, m(a) { return this.x + a; } };`),
  // A field widened by a callback inside a built-in call, between two loads of it in one block.
  fc.tuple(fc.constantFrom(...VARS), fc.integer({ min: 0, max: 4 }), objExpr).map(
    ([v, k, e]) => `${v} = objs[${k}].x + arr.sort((p, q) => { objs[${k}].x = ${e}; return 0; }).length + objs[${k}].x;`,
  ),
  // Prototype mutation while call sites are hot.
  fc.tuple(fc.integer({ min: 1, max: 40 }), fc.constantFrom('P', 'Q', 'R'), objExpr).map(([n, c, e]) => `if (i === ${n}) ${c}.prototype.m = function (a) { return [a, ${e}].length + this.x; };`),
  fc.tuple(fc.integer({ min: 1, max: 40 }), fc.constantFrom('x', 'w')).map(([n, p]) => `if (i === ${n}) P.prototype.${p} = i;`),
  // Accessors, delete and integrity levels while the sites are hot (setters given, so strict writes do not throw).
  fc.tuple(fc.integer({ min: 1, max: 40 }), fc.integer({ min: 0, max: 4 }), objExpr).map(
    ([n, k, e]) => `if (i === ${n}) Object.defineProperty(objs[${k}], 'x', { get() { return ${e}; }, set(v) { this.v = v; }, configurable: true });`,
  ),
  fc.tuple(fc.integer({ min: 1, max: 40 }), fc.constantFrom('P', 'Q', 'R'), fc.constantFrom('w', 'v')).map(
    ([n, c, p]) => `if (i === ${n}) Object.defineProperty(${c}.prototype, '${p}', { get() { return this.x; }, set(v) { this.z = v; }, configurable: true });`,
  ),
  fc.tuple(fc.integer({ min: 1, max: 40 }), fc.integer({ min: 0, max: 4 }), objExpr).map(
    ([n, k, e]) => `if (i === ${n}) objs[${k}] = { get x() { return ${e}; }, set x(v) { this.w = v; }, m(a) { return a + this.x; } };`,
  ),
  fc.tuple(fc.integer({ min: 1, max: 40 }), fc.integer({ min: 0, max: 4 }), fc.constantFrom('x', 'w', 'v', 'm')).map(([n, k, p]) => `if (i === ${n}) delete objs[${k}].${p};`),
  fc.tuple(fc.integer({ min: 1, max: 40 }), fc.integer({ min: 0, max: 4 }), fc.constantFrom('freeze', 'seal', 'preventExtensions')).map(([n, k, f]) => `if (i === ${n}) Object.${f}(objs[${k}]);`),
  fc.tuple(fc.integer({ min: 0, max: 4 }), fc.constantFrom('x', 'w'), objExpr, fc.constantFrom(...VARS)).map(
    ([k, p, e, v]) => `try { objs[${k}].${p} = ${e}; } catch (err) { ${v} = err.message; }`,
  ),
  // Megamorphic calls: closures, arrows, built-ins, functions taking more or fewer arguments.
  fc.tuple(fc.constantFrom(...VARS), fc.integer({ min: 2, max: 7 })).map(([v, k]) => `${v} = fns[i % ${k}](a, b, i);`),
  fc.tuple(fc.constantFrom(...VARS), objExpr).map(([v, e]) => `${v} = new P(${e}).m(i);`),
  // Arrays and callbacks.
  objExpr.map((e) => `arr.push(${e});`),
  fc.tuple(fc.integer({ min: 1, max: 9 }), objExpr).map(([k, e]) => `arr[i % ${k}] = ${e};`),
  fc.tuple(fc.constantFrom(...VARS), fc.integer({ min: 1, max: 9 })).map(([v, k]) => `${v} = arr[i % ${k}];`),
  fc.constantFrom(...VARS).map((v) => `${v} = arr.map((x, j) => x + j).filter((x) => x).length;`),
  fc.constantFrom(...VARS).map((v) => `${v} = [a, b, c].reduce((s, x) => s + x, 0);`),
  // for...in over objects whose shapes change in the loop, and the in operator.
  fc.tuple(fc.constantFrom(...VARS), fc.integer({ min: 1, max: 5 })).map(([v, k]) => `${v} = ''; for (const key in objs[i % ${k}]) ${v} += key;`),
  fc.tuple(fc.constantFrom(...VARS), fc.integer({ min: 0, max: 4 })).map(([v, k]) => `for (const key in objs[${k}]) if (typeof objs[${k}][key] === 'number') ${v} += objs[${k}][key];`),
  fc.tuple(fc.constantFrom(...VARS), fc.integer({ min: 1, max: 5 }), fc.constantFrom('x', 'w', 'v', 'm', 'y', 'z')).map(([v, k, p]) => `${v} = '${p}' in objs[i % ${k}];`),
);

/** Programs over objects: classes, a constructor function, literals, a hot loop of object statements. */
export const objectProgramArbitrary: fc.Arbitrary<string> = fc
  .tuple(fc.array(literal, { minLength: 4, maxLength: 4 }), fc.array(objStatement, { minLength: 1, maxLength: 6 }), fc.integer({ min: 5, max: 60 }))
  .map(([inits, body, n]) =>
    [
      `'use strict';`,
      `class P { constructor(x) { this.x = x; } m(a) { return this.x + a; } }`,
      `class Q extends P { constructor(x) { super(x); this.y = 1; } m(a) { return this.x * a; } }`,
      `function R(x) { this.x = x; this.z = 0; }`,
      `R.prototype.m = function (a) { return a - this.x; };`,
      `const fns = [(a, b) => a + b, function (a) { return a; }, (a, b, c) => c, Math.max, (a) => typeof a, function (a, b, c, d) { return d; }, Math.abs];`,
      `let ${VARS.map((v, k) => `${v} = ${inits[k]}`).join(', ')};`,
      `const objs = [new P(1), new Q(2), new R(3), { x: 4, m(a) { return a; } }, { m(a) { return -a; }, x: 5 }];`,
      `const arr = [];`,
      `for (let i = 0; i < ${n}; i++) {`,
      ...body.map((st) => `  ${st}`),
      `}`,
      `console.log(${VARS.join(', ')}, objs.map((o) => o.x), objs.map((o) => o.w), arr.length, arr.slice(0, 6));`,
    ].join('\n'),
  );

// ---- arguments programs: variadic calls, mapped and unmapped arguments, forwarding ----

const argList = fc.array(objExpr, { minLength: 0, maxLength: 5 }).map((xs) => xs.join(', '));

const argStatement: fc.Arbitrary<string> = fc.oneof(
  // arguments.length / arguments[i] only: read from the frame (no object).
  fc.tuple(fc.constantFrom(...VARS), argList).map(([v, xs]) => `${v} = va(${xs});`),
  // Mapped (sloppy) and unmapped (strict) objects, parameters written from both sides.
  fc.tuple(fc.constantFrom(...VARS), argList).map(([v, xs]) => `${v} = vk(${xs});`),
  fc.tuple(fc.constantFrom(...VARS), argList).map(([v, xs]) => `${v} = vs(${xs});`),
  // Forwarding with apply and Array.prototype.slice.call.
  fc.tuple(fc.constantFrom(...VARS), argList).map(([v, xs]) => `${v} = fwd(${xs});`),
  // Any index: strings, doubles, negative and out-of-range ones take the slow path.
  fc.tuple(fc.constantFrom(...VARS), objExpr, argList).map(([v, k, xs]) => `${v} = idx(${k}${xs ? ', ' + xs : ''});`),
  fc.tuple(fc.constantFrom(...VARS), argList).map(([v, xs]) => `${v} = new K(${xs}).n;`),
  // Bound functions: partial application, bound this, new.
  fc.tuple(fc.constantFrom(...VARS), argList).map(([v, xs]) => `${v} = bva(${xs}) + bvk(${xs});`),
  fc.tuple(fc.constantFrom(...VARS), argList).map(([v, xs]) => `${v} = new BK(${xs}).n;`),
);

/** Programs calling variadic functions with varying argument counts in a hot loop. */
export const argumentsProgramArbitrary: fc.Arbitrary<string> = fc
  .tuple(fc.array(literal, { minLength: 4, maxLength: 4 }), fc.array(argStatement, { minLength: 1, maxLength: 6 }), fc.integer({ min: 5, max: 60 }))
  .map(([inits, body, n]) =>
    [
      `function va() { var t = arguments.length; for (var j = 0; j < arguments.length; j++) t = (t * 31 + (typeof arguments[j]).length) | 0; return t; }`,
      `function vk(a, b) { arguments[1] = a; a = arguments.length; return typeof b + ':' + a + ':' + (arguments[0] === a) + ':' + arguments.length; }`,
      `function vs(a, b) { 'use strict'; arguments[0] = b; return typeof a + ':' + typeof arguments[0] + ':' + arguments.length; }`,
      `function fwd() { return va.apply(null, arguments) + Array.prototype.slice.call(arguments, 1).length; }`,
      `function idx(k) { var r = arguments[k]; return typeof r === 'number' || typeof r === 'string' ? r : typeof r; }`,
      `function K(a) { this.n = arguments.length + (arguments[arguments.length - 1] === a ? 100 : 0); }`,
      `var bva = va.bind(null, 1, 'x'), bvk = vk.bind({}, 7), BK = K.bind(null, 'k');`,
      `var ${VARS.map((v, k) => `${v} = ${inits[k]}`).join(', ')};`,
      `for (var i = 0; i < ${n}; i++) {`,
      ...body.map((st) => `  ${st}`),
      `}`,
      `console.log(${VARS.join(', ')});`,
    ].join('\n'),
  );

// ---- regexp programs: the string and RegExp methods on generated strings, in a hot loop ----

const reString = fc.array(fc.constantFrom('a', 'b', 'A', '1', '2', ' ', '-', '.', '_', 'x'), { maxLength: 12 }).map((cs) => JSON.stringify(cs.join('')));
const reAtom = fc.constantFrom('a', 'b', '\\d', '\\w', '\\s', '.', '[ab]', '[^a]', '(a|b)', '(\\d+)', '(?<n>x)', '\\b', '^', '$', 'a?', '(b*)');
const reQuant = fc.constantFrom('', '', '*', '+', '?', '{1,2}', '*?');
const rePattern = fc.array(fc.tuple(reAtom, reQuant), { minLength: 1, maxLength: 4 }).map((parts) => {
  // At most one named group (a repeated name is an early SyntaxError).
  let named = false;
  return parts
    .map(([atom, q]) => {
      let a: string = atom;
      if (a === '(?<n>x)') {
        if (named) a = '(x)';
        named = true;
      }
      return a === '^' || a === '$' || a === '\\b' || a === 'a?' ? a : a + q;
    })
    .join('');
});
const reFlags = fc.constantFrom('', 'g', 'i', 'gi', 'y', 'gy', 'm', 'gd', 'u', 'gu', 's');
const reLiteral = fc.tuple(rePattern, reFlags).map(([p, f]) => `/${p}/${f}`);
const reReplacement = fc.constantFrom('"-"', '"[$&]"', '"$1"', '"$$"', '"$`|$\'"', '"<$<n>>"', '(m, p1) => m.length + "" + p1', '(m) => m.toUpperCase()');

const reStatement: fc.Arbitrary<string> = fc.oneof(
  reString.map((x) => `out.push(re.test(${x} + s), re.lastIndex);`),
  reString.map((x) => `m = re.exec(s + ${x}); out.push(m && m[0], m && m.index, m && m.length, re.lastIndex);`),
  fc.constant(`out.push(s.match(re), re.lastIndex);`),
  reReplacement.map((r) => `out.push(s.replace(re, ${r}), re.lastIndex);`),
  fc.tuple(reLiteral, reReplacement).map(([lit, r]) => `out.push(s.replace(${lit}, ${r}));`),
  fc.tuple(fc.constantFrom('"a"', '"."', '" "', '""'), reReplacement).map(([p, r]) => `out.push(s.replaceAll(${p}, ${r}));`),
  fc.constant(`out.push(s.search(re), re.lastIndex);`),
  fc.tuple(reLiteral, fc.constantFrom('', ', 2', ', 0')).map(([lit, lim]) => `out.push(s.split(${lit}${lim}));`),
  fc.constant(`re.lastIndex = i % 5;`),
  fc.constant(`if (re.global) { for (const m of s.matchAll(re)) out.push(m.index, m[0]); }`),
  reString.map((x) => `s = s + ${x};`),
  fc.constant(`s = s.slice(1);`),
);

/** Programs that run regexp operations on generated strings and patterns (node's RegExp on both sides). */
export const regexpProgramArbitrary: fc.Arbitrary<string> = fc
  .tuple(reLiteral, reString, fc.array(reStatement, { minLength: 1, maxLength: 5 }), fc.integer({ min: 3, max: 40 }))
  .map(([lit, init, body, n]) =>
    [
      `let re = ${lit}, s = ${init}, m = null, out = [];`,
      `for (let i = 0; i < ${n}; i++) {`,
      ...body.map((st) => `  ${st}`),
      `  if (out.length > 400) out = out.slice(-50);`,
      `}`,
      `console.log(String(re), re.lastIndex, s, out.length, JSON.stringify(out.slice(-40)));`,
    ].join('\n'),
  );

// ---- class and number-kind programs (issue 19, "no cliffs") ----
// Derived classes through super() chains, field initialisers and default
// derived constructors built in a hot loop; integers held in doubles fed to
// bitwise operators, shifts and %; === between values of any kinds; a
// value's kind switched after k iterations so a guard keeps failing (an exit
// storm, recompiled wider).

const numKind = fc.constantFrom('i', 'i * 1.5', '(i + 0.5) * 4294967296', 'i - 20', '-i * 3.0', '(i % 3 ? i : "s" + i)', '(i % 4 ? i : null)', 'i / 3');
const cliffStatement: fc.Arbitrary<string> = fc.oneof(
  fc.tuple(fc.constantFrom(...VARS), numKind, fc.constantFrom('&', '|', '^', '<<', '>>', '>>>', '%'), numKind).map(([v, x, op, y]) => `${v} = (${x}) ${op} (${y});`),
  fc.tuple(fc.constantFrom(...VARS), numKind).map(([v, x]) => `${v} = ~(${x}) + (+(${x}) | 0);`),
  fc.tuple(fc.constantFrom(...VARS), numKind, numKind, fc.constantFrom('===', '!==')).map(([v, x, y, op]) => `if ((${x}) ${op} (${y})) ${v} = i;`),
  fc.tuple(fc.constantFrom(...VARS), literal, fc.constantFrom('===', '!==')).map(([v, lit, op]) => `${v} = (${v} ${op} ${lit}) ? 1 : ${v};`),
  fc.tuple(fc.constantFrom(...VARS), fc.integer({ min: 1, max: 40 }), literal).map(([v, k, lit]) => `if (i > ${k}) t = ${lit}; ${v} = (t * 3) | (i & 7);`),
  fc.tuple(fc.constantFrom(...VARS), fc.constantFrom('A', 'B', 'C', 'D', 'F'), objExpr).map(([v, c, e]) => `${v} = new ${c}(${e}).sum();`),
  fc.tuple(fc.constantFrom(...VARS), fc.constantFrom('A', 'B', 'C', 'D', 'F')).map(([v, c]) => `{ const o = new ${c}(i); ${v} = (o instanceof B) + ':' + o.f + ':' + o.sum(); }`),
  fc.tuple(fc.constantFrom(...VARS), objExpr).map(([v, e]) => `${v} = new E(${e}).message + new Array(i % 5).length;`),
);

/** Programs that build instances of derived classes and mix number kinds in a hot loop. */
export const cliffProgramArbitrary: fc.Arbitrary<string> = fc
  .tuple(fc.array(literal, { minLength: 4, maxLength: 4 }), fc.array(cliffStatement, { minLength: 1, maxLength: 6 }), fc.integer({ min: 5, max: 60 }))
  .map(([inits, body, n]) =>
    [
      `class A { constructor(x) { this.x = x; } sum() { return this.x; } }`,
      `class B extends A { f = 2; constructor(x) { super(x); this.y = typeof x; } sum() { return super.sum() + this.y + this.f; } }`,
      `class C extends B { g = [1, , 3]; }`,
      `class D extends C { constructor(x) { super(x); if (x === 7) return { sum: () => 0 }; } }`,
      `class F extends D {}`,
      `class E extends Error { constructor(m) { super('e' + m); } }`,
      `let ${VARS.map((v, k) => `${v} = ${inits[k]}`).join(', ')}, t = 1;`,
      `for (let i = 0; i < ${n}; i++) {`,
      ...body.map((st) => `  ${st}`),
      `}`,
      `console.log(${VARS.join(', ')}, t);`,
    ].join('\n'),
  );

// ---- iteration programs: for-of, spread, Map/Set, custom iterables (src/vm/iteration.ts, collections.ts) ----

const iterKey = fc.oneof(fc.integer({ min: -3, max: 12 }).map(String), fc.constantFrom("'a'", "'b'", "'k' + (i % 5)", '-0', 'NaN', '1.5', 'objs[i % 3]', 'true', 'null'));

const iterStatement: fc.Arbitrary<string> = fc.oneof(
  fc.tuple(iterKey, objExpr).map(([k, e]) => `m.set(${k}, ${e});`),
  iterKey.map((k) => `s.add(${k});`),
  iterKey.map((k) => `if (m.delete(${k})) out.push('d');`),
  iterKey.map((k) => `out.push(m.get(${k}), m.has(${k}), s.has(${k}));`),
  iterKey.map((k) => `s.delete(${k});`),
  fc.constant(`if (i % 17 === 16) { m.clear(); s.clear(); }`),
  fc.tuple(fc.constantFrom(...VARS), fc.integer({ min: 0, max: 6 })).map(([v, n]) => `for (const x of arr) { if (x === ${n}) break; ${v} += typeof x === 'number' ? x : 1; }`),
  fc.constantFrom(...VARS).map((v) => `for (const e of m) { ${v} = e[0]; if (e[1] === 3) m.delete(e[0]); }`),
  fc.constantFrom(...VARS).map((v) => `for (const x of s) { ${v} = x; if (x === 2) s.add(i); }`),
  fc.constantFrom(...VARS).map((v) => `${v} = [...m.keys(), ...s].length + Math.max(0, ...arr);`),
  fc.constantFrom(...VARS).map((v) => `${v} = f3(...arr.slice(0, 3)) + f3(1, ...'xy');`),
  fc.tuple(fc.constantFrom(...VARS), fc.integer({ min: 0, max: 5 })).map(([v, n]) => `for (const x of range(${n})) { ${v} += x; if (x > 3) break; }`),
  objExpr.map((e) => `arr.push(${e});`),
  fc.constant(`arr = Array.from(new Set(arr), (x, j) => (typeof x === 'number' ? x + j : x)).slice(0, 8);`),
  fc.constantFrom(...VARS).map((v) => `${v} = [...arr.entries()].length + [...'ab'.concat(i)].length;`),
);

/** Programs over iteration: Maps, Sets, arrays, spread and for-of in a hot loop. */
export const iterProgramArbitrary: fc.Arbitrary<string> = fc
  .tuple(fc.array(literal, { minLength: 4, maxLength: 4 }), fc.array(iterStatement, { minLength: 1, maxLength: 7 }), fc.integer({ min: 5, max: 50 }))
  .map(([inits, body, n]) =>
    [
      `let ${VARS.map((v, k) => `${v} = ${inits[k]}`).join(', ')};`,
      `const m = new Map(), s = new Set(), out = [], closed = [];`,
      `const objs = [{ o: 1 }, [2], function g() {}];`,
      `let arr = [1, 2, 3, 'z'];`,
      `function f3(x, y, z) { return String(x) + String(y) + String(z); }`,
      `function range(n) { return { [Symbol.iterator]() { let k = 0; return { next: () => (k < n ? { value: k++, done: false } : { value: undefined, done: true }), return: () => (closed.push(k), {}) }; } }; }`,
      `for (let i = 0; i < ${n}; i++) {`,
      ...body.map((st) => `  ${st}`),
      `}`,
      `console.log(${VARS.join(', ')}, m, s, out.length, JSON.stringify(out.slice(-20)), closed.length, arr);`,
    ].join('\n'),
  );

// ---- modern-syntax programs: ??, logical assignment, ?., destructuring, defaults, spread ----

const modExpr = expr(1);

const modStatement: fc.Arbitrary<string> = fc.oneof(
  fc.tuple(fc.constantFrom(...VARS), modExpr, modExpr).map(([v, x, y]) => `${v} = ${x} ?? ${y};`),
  fc.tuple(fc.constantFrom(...VARS), fc.constantFrom('??=', '||=', '&&='), modExpr).map(([v, op, e]) => `${v} ${op} ${e};`),
  fc.tuple(fc.constantFrom('p', 'q'), fc.constantFrom('??=', '||=', '&&='), modExpr).map(([k, op, e]) => `if (o) o.${k} ${op} ${e};`),
  fc.tuple(fc.integer({ min: 2, max: 4 }), modExpr).map(([k, e]) => `o = i % ${k} ? { p: { q: ${e} }, m() { return this.p; } } : i % 2 ? null : {};`),
  fc.tuple(fc.constantFrom(...VARS), modExpr).map(([v, e]) => `${v} = o?.p?.q ?? ${e};`),
  fc.constantFrom(...VARS).map((v) => `${v} = o?.m?.()?.q;`),
  fc.tuple(fc.constantFrom(...VARS), fc.constantFrom(...VARS), modExpr, modExpr).map(([v, w, x, y]) => `({ x: ${v}, y: ${w} = ${y} } = { x: ${x}, y: i % 2 ? undefined : i });`),
  fc.tuple(fc.constantFrom(...VARS), modExpr, modExpr).map(([v, x, y]) => `${v} = h({ x: ${x} }, ${y}, i);`),
  fc.tuple(fc.constantFrom(...VARS), modExpr).map(([v, x]) => `${v} = h(undefined, undefined, ${x});`),
  fc.tuple(fc.constantFrom(...VARS), modExpr).map(([v, e]) => `${v} = JSON.stringify({ ...o, r: ${e} });`),
  fc.tuple(fc.constantFrom(...VARS), fc.constantFrom(...VARS)).map(([v, w]) => `try { const { p: { q: ${v}__ } } = o; ${v} = ${v}__; } catch (err) { ${w} = err.message; }`),
  fc.tuple(fc.constantFrom(...VARS), modExpr).map(([v, e]) => `${v} = tg\`<\${${e}}>\${i}\`;`),
);

/** Programs of modern syntax in a hot loop (the variables' types change as the statements run). */
export const modernProgramArbitrary: fc.Arbitrary<string> = fc
  .tuple(fc.array(literal, { minLength: 4, maxLength: 4 }), fc.array(modStatement, { minLength: 1, maxLength: 6 }), fc.integer({ min: 5, max: 60 }))
  .map(([inits, body, n]) =>
    [
      `let ${VARS.map((v, k) => `${v} = ${inits[k]}`).join(', ')};`,
      `let o = null;`,
      `function h({ x, y = 1 } = {}, z = x ?? y, ...rest) { return [x, y, z, rest.length].join(); }`,
      `function tg(s, ...v) { return s.raw.join('|') + v.length; }`,
      `for (let i = 0; i < ${n}; i++) {`,
      ...body.map((st) => `  ${st}`),
      `}`,
      `console.log(${VARS.join(', ')}, typeof a, JSON.stringify(o));`,
    ].join('\n'),
  );

/** The program's output under Node. */
export function runNode(src: string): string {
  let out = '';
  const console = { log: (...xs: unknown[]) => (out += formatWithOptions({}, ...xs) + '\n') };
  try {
    nodeVm.runInNewContext(src, { console }, { timeout: 5000 });
  } catch (e) {
    out += `THROW ${(e as Error).name}: ${(e as Error).message}\n`;
  }
  return out;
}

/** The program's output under lbbv with the JIT at threshold 1 (run initContextHashing() first). */
export function runLbbv(src: string, maxVersions = 4): string {
  return runLbbvWith(src, { jitCallThreshold: 1, jitMaxVersions: maxVersions });
}

/** The lbbv modes of the differential suite, as VM options. */
export const FUZZ_MODES: Record<string, VMOptions> = {
  interp: { jit: false },
  jit: {},
  'jit-t1': { jitCallThreshold: 1 },
  'jit-t1-v1': { jitCallThreshold: 1, jitMaxVersions: 1 },
};

/** The program's output under lbbv with the given VM options (run initContextHashing() first). */
export function runLbbvWith(src: string, opts: VMOptions): string {
  let out = '';
  const vm = new VM({ ...opts, stdout: (s) => (out += s) });
  const r = vm.run(src, 'fuzz.js');
  // A host error never matches node, whatever node printed (LBBV_HOST_ERRORS=fail adds its host stack).
  if (r.error && isInternalErrorReport(r.error)) return `${out}INTERNAL ERROR ${r.error}\n`;
  if (r.error) {
    // The report is node's: a code frame, then `TypeError: message` (or `Uncaught …` for other failures).
    const m = /^(?:Uncaught )?([A-Za-z]*Error): (.*)$/m.exec(r.error);
    out += m ? `THROW ${m[1]}: ${m[2]}\n` : `ERROR ${r.error}\n`;
  }
  return out;
}

/** Every kind of generated program (add new generators here: the fuzz test and fuzz:long use this list). */
export function anyProgramArbitrary(): fc.Arbitrary<string> {
  return fc.oneof(programArbitrary, objectProgramArbitrary, argumentsProgramArbitrary, regexpProgramArbitrary, cliffProgramArbitrary, iterProgramArbitrary, modernProgramArbitrary);
}

/** Runs the property; returns the fast-check report (throws on a counterexample). */
export function fuzz(runs: number, seed: number, maxVersions = 4): void {
  fc.assert(
    fc.property(anyProgramArbitrary(), (src) => {
      const expected = runNode(src);
      const got = runLbbv(src, maxVersions);
      if (got !== expected) throw new Error(`output differs\n--- program ---\n${src}\n--- node ---\n${expected}--- lbbv ---\n${got}`);
    }),
    { numRuns: runs, seed, endOnFailure: true },
  );
}

async function main(argv: string[]): Promise<void> {
  const arg = (name: string, dflt: number): number => {
    const i = argv.findIndex((a) => a === name || a.startsWith(`${name}=`));
    if (i < 0) return dflt;
    const v = argv[i].includes('=') ? argv[i].split('=')[1] : argv[i + 1];
    return Number(v);
  };
  const runs = arg('--runs', 500);
  const seed = arg('--seed', Date.now() % 1e9);
  const maxVersions = arg('--max-versions', 4);
  await initContextHashing();
  const t0 = Date.now();
  try {
    fuzz(runs, seed, maxVersions);
  } catch (e) {
    process.stderr.write(`${(e as Error).message}\n`);
    process.stdout.write(`fuzz: FAILED (seed ${seed})\n`);
    process.exitCode = 1;
    return;
  }
  process.stdout.write(`fuzz: ${runs} programs matched node (seed ${seed}, max versions ${maxVersions}, ${((Date.now() - t0) / 1000).toFixed(1)} s)\n`);
}

if (require.main === module) void main(process.argv.slice(2));
