// Field types: the JIT loads a property with the type every store into that
// field (for objects of one shape) has had, and widens it when a store of
// another kind arrives — also for shapes reached later by adding properties.
'use strict';

// 1. An int32 field read in a hot loop, then widened to double and string.
class P { constructor(v) { this.v = v; this.w = 2; } }
function sumV(objs, n) { let s = 0; for (let i = 0; i < n; i++) s = s + objs[i % objs.length].v * 2 + objs[i % objs.length].w; return s; }
const ps = [new P(1), new P(2), new P(3)];
const r1 = [sumV(ps, 300)];
ps[1].v = 0.25;
r1.push(sumV(ps, 300));
ps[2].v = 'x';
r1.push(sumV(ps, 30));
ps[0].v = -0;
r1.push(1 / (ps[0].v * 2) === -Infinity, sumV([ps[0]], 10));
console.log(r1.join(' '));

// 2. A widened field flows down to shapes reached later by adding properties.
function mk(x) { const o = {}; o.x = x; return o; }
function addY(o) { o.y = 1; return o; }
function readX(o) { return o.x + 1; }
let acc = 0;
for (let i = 0; i < 200; i++) acc += readX(addY(mk(i)));
const z = addY(mk('s'));
console.log(acc, readX(z), readX(addY(mk(2.5))), readX(addY(mk(null))), readX(addY(mk(true))));

// 3. Object-or-null fields (tree nodes) and boolean / undefined fields.
function Node(l, r) { this.left = l; this.right = r; this.leaf = l === null; this.tag = undefined; }
function build(d) { return d === 0 ? new Node(null, null) : new Node(build(d - 1), build(d - 1)); }
function count(n) { return n.leaf ? 1 : 1 + count(n.left) + count(n.right); }
function tags(n) { return n.tag === undefined ? 0 : n.tag; }
const t = build(8);
let c = 0;
for (let i = 0; i < 20; i++) c += count(t) + tags(t);
t.tag = 5;
t.leaf = 0;
console.log(c, count(t), tags(t), typeof t.leaf);

// 4. Methods on prototypes are fields too: replaced by a non-function value.
class Q { m() { return 1; } }
const q = new Q();
let s4 = 0;
for (let i = 0; i < 100; i++) s4 += q.m();
Q.prototype.m = function () { return 2; };
for (let i = 0; i < 100; i++) s4 += q.m();
Q.prototype.m = 7;
try { q.m(); } catch (e) { console.log(s4, e instanceof TypeError, e.message); }

// 5. A site that sees many shapes (megamorphic) with a different field type per shape.
const many = [];
for (let k = 0; k < 12; k++) {
  const o = {};
  for (let j = 0; j < k; j++) o['p' + j] = j;
  o.val = k % 3 === 0 ? k : k % 3 === 1 ? k + 0.5 : 'k' + k;
  many.push(o);
}
let s5 = '';
for (let i = 0; i < 240; i++) { const v = many[i % 12].val; s5 = i < 12 ? s5 + (v + 1) + ',' : s5; }
console.log(s5);

// 6. Stores through an object literal, a constructor and a setter-like method into one shape.
class Pt { constructor(x, y) { this.x = x; this.y = y; } move(dx) { this.x = this.x + dx; return this; } }
const pts = [];
for (let i = 0; i < 50; i++) pts.push(new Pt(i, -i));
let sx = 0;
for (let r = 0; r < 4; r++) for (const p of pts) sx += p.move(r === 3 ? 0.5 : 1).x;
console.log(sx, pts[0].x, pts[49].y);
