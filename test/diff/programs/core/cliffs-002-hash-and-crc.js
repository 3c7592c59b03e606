// Hashing written the way people write it: numbers kept in doubles (from
// Math.floor, division and multiplication) fed to & | ^ >>> in hot loops,
// mixed === between numbers, strings and null. Each loop is hot enough for
// the JIT to compile at the default threshold.
'use strict';

function makeCrcTable() {
  const table = [];
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table.push(c);
  }
  return table;
}
const CRC = makeCrcTable();

function crc32(str) {
  let crc = 0 ^ -1;
  for (let i = 0; i < str.length; i++) crc = (crc >>> 8) ^ CRC[(crc ^ str.charCodeAt(i)) & 0xff];
  return (crc ^ -1) >>> 0;
}

// FNV-1a with the multiply done in doubles, as a lot of code does.
function fnv1a(str) {
  let h = 2166136261;
  for (let i = 0; i < str.length; i++) {
    h ^= str.charCodeAt(i);
    h = (h * 16777619) % 4294967296;
  }
  return h >>> 0;
}

// Random numbers from a linear congruential generator kept as a double.
class Lcg {
  constructor(seed) { this.state = seed; }
  next() {
    this.state = (this.state * 1103515245 + 12345) % 2147483648;
    return this.state / 2147483648;
  }
  int(n) { return Math.floor(this.next() * n) | 0; }
}

function mixKinds(rng, n) {
  const pool = [0, -0, 1, 1.5, NaN, 'a', 'ab', null, undefined, true, {}, 2 ** 31, 4294967295.5];
  let same = 0, diff = 0;
  for (let i = 0; i < n; i++) {
    const a = pool[rng.int(pool.length)];
    const b = pool[rng.int(pool.length)];
    if (a === b) same++;
    if (a !== b) diff++;
  }
  return same + '/' + diff;
}

const words = [];
const rng = new Lcg(42);
for (let i = 0; i < 300; i++) {
  let w = '';
  const len = 3 + rng.int(12);
  for (let k = 0; k < len; k++) w += String.fromCharCode(97 + rng.int(26));
  words.push(w);
}
let x = 0, y = 0;
for (const w of words) {
  x = (x + crc32(w)) % 4294967296;
  y ^= fnv1a(w);
}
console.log(words.slice(0, 5).join(','), x, y >>> 0, y);
console.log(mixKinds(rng, 20000));

// Bit tricks on doubles that hold integers beyond int32.
let acc = 0;
for (let i = 0; i < 20000; i++) {
  const d = i * 65537.0 * 4099;
  acc = (acc + ((d & 0xffff) | (d >>> 20)) ^ (d >> 3) ^ ~d) | 0;
}
console.log(acc);
