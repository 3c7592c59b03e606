// charCodeAt on many strings while the collector runs: strings whose code
// units were copied for machine code (kept alive or dropped) must read the
// same characters after any number of collections.
'use strict';
const keep = [];
for (let i = 0; i < 500; i++) keep.push('k' + i + '\u20ac' + String.fromCharCode(0xdc00 + i) + '-'.repeat(i % 50));

function sum(s) {
  let h = 0;
  for (let i = 0; i < s.length; i++) h = (h + s.charCodeAt(i) * (i + 1)) % 1000003;
  return h;
}
function all() {
  let t = 0;
  for (let i = 0; i < keep.length; i++) t = (t + sum(keep[i])) % 1000003;
  return t;
}

const before = all();
let junk = 0;
const pool = [];
for (let r = 0; r < 30; r++) {
  for (let i = 0; i < 3000; i++) {
    const s = 'junk' + r + '/' + i + (i % 7 === 0 ? '\ud83d\ude00' : '');
    junk = (junk + s.charCodeAt(i % (s.length + 2))) | 0;
    if (junk !== junk) junk = 0;
    const obj = { s, a: [i, r, s.length] };
    if (i % 100 === 0) pool.push(obj);
  }
  if (r % 10 === 9) console.log(r, all() === before, junk);
}
let ps = 0;
for (const p of pool) ps = (ps + sum(p.s) + p.a[2]) % 1000003;
console.log(before, all(), ps, pool.length);
