// String.prototype.charCodeAt (inline in the JIT for a string receiver and an
// int32 index): code units of surrogate pairs, indices out of range, non-int32
// and non-number indices, no argument, other receivers, and the method
// replaced on String.prototype halfway through a loop.
'use strict';
const strs = ['hello', '', '\ud83d\ude00x\ud83c', '\u00e9\uffff\u0000z', 'a', 'caf\u00e9 \u4e2d\u6587'];
const idx = [0, 1, 2, 3, 4, -1, 5, 6, 100, 2147483647, -2147483648];
const odd = [undefined, NaN, 1.7, -0.5, -1.5, 0.99, '2', ' 1 ', 'x', null, true, false, Infinity, -Infinity, 2.99, 1e10, -1e10, [], [3]];

function at(s, i) { return s.charCodeAt(i); }
function first(s) { return s.charCodeAt(); }

let out = [];
for (let r = 0; r < 40; r++) {
  for (const s of strs) {
    for (const i of idx) out.push(at(s, i));
    out.push(first(s));
  }
}
console.log(out.slice(0, 72).join(','));
let sum = 0, nans = 0;
for (const v of out) { if (v === v) sum += v; else nans++; }
console.log(out.length, sum, nans);

out = [];
for (let r = 0; r < 12; r++) for (const s of strs) for (const i of odd) out.push(at(s, i));
console.log(out.slice(0, odd.length * strs.length).join(','));

// The result feeds int32 arithmetic (the inline path types it Int32) and a NaN test.
function hash(s) {
  let h = 7;
  for (let i = 0; i < s.length; i++) h = (h * 33 + s.charCodeAt(i)) & 0x3fffffff;
  return h;
}
let big = '';
for (let i = 0; i < 3000; i++) big += String.fromCharCode(i % 3 === 0 ? 0xd800 + (i & 1023) : 32 + (i * 13) % 200);
let hs = 0;
for (let k = 0; k < 30; k++) hs = (hs + hash(big)) & 0x3fffffff;
console.log(hs, hash(''), hash('\ud83d\ude00'));

function count(s) {
  // Reads past the end on purpose: NaN ends the loop.
  let n = 0, c;
  let i = 0;
  while ((c = s.charCodeAt(i)) === c) { n += c & 1; i++; }
  return n + i * 1000;
}
let cs = 0;
for (let k = 0; k < 200; k++) cs += count(strs[k % strs.length]);
console.log(cs);

// Other receivers: the built-in converts them.
const o = { cc: String.prototype.charCodeAt, toString() { return 'obj'; } };
let t = 0;
for (let i = 0; i < 300; i++) t += 'abc'.charCodeAt(i % 3) + o.cc(i % 4) + (i % 2 ? (12).toString() : 'q').charCodeAt(0);
console.log(t);
try { String.prototype.charCodeAt.call(null, 0); } catch (e) { console.log(e instanceof TypeError); }

// The method replaced on the prototype, then restored.
const orig = String.prototype.charCodeAt;
let log = [];
for (let i = 0; i < 400; i++) {
  if (i === 150) String.prototype.charCodeAt = function (j) { return -j; };
  if (i === 300) String.prototype.charCodeAt = orig;
  log.push('xyz'.charCodeAt(i % 3));
}
console.log(log.slice(140, 160).join(','), log.slice(295, 305).join(','));

// Methods of strings come from String.prototype or further up: a method
// found on Object.prototype, then shadowed by one added to String.prototype.
Object.prototype.describe = function () { return 'obj:' + this; };
const seen = [];
for (let i = 0; i < 300; i++) {
  if (i === 120) String.prototype.describe = function () { return 'str:' + this.length; };
  if (i === 240) String.prototype.extra = 1;
  seen.push(('ab' + (i % 3)).describe());
}
console.log(seen.slice(115, 125).join(','), seen[299], 'xy'.extra, (5).describe());
