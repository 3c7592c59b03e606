'use strict';
// Built-ins that call back into JS keep their partial results alive across
// collections, even when the callback uses other built-ins (Array.from) or
// throws through them.
const src = [0, 1, 2, 3, 4];
const out = src.map(function (x) {
  const parts = Array.from('ab');
  let junk = null;
  for (let k = 0; k < 60000; k++) junk = [k, k + 1, { a: k, s: 'k' + k }];
  return x + parts.join('-') + junk[2].s;
});
console.log(out.join(' '));

let caught = 0;
const kept = [];
for (let r = 0; r < 200; r++) {
  try {
    [1, 2, 3].map(function (v) {
      kept.push({ r: r, v: v });
      if (v === 2) throw new Error('stop ' + r);
      return v;
    });
  } catch (e) {
    caught++;
  }
}
let garbage = null;
for (let k = 0; k < 100000; k++) garbage = { k: k, t: 't' + k };
console.log(caught, kept.length, kept[kept.length - 1].r, garbage.t);
