const m = new Map([['a', 1], ['b', 2]]);
m.set(NaN, 'nan').set(-0, 'zero').set(1.5, 'x').set(1, 'one');
console.log(m.get('a'), m.get(NaN), m.get(0), m.get(+0), m.get(-0), m.has(1.0), m.get(1), m.size, m);
console.log([...m.keys()], [...m.values()], [...m.entries()].length, Object.prototype.toString.call(m), String(m[Symbol.iterator] === m.entries));
const s = new Set([3, 1, 3, 2, 1]);
console.log(s, s.size, s.has(3), [...s], [...s.entries()]);
// Deletion and addition while iterating.
const d = new Map(); for (let i = 0; i < 10; i++) d.set(i, i * i);
for (const kv of d) { const k = kv[0], v = kv[1]; if (k % 2 === 0) d.delete(k + 1); if (k === 4) d.set(100, 'late'); console.log(k, v); }
const big = new Set(); for (let i = 0; i < 1000; i++) big.add('k' + i); for (let i = 0; i < 1000; i += 2) big.delete('k' + i);
console.log(big.size, [...big].slice(0, 3), big.has('k999'), big.has('k998'));
const it = big.values(); it.next(); big.clear(); big.add('after'); console.log(it.next(), it.next());
s.forEach(function (v, k, set) { console.log(v, k, set === s, this.t); }, { t: 'T' });
m.forEach((v, k) => console.log(k, v));
const wm = new WeakMap(), k1 = {}, k2 = [];
wm.set(k1, 'one').set(k2, 'two');
console.log(wm.get(k1), wm.has(k2), wm.has({}), wm.delete(k1), wm.has(k1), wm);
try { wm.set(1, 2); } catch (e) { console.log(e.message); }
try { new WeakSet().add('x'); } catch (e) { console.log(e.message); }
try { Map(); } catch (e) { console.log(e.message); }
try { Map.prototype.get.call(new Set(), 1); } catch (e) { console.log(e.message); }
try { new Map([1]); } catch (e) { console.log(e.message); }
class Counter extends Map { inc(k) { this.set(k, (this.get(k) || 0) + 1); return this; } }
const c = new Counter(); c.inc('x').inc('x').inc('y'); console.log(c, c instanceof Map, c.size);
console.log(new Map([[{ a: 1 }, [1, 2]]]), new Set(['x', { y: 2 }]), JSON.stringify({ m: new Map([[1, 2]]) }));
const ws = new WeakSet([k1, k2]); console.log(ws.has(k1), ws);
const words = 'the quick brown fox jumps over the lazy dog the end'.split(' ');
const freq = new Map(); for (const w of words) freq.set(w, (freq.get(w) || 0) + 1);
console.log([...freq].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, 3));
console.log(Map.name, Map.length, Set.prototype.keys === Set.prototype.values, typeof Map.prototype[Symbol.iterator]);
