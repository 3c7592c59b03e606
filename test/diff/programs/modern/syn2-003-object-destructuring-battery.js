const t = (f) => { try { f() } catch (e) { console.log(e.constructor.name + ': ' + e.message) } };
const { a, b: { c, d = 4 }, ...rest } = { a: 1, b: { c: 3 }, e: 5, f: 6 };
console.log(a, c, d, rest);
let x, y, o = {};
({ x, y = 'dy', z: o.z, ['w' + 1]: o.w } = { x: 1, z: 2, w1: 3 });
console.log(x, y, o);
function f({ p, q = p * 2 } = {}, r = [], ...more) { return [p, q, more] }
function g(a, b = a + 1, { c } = { c: b }) { return [a, b, c, arguments.length] }
console.log(g(1), g(1, 5), g(1, undefined, { c: 9 }), g.length, ((a, b = 1, c) => 0).length, ((...r) => r).length);
const h = (...args) => args.reduce((s, v) => s + v, 0); console.log(h(), h(1, 2, 3));
function k(x = 1) { var x; return x } console.log(k(), k(5));
function k2(x = () => y, y = 2) { var y = 3; return [x(), y] } console.log(k2());
t(() => { function tz(a = b, b) {} tz() });
for (const { n, v = 'none' } of [{ n: 1 }, { n: 2, v: 'x' }]) console.log(n, v);
for (const { length } in { ab: 1, cde: 2 }) console.log(length);
try { throw { code: 7, msg: 'm' } } catch ({ code, msg: m2 }) { console.log(code, m2) }
const spread = { ...{ a: 1, b: 2 }, b: 3, ...null, ...undefined, ...'hi', ...[9] }; console.log(spread);
const withGetter = { get g() { return 'got' }, h: 1 }; console.log({ ...withGetter });
const fnDefault = ({ cb = function () {} }) => cb.name; console.log(fnDefault({}));
let m1, m2; const res = ({ m1, m2 = 3 } = { m1: 1 }); console.log(m1, m2, res);
t(() => { const { a } = undefined });
t(() => { const { a } = null });
t(() => { const {} = null });
t(() => { const { a: { b } } = {} });
t(() => { let o = {}; const { a } = o.x });
t(() => { function ff({ a }) {} ff() });
t(() => { function ff({ a }) {} ff(null) });
t(() => { const { a = 1, b } = undefined });
t(() => { for (const { a } of [null]); });
t(() => { try { throw null } catch ({ a }) {} });
t(() => { const { ...r } = null });
t(() => { let a; ({ a } = undefined) });
t(() => { const q = 1; ({ q } = { q: 2 }) });
t(() => { function ff({ a } = null) {} ff() });
const { 0: first, length: len, [1]: second } = 'xyz'; console.log(first, len, second);
const { 1: el } = [5, 6]; console.log(el);
function swapLoop(n) { let p = { a: 1, b: 2 }; let s = 0; for (let i = 0; i < n; i++) { const { a, b } = p; p = { a: b, b: a + 1 }; s += a; } return s }
console.log(swapLoop(3000));
function opts({ width = 10, height = 20, ...others } = {}) { return width * height + Object.keys(others).length }
let acc = 0; for (let i = 0; i < 2000; i++) acc += opts(i % 2 ? { width: i } : { height: 1, z: 1 }); console.log(acc);
