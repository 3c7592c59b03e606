const m = new Map([[1, 'a'], [2, 'b'], [3, 'c']]);
const it = m.keys();
for (const k of it) { if (k === 2) break; }
console.log(it.next(), [...it]);
const s = new Set([1, 2, 3, 4]);
for (const v of s) { if (v === 1) { s.delete(2); s.add(9); } console.log(v); }
const vals = m.values(); vals.next = function () { return { done: true }; };
console.log([...vals], [...m.entries()]);
Map.prototype[Symbol.iterator] = function () { return [['x', 'y']][Symbol.iterator](); };
for (const e of m) console.log(e);
