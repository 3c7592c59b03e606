// bitwise operators
console.log(5 & 3, 5 | 3, 5 ^ 3, ~5, ~-1, ~0);
console.log(1 << 0, 1 << 1, 1 << 30, 1 << 31, 1 << 32, 1 << 33);
console.log(-1 >> 0, -1 >> 1, -1 >> 31, -8 >> 1, 8 >> 2, 255 >> 4);
console.log(-1 >>> 0, -1 >>> 1, -1 >>> 31, -8 >>> 1, 8 >>> 2, 1 >>> 32);
console.log(0xff & 0x0f, 0xf0 | 0x0f, 0xff ^ 0xaa, 0xffffffff & 0xffffffff, 0xffffffff | 0);
console.log(0x80000000 | 0, 0x80000000 >>> 0, 0x80000000 >> 0, 0x80000000 >> 31);
console.log(~0xffffffff, ~0x80000000, ~2147483647, ~~3.9, ~~-3.9);
console.log(5 << -1, 5 >> -1, 5 >>> -1, 1 << 31.9, 16 >> 2.5);
console.log(NaN & 1, NaN | 0, Infinity | 0, -Infinity | 0, undefined | 0, null | 0, '12' | 0, 'x' | 0, true | 0);
console.log(2 ** 32 + 5 | 0, 2 ** 32 + 5 >>> 0, 2 ** 31 | 0, 2 ** 31 >>> 0, -(2 ** 31) | 0, -(2 ** 31) - 1 | 0);
console.log(1e10 | 0, 1e10 >>> 0, -1e10 | 0, 4294967296 * 3 + 7 | 0, 1e20 | 0, 1e21 | 0);
console.log(0.5 | 0, -0.5 | 0, 1 / (-0.5 | 0), 2147483647.5 | 0, -2147483648.5 | 0);
console.log(12345 & -12345, 12345 & ~12345, -12345 ^ 12345);
var x = 0x12345678;
console.log(x & 0xff, (x >> 8) & 0xff, (x >> 16) & 0xff, (x >>> 24) & 0xff);
console.log((x << 8) | (x >>> 24), ((x << 8) | (x >>> 24)) >>> 0);
// rotate and popcount style operations
function rotl(v, n) { return ((v << n) | (v >>> (32 - n))) >>> 0; }
console.log(rotl(0x80000001, 1), rotl(0xdeadbeef, 4), rotl(1, 31));
function hash(s) {
  var h = 0x811c9dc5;
  for (var i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = (h * 16777619) >>> 0;
  }
  return h;
}
console.log(hash(''), hash('a'), hash('hello'), hash('hello world'));
// imul-like multiplication in int32
function mul32(a, b) {
  var ah = (a >>> 16) & 0xffff, al = a & 0xffff;
  var bh = (b >>> 16) & 0xffff, bl = b & 0xffff;
  return ((al * bl) + (((ah * bl + al * bh) << 16) >>> 0) | 0);
}
console.log(mul32(123456789, 987654321), mul32(-1, -1), mul32(65536, 65536), mul32(0x7fffffff, 2));
console.log(typeof (1 | 0), typeof (1 >>> 0), 3.5 >>> 0, -3.5 >>> 0);
console.log(~'5', ~[], ~{}, ~null, ~true, ~'0x10');
