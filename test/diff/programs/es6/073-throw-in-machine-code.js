// throw in machine code: the handler is found by a callback and run in
// machine code when the frames in between allow it (not across a built-in
// that called back into JS); scopes, finally blocks and rethrows as usual.
'use strict';

class Stop { constructor(v) { this.v = v; } }
function leaf(i) { if (i % 3 === 0) throw new Stop(i); if (i % 3 === 1) throw 'str' + i; return i; }
function mid(i) { return leaf(i) * 2; }
function top(i) {
  try { return mid(i); }
  catch (e) { if (e instanceof Stop) return -e.v; return e.length; }
}
let s1 = 0;
for (let i = 0; i < 3000; i++) s1 += top(i);
console.log(s1);

// Same-frame catch in a hot loop, with a closure capturing the catch parameter.
function sameFrame(n) {
  const fs = [];
  let c = 0;
  for (let i = 0; i < n; i++) {
    try { if (i & 1) throw i; c += 1; } catch (e) { fs.push(() => e * 2); }
  }
  return c + fs.length * 1000 + fs[fs.length - 1]();
}
console.log(sameFrame(500), sameFrame(7));

// finally runs on the way out; a rethrow reaches an outer handler two frames up.
const log = [];
function inner(i) {
  try { if (i % 2) throw new Error('e' + i); log.push('ok' + i); }
  finally { log.push('fin' + i); }
  return i;
}
function middle(i) { try { return inner(i); } catch (e) { throw new Stop(e.message); } }
function outer(i) { try { return middle(i); } catch (e) { return e.v; } }
const r3 = [];
for (let i = 0; i < 400; i++) r3.push(outer(i));
console.log(r3.slice(0, 6).join(), r3.slice(-4).join(), log.length, log.slice(-4).join());

// Throws through self-hosted callbacks (forEach/map: machine code) and through a built-in (sort: a host boundary).
function viaForEach(arr) {
  let seen = 0;
  try { arr.forEach((x) => { seen++; if (x > 2) throw new Stop(x); }); } catch (e) { return seen * 100 + e.v; }
  return seen;
}
function viaSort(arr) {
  try { arr.slice().sort((a, b) => { if (a === 3 || b === 3) throw new Stop(3); return a - b; }); } catch (e) { return 'sort:' + e.v; }
  return 'sorted';
}
const r4 = [];
for (let i = 0; i < 300; i++) r4.push(viaForEach([1, 2, i % 5, 4]), viaSort(i % 2 ? [1, 3, 2] : [2, 1]));
console.log(r4.slice(0, 8).join(), r4.slice(-4).join());

// Errors raised by the runtime (not by a throw instruction) and uncaught rethrows at the end.
function bad(o) { try { return o.x.y; } catch (e) { return e instanceof TypeError ? 'TE' : 'other'; } }
const r5 = [];
for (let i = 0; i < 200; i++) r5.push(bad(i % 2 ? { x: { y: i } } : { x: null }));
console.log(r5.slice(0, 4).join(), r5.length);
function deep(n) { if (n === 0) throw new Stop('bottom'); return deep(n - 1) + 1; }
let caught = 0;
for (let i = 0; i < 100; i++) { try { deep(i % 20); } catch (e) { caught += e.v.length; } }
console.log(caught);
deep(3);
