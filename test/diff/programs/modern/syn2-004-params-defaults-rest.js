class A { constructor({ x = 1, y = 2 } = {}, ...tags) { this.x = x; this.y = y; this.tags = tags } sum(k = this.x) { return k + this.y } }
class B extends A { z = 3; constructor(o = { x: 10 }) { super(o, 't1', 't2'); } }
const b = new B(); console.log(b, b.sum(), b.sum(5), A.length, B.length);
const fe = function named(n = 3) { return n > 0 ? named(n - 1) + 1 : 0 }; console.log(fe(), fe.name);
function cap(a = 1, b = () => a) { a = 5; return b() } console.log(cap());
function cap2(a, b = () => a) { var a = 9; return [a, b()] } console.log(cap2(1));
function ar(a, { b } = {}) { return [arguments.length, arguments[0], a, b] } console.log(ar(1), ar(1, { b: 2 }, 3));
function ar2(a = 0) { a = 7; return arguments[0] } console.log(ar2(1));
const obj = { m({ a } = { a: this === undefined }) { return a } }; console.log(obj.m());
const arrow = (x = this) => typeof x; console.log(arrow());
function thisDef(x = this.v) { return x } console.log(thisDef.call({ v: 'tv' }));
let log = []; const src = { get a() { log.push('a'); return 1 }, get b() { log.push('b'); return 2 } };
const { b: bb, a: aa } = src; console.log(bb, aa, log);
log = []; const sp = { ...src, c: 3 }; console.log(sp, log);
const nested = { p: { q: { r: [1, 2] } } }; const { p: { q: { r } } } = nested; console.log(r);
const { p: { ...pq } } = nested; console.log(pq);
let target = {}; ({ a: target.one, b: target['two'], ...target.rest } = { a: 1, b: 2, c: 3, d: 4 }); console.log(target);
function many(a, b, ...c) { return c } let tot = 0; for (let i = 0; i < 3000; i++) tot += many(1, 2, 3, i).length; console.log(tot);
function deep({ a: { b: { c = 'dc' } = {} } = {} } = {}) { return c } console.log(deep(), deep({ a: { b: { c: 1 } } }), deep({ a: {} }));
const key = 'k'; const { [key]: kv = 'dflt', [`${key}2`]: kv2 } = { k2: 'v2' }; console.log(kv, kv2);
const { toString: ts } = 5; console.log(typeof ts);
var { va, vb = va } = { va: 'A' }; console.log(va, vb);
console.log((function (a, b = 2, c) {}).length, (function (a, ...r) {}).length, (({ a }, b) => 0).length);
