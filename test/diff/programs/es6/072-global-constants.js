// Globals compiled as constants (built-ins such as Math and console, and
// implicit globals), and code that relied on them invalidated when they are
// written: by the interpreter, by machine code, in the middle of a block.

// 1. Built-ins used as constants in hot code.
let s1 = 0;
for (let i = 0; i < 500; i++) s1 += Math.floor(i / 3) + Math.max(i, 7) + (Array.isArray([i]) ? 1 : 0);
console.log(s1, typeof Math, typeof JSON.stringify);

// 2. An implicit global read hot, then written from another function (both compiled).
function initG() { gcount = 1; }
initG();
function readG() { return gcount * 2; }
function bumpG() { gcount = gcount + 1; }
let s2 = 0;
for (let i = 0; i < 300; i++) { s2 += readG(); if (i % 100 === 99) bumpG(); }
console.log(s2, gcount);

// 3. The store compiled first, the constant load later, then the store runs again.
function setH(v) { hval = v; }
for (let i = 0; i < 100; i++) setH(5);
function useH() { return hval + 1; }
let s3 = 0;
for (let i = 0; i < 200; i++) { s3 += useH(); if (i === 150) setH(0.5); }
setH('h');
console.log(s3, useH());

// 4. A global replaced by a callback in the middle of a block that reads it twice.
kval = 10;
function twice(flip) {
  const a = kval;
  const n = [2, 1].sort((x, y) => { if (flip) kval = 'k'; return x - y; }).length;
  return a + n + kval;
}
const outs = [];
for (let i = 0; i < 80; i++) outs.push(twice(i === 60));
console.log(outs.slice(58, 63).join());

// 5. Replacing a built-in.
const realMax = Math.max;
let s5 = 0;
for (let i = 0; i < 100; i++) s5 += Math.max(i, 50);
Math = { max: (a, b) => a - b };
for (let i = 0; i < 100; i++) s5 += Math.max(i, 50);
console.log(s5, realMax(1, 2));
