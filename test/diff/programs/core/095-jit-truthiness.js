// Truthiness of every kind of value in if, while, !, && and || (the JIT
// tests it by tag when a branch sees non-boolean values).
'use strict';
const vals = [0, -0, 1, -1, 0.5, NaN, Infinity, '', 'a', '0', null, undefined, true, false, {}, [], [0], function () {}, 2147483647, -2147483648, 1e-300];
let out = '';
for (let r = 0; r < 30; r++) {
  for (const v of vals) {
    if (v) out += '1'; else out += '0';
    out += !v ? 'n' : 'y';
    out += v && 'A' || 'B';
    while (v) { out += 'w'; break; }
  }
}
console.log(out.length, out.slice(0, 120), out.slice(-60));
let c = 0; for (let i = 0; i < 5000; i++) { const x = i % 5 === 0 ? '' : i % 5 === 1 ? 'x' : i % 5 === 2 ? null : i % 5 === 3 ? i * 0.5 : { i }; if (x) c++; if (!x) c += 2; }
console.log(c);
