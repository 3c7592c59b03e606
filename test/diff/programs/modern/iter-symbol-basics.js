const s = Symbol('foo'), t = Symbol(), u = Symbol.for('app');
console.log(typeof s, s.toString(), String(t), s.description, t.description, Symbol.keyFor(u), Symbol.keyFor(s), Symbol.for('app') === u);
const o = { a: 1, [s]: 2, b: 3 };
o[t] = 4;
console.log(Object.keys(o), JSON.stringify(o), o[s], o[t], s in o);
console.log(Object.getOwnPropertySymbols(o).map(String));
for (const k in o) console.log('key', k);
console.log(o);
console.log([Symbol.iterator, Symbol.asyncIterator, Symbol.hasInstance, Symbol.toPrimitive, Symbol.toStringTag].map(x => x.toString()));
try { s + ''; } catch (e) { console.log(e.constructor.name, e.message); }
try { +s; } catch (e) { console.log(e.constructor.name, e.message); }
try { new Symbol(); } catch (e) { console.log(e.constructor.name, e.message); }
if (s) console.log('truthy'); console.log(!s, !!Symbol.iterator);
const obj = { [Symbol.toPrimitive](h) { return h === 'number' ? 42 : 'str:' + h; } };
console.log(+obj, `${obj}`, obj + '');
class Foo { get [Symbol.toStringTag]() { return 'Fooey'; } }
console.log(Object.prototype.toString.call(new Foo()), String(new Foo()));
for (const x of [1, 2, 3]) console.log(x);
for (const c of 'a😀b') console.log(c, c.length);
const it = { from: 1, to: 4, [Symbol.iterator]() { let i = this.from, to = this.to; return { next: () => i <= to ? { value: i++, done: false } : { value: undefined, done: true }, return() { console.log('closed'); return {}; } }; } };
for (const v of it) { if (v === 3) break; console.log('v', v); }
for (const v of it) console.log('all', v);
function f(a, b, c) { return a + b + c; }
console.log(f(...[1, 2, 3]), f(1, ...[2, 3]), [0, ...it, 9], [...'héllo'], Math.max(...[4, 9, 2]));
console.log([...[1,2].entries()], [...[1,2].keys()], [...[5,6].values()]);
class P { constructor(x, y) { this.x = x; this.y = y; } }
console.log(new P(...[1, 2]));
try { for (const x of 5); } catch (e) { console.log(e.message); }
try { const o = {}; [...o]; } catch (e) { console.log(e.message); }
function g() { for (const v of it) { if (v == 2) return 'ret'; } }
console.log(g());
try { for (const v of it) { throw new Error('boom'); } } catch (e) { console.log(e.message); }
const ai = [1,2][Symbol.iterator]();
console.log(ai.next(), ai.next(), ai.next(), Object.prototype.toString.call(ai), ai[Symbol.iterator]() === ai);
console.log(Object.getPrototypeOf(Object.getPrototypeOf(ai)) === Object.getPrototypeOf(Object.getPrototypeOf(''[Symbol.iterator]())));
class Even { static [Symbol.hasInstance](n) { return n % 2 === 0; } }
console.log(2 instanceof Even, 3 instanceof Even, [] instanceof Array, Object.getOwnPropertySymbols(Function.prototype).length);
// Hot: symbol-keyed reads and for-of over a custom iterable, compiled by the JIT.
const tag = Symbol('tag');
const items = [];
for (let i = 0; i < 200; i++) items.push({ [tag]: i % 7, id: i });
let acc = 0;
for (let r = 0; r < 20; r++) for (const it2 of items) acc += it2[tag] + (typeof tag === 'symbol' ? 1 : 0);
console.log(acc);
