// Math.round, min, max edge cases
var vals = [0.5, 1.5, 2.5, -0.5, -1.5, -2.5, 0.49999999999999994, -0.49999999999999994, 2.4, -2.6, 0, -0, 4503599627370495.5, -4503599627370495.5, 1e21, NaN, Infinity];
for (var i = 0; i < vals.length; i++) {
  var v = vals[i];
  var r = Math.round(v);
  console.log(v, '->', r, 1 / r);
}
console.log(Math.max(), Math.min());
console.log(Math.max(1), Math.min(1));
console.log(Math.max(1, 2, 3), Math.min(1, 2, 3), Math.max(-1, -2), Math.min(-1, -2));
console.log(Math.max(1, NaN, 3), Math.min(NaN, 1), Math.max(NaN), Math.min(undefined, 1), Math.max(null, -1));
console.log(Math.max(0, -0), Math.min(0, -0), Math.max(-0, 0), Math.min(-0, 0), Math.max(-0, -0));
console.log(1 / Math.max(0, -0), 1 / Math.min(0, -0), 1 / Math.max(-0, 0), 1 / Math.min(-0, 0), 1 / Math.max(-0));
console.log(Math.max('10', 9), Math.min('10', '9'), Math.max(true, 0), Math.min([2], 5), Math.max('a', 1));
console.log(Math.max(Infinity, 1), Math.min(-Infinity, 1), Math.max(-Infinity), Math.min(Infinity));
console.log(Math.max(1, 2, 3, 4, 5, 6, 7, 8, 9, 10), Math.min(10, 9, 8, 7, 6, 5, 4, 3, 2, 1, 0.5));
function clamp(x, lo, hi) { return Math.min(hi, Math.max(lo, x)); }
console.log(clamp(5, 0, 10), clamp(-5, 0, 10), clamp(50, 0, 10), clamp(NaN, 0, 10));
var arr = [3, 9, -2, 7, 9.5, 0];
var mx = -Infinity, mn = Infinity;
for (const a of arr) { mx = Math.max(mx, a); mn = Math.min(mn, a); }
console.log(mx, mn);
console.log(Math.round('2.5'), Math.round('-2.5'), Math.round(null), Math.round(true), Math.round(-1e-300), 1 / Math.round(-1e-300));
