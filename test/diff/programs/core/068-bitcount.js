// bit counting and bit tricks
function popNaive(x) {
  x = x >>> 0;
  var c = 0;
  while (x) { c += x & 1; x >>>= 1; }
  return c;
}
function popKernighan(x) {
  var c = 0;
  x = x | 0;
  while (x !== 0) { x &= x - 1; c++; }
  return c;
}
function popSwar(x) {
  x = x - ((x >>> 1) & 0x55555555);
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  x = (x + (x >>> 4)) & 0x0f0f0f0f;
  x = x + (x >>> 8);
  x = x + (x >>> 16);
  return x & 0x3f;
}
var tests = [0, 1, 2, 3, 7, 8, 255, 256, 1023, 0x7fffffff, -1, -2, 0x80000000, 0xaaaaaaaa, 0x12345678, 4294967295, 2 ** 32 + 3];
for (const t of tests) console.log(t, popNaive(t), popKernighan(t), popSwar(t));
var total = 0;
for (var i = 0; i < 4096; i++) total += popSwar(i);
console.log('total bits 0..4095', total);
function clz(x) {
  x = x >>> 0;
  if (x === 0) return 32;
  var n = 0;
  while ((x & 0x80000000) === 0) { n++; x = (x << 1) >>> 0; }
  return n;
}
function ctz(x) {
  x = x | 0;
  if (x === 0) return 32;
  var n = 0;
  while ((x & 1) === 0) { n++; x >>= 1; }
  return n;
}
console.log([1, 2, 1024, 0x80000000, 0, 12, -1].map(clz), [1, 2, 1024, 0x80000000, 0, 12, -1].map(ctz));
function reverseBits(x) {
  var r = 0;
  for (var i = 0; i < 32; i++) { r = (r << 1) | (x & 1); x >>>= 1; }
  return r >>> 0;
}
console.log(reverseBits(1), reverseBits(0x80000000), reverseBits(0xf0), reverseBits(43261596));
function isPow2(x) { return x > 0 && (x & (x - 1)) === 0; }
console.log([0, 1, 2, 3, 4, 6, 64, 1000, 1024, 2 ** 30].map(isPow2).join(' '));
function nextPow2(x) { x--; x |= x >> 1; x |= x >> 2; x |= x >> 4; x |= x >> 8; x |= x >> 16; return x + 1; }
console.log([1, 2, 3, 5, 17, 100, 1000, 65537].map(nextPow2).join(' '));
function toBin(x, w) { var s = (x >>> 0).toString(2); while (s.length < w) s = '0' + s; return s; }
console.log(toBin(5, 8), toBin(-5, 32), toBin(0xff00ff, 24));
var gray = [];
for (var g = 0; g < 8; g++) gray.push(toBin(g ^ (g >> 1), 3));
console.log(gray.join(' '));
var a = 0x0f0f, b = 0x00ff;
console.log(a & b, a | b, a ^ b, ~a & 0xffff, (a ^ b) ^ b === a);
var flags = 0;
var FLAG_A = 1, FLAG_B = 2, FLAG_C = 4, FLAG_D = 8;
flags |= FLAG_A | FLAG_C;
console.log(flags, (flags & FLAG_B) !== 0, (flags & FLAG_C) !== 0);
flags &= ~FLAG_A;
flags ^= FLAG_D;
console.log(flags, toBin(flags, 4));
