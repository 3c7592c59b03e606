// Arithmetic and comparisons at sites that see ints, doubles, -0, NaN and
// overflow mixed (the JIT's generic number paths).
'use strict';
const vals = [3, -3, 0, 2.5, -0.5, 2147483647, -2147483648, 65536, 1e10, NaN, -0, 7];
let out = [];
function f(a, b) { return [a + b, a - b, a * b, a / b, a < b, a >= b]; }
for (let r = 0; r < 20; r++) for (const a of vals) for (const b of vals) out.push(f(a, b).map((x) => (typeof x === 'number' ? 1 / x : x)).join(':'));
console.log(out.length, out.slice(0, 40).join(' '), out.slice(-40).join(' '));
let h = 0; for (let i = 0; i < 5000; i++) { const x = i % 7 === 0 ? i * 0.5 : i; h = (h + x * (i % 3 - 1)) % 100003; }
console.log(h);
