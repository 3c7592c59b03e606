// Bitwise operators, shifts, ~, unary +, % and ===/!== on every pair of kinds of
// value (int32, doubles in and out of int32 and int64 range, NaN, -0, strings,
// objects with valueOf): the JIT's generic inline paths and their slow paths.
const vals = [0, -0, 1, -1, 7, 2147483647, -2147483648, 2147483648, 4294967295, 4294967296, -4294967297, 1.5, -1.5, 2.5e9, -2.5e9, 1e20, -1e20, 9.3e18, -9.223372036854775808e18, 2**53, 2**63, -(2**63), NaN, Infinity, -Infinity, 1e-300, '12', 'x', null, undefined, true, false, {}, [], [3], { valueOf() { return 5; } }, 'abc', 'ab' + 'c'];
const out = [];
function bits(a, b) { return [a & b, a | b, a ^ b, a << b, a >> b, a >>> b, ~a, +a, a % b, a === b, a !== b]; }
for (let r = 0; r < 3; r++)
for (const a of vals) for (const b of vals) out.push(bits(a, b).map(String).join(' '));
let h = 0; const s = out.join('\n'); for (let i = 0; i < s.length; i++) h = (h * 31 + s.charCodeAt(i)) | 0;
console.log(out.length, h);
console.log(out.slice(0, 40).join('\n'));

// % on integers held in doubles, signs, -0, fractions.
const mvals = [0, -0, 1, -1, 7, 2147483647, -2147483648, 2147483648, 4294967296, 1.5, -1.5, 2.5e9, 1e20, 9.3e18, 2**53, 2**63, NaN, Infinity, -Infinity, 3, 10, 0.5, '7', null];
const mout = [];
function m(a, b) { return a % b; }
for (let r = 0; r < 4; r++) for (const a of mvals) for (const b of mvals) { const x = m(a, b); mout.push(x === 0 && 1 / x < 0 ? '-0' : String(x)); }
console.log(mout.length, mout.slice(0, 600).join(' '));
