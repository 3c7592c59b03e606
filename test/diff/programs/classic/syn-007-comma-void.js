// The comma operator and void in every position classic code puts them:
// for heads, conditions, assignment targets built from a sequence, calls
// through (0, o.f), computed keys, arrow bodies, throw, templates.
var log = [];
var a = (1, 2);
log.push(a);
for (var i = 0, j = 5; i < j; i++, j--);
log.push(i + ':' + j);
var r = [];
for (var k = 0, len = 3; k < len; ++k) r.push(k);
log.push(r.join(''));
var x = 0;
x++, x--, x += 5;
log.push(x);
x = (x++, x++, x);
log.push(x);
var o = { v: 0, f: function () { return 'f' }, m() { return typeof this; } };
o.v++, o.v++;
(0, o).v = o.v * 10;
(0, o).v++;
(0, o)['v'] += 2;
log.push(o.v, (0, o.f)(), (o.f)(), (0, o).m());
log.push(void 0, void 'x', void (1, 2), typeof void 0, !void 0, +void 0);
var sideEffects = 0;
var u = void sideEffects++;
log.push(u, sideEffects);
var arrow = () => void sideEffects++;
log.push(arrow(), sideEffects);
if (void 0) log.push('never'); else log.push('else');
while (void 0) log.push('never');
log.push((void 0) || 'default', (1, 0) ? 'y' : 'n', (0, 1) ? 'y' : 'n');
var key = { [(1, 'k')]: 2 };
log.push(JSON.stringify(key));
switch ((1, 2)) { case 2: log.push('two'); }
log.push(`${(1, 2)}-${void 0}`);
for (let p = 1, q = 2; p < 3; p++, q++) log.push(p * q);
var arr = [];
arr[(0, 0)] = (1, 2);
log.push(arr[0], [1, (2, 3)].length);
function g(p, q) { return p + q; }
log.push(g((1, 2), 3));
class B { constructor() { this.t = 'B'; } }
log.push(new (0, B)().t);
class F { x = (1, 2); }
log.push(new F().x);
try { throw (1, new Error('thrown')); } catch (e) { log.push(e.message); }
var s = 0;
for (var w of (s++, [1, 2, 3])) s += w;
log.push(s);
var c = 0;
for (var n = 0; n < 3; n++, void c++);
log.push(c);
var dw = 0;
do dw++, dw++; while (dw < 5);
log.push(dw);
var iv = 0;
if ((iv++, iv)) log.push('iv' + iv);
console.log(log.join(' '));
// Hot: comma-separated updates and void in a loop the JIT compiles.
var sum = 0, prod = 1, voids = 0;
for (var h = 0, t = 100; h < t; h++, t--) {
  sum += h, prod = (prod * 3) % 1000003;
  if (void h === undefined) voids++;
}
console.log(sum, prod, voids, h, t);
