// new in machine code: classes and constructor functions, constructors that
// return objects or primitives, and a prototype replaced while sites are hot.
class P { constructor(x, y) { this.x = x; this.y = y; } sum() { return this.x + this.y; } }
function Q(a) { this.a = a; if (a % 5 === 0) return { alt: a }; if (a % 7 === 0) return 42; }
Q.prototype.get = function () { return this.a; };
class R { constructor() { return [1, 2]; } }
let s = 0, alt = 0, arrs = 0;
for (let i = 0; i < 100000; i++) {
  const p = new P(i, 1);
  s += p.sum();
  const q = new Q(i);
  if (q.alt !== undefined) alt += q.alt; else s += q.get();
  if (i % 1000 === 0) arrs += new R().length;
}
console.log(s, alt, arrs, new P(1, 2) instanceof P, new Q(7) instanceof Q);
function Shape(k) { this.k = k; }
const a = new Shape(1);
Shape.prototype = { kind: 'replaced' };
const out = [];
for (let i = 0; i < 50; i++) { const o = new Shape(i); out.push(o.kind); if (i === 25) Shape.prototype = { kind: 'again' }; }
console.log(out.join(','), a.kind);
