// Math.imul inline on int32 operands (the low 32 bits of the product), and
// the built-in for everything else, in a hot loop that sees both.
'use strict';
function fnv(s) {
  let h = -2128831035;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h >>> 0;
}
let str = '';
for (let i = 0; i < 300; i++) str += String.fromCharCode(32 + ((i * 7) % 90));
let acc = 0;
for (let k = 0; k < 50; k++) acc = (acc + fnv(str.slice(k))) | 0;
console.log(acc);
const pairs = [[0x7fffffff, 0x7fffffff], [-5, 12], [65536, 65536], [-2147483648, -1], [-2147483648, 2], [0, -7], [-0, 5], [1.5, 3], [2 ** 32 + 3, 5], ['6', '7'], [NaN, 2], [undefined, 3], [true, 9]];
const out = [];
for (let r = 0; r < 30; r++) for (const p of pairs) { const v = Math.imul(p[0], p[1]); if (r === 29) out.push(v); }
console.log(out.join(' '), 1 / Math.imul(-0, 5));
