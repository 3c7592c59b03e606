// realistic multi-file: red-black tree insert, in-order traversal, invariants
const { RBTree } = require('./lib/rbtree');
const t = new RBTree();
const keys = [50, 20, 80, 10, 30, 70, 90, 25, 35, 5, 1, 100, 65, 75, 60];
for (const k of keys) t.put(k, 'v' + k);
console.log(t.inorder().join(' '));
console.log('size', t.size(), 'height', t.height(), 'min', t.min(), 'max', t.max(), 'rotations', t.rotations);
console.log(t.check());
console.log(t.get(30), t.get(31), t.rank(50), t.rank(1), t.rank(1000), t.rank(0));
t.put(30, 'updated');
console.log(t.get(30), t.size());
// sequential inserts stay balanced
const seq = new RBTree();
for (let i = 0; i < 1000; i++) seq.put(i, i * i);
const c = seq.check();
console.log('seq size', seq.size(), 'height', seq.height(), 'ok', c.ok, 'black height', c.blackHeight, 'rotations', seq.rotations);
console.log(seq.get(999), seq.get(500), seq.inorder().slice(0, 5), seq.inorder().slice(-3));
// pseudo-random inserts with duplicates
let seed = 2024;
function rnd() { seed = (seed * 16807) % 2147483647; return seed; }
const r = new RBTree();
for (let i = 0; i < 2000; i++) r.put(rnd() % 5000, i);
const rc = r.check();
const io = r.inorder();
let sorted = true;
for (let i = 1; i < io.length; i++) if (io[i - 1] >= io[i]) sorted = false;
console.log('random size', r.size(), 'height <= 2log2(n+1):', r.height() <= 2 * Math.log(r.size() + 1) / Math.log(2), 'ok', rc.ok, 'sorted', sorted);
console.log(io.slice(0, 10), r.rank(2500));
// string keys with a custom comparator (case-insensitive)
const words = new RBTree((a, b) => {
  const x = a.toLowerCase(), y = b.toLowerCase();
  return x < y ? -1 : x > y ? 1 : 0;
});
for (const w of 'The quick brown Fox jumps over the lazy dog THE end'.split(' ')) words.put(w, (words.get(w) || 0) + 1);
console.log(words.inorder(), words.get('the'), words.check().ok);
// small tree structure printout
const small = new RBTree();
for (const k of [3, 1, 2]) small.put(k, k);
console.log(small.root);
