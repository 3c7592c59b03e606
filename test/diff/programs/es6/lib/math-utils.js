// helper module using exports.x = ...
exports.square = function (x) { return x * x; };
exports.cube = x => x * x * x;
exports.PI2 = Math.PI * 2;
exports.clamp = function (v, lo, hi) { return Math.min(hi, Math.max(lo, v)); };
function gcd(a, b) { return b === 0 ? a : gcd(b, a % b); }
exports.gcd = gcd;
exports.lcm = (a, b) => a / gcd(a, b) * b;
let privateCounter = 0;
exports.nextId = function () { privateCounter++; return 'id' + privateCounter; };
