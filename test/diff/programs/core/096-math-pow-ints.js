// Math.pow with int32 operands (exact up to 2^53, inline in the JIT) and
// its edges: negative and large exponents, overflow past 2^53, doubles.
'use strict';
let out = [];
for (let r = 0; r < 20; r++) {
  for (let x = -12; x <= 12; x += 3) for (let y = -2; y <= 70; y += 4) out.push(Math.pow(x, y));
  for (let y = 0; y < 60; y++) out.push(Math.pow(2, y), Math.pow(-2, y), Math.pow(10, y % 25), Math.pow(0, y), Math.pow(1, y * 1000000));
  out.push(Math.pow(2.5, 3), Math.pow(2, 0.5), Math.pow(46341, 2), Math.pow(-46341, 3), Math.pow(2147483647, 2), Math.pow(-2147483648, 3));
}
console.log(out.length, out.slice(0, 200).join(','), out.slice(-100).join(','));
