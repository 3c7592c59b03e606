// Math.max/min, unary minus and int multiplication at their edges (-0, NaN,
// infinities, int32 overflow) where the JIT has inline paths.
const vals = [0, -0, 1, -1, 2.5, -2.5, NaN, Infinity, -Infinity, 7, 1e300, -1e-300, 3];
let out = [];
for (let r = 0; r < 40; r++) for (const a of vals) for (const b of vals) { const x = Math.max(a, b), y = Math.min(a, b); out.push(1 / x, 1 / y, x, y); }
let s = 0; for (let i = 0; i < 1000; i++) s += Math.max(i, 500) - Math.min(i, 300) + Math.max(i * 0.5, 3) + (-i) + -(i * 0.25);
console.log(out.length, out.slice(0, 300).join(','), out.slice(-300).join(','), s, -0 === 0, 1 / -(0), 1/-(-0), -(-2147483648));
for (let i = 0; i < 100; i++) { let z = i - i; s += 1 / (z * -3) + 1 / (-3 * z) + 1/(z*3) + (i * 0); }
console.log(s, typeof undefinedVar, typeof Math);
