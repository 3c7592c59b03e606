'use strict';
// Method calls through a prototype with more properties than a shared shape
// holds (a dictionary prototype): cached lookups must see later changes.
function Base() {}
for (let i = 0; i < 100; i++) {
  Base.prototype['m' + i] = function () {
    return 'base' + i;
  };
}
class Mid extends Base {}
class Leaf extends Mid {}

function callAll(o) {
  const out = [];
  for (let k = 0; k < 3; k++) {
    out.push(o.m0(), o.m50(), o.m99());
    out.push(typeof o.m100);
  }
  return out.join(',');
}

const leaf = new Leaf();
console.log(callAll(leaf));
// Overwrite a method on the dictionary prototype.
Base.prototype.m50 = function () {
  return 'replaced50';
};
console.log(callAll(leaf));
// Shadow one on an intermediate prototype.
Mid.prototype.m99 = function () {
  return 'mid99';
};
console.log(callAll(leaf));
// Add the missing one to the dictionary prototype.
Base.prototype.m100 = function () {
  return 'base100';
};
console.log(callAll(leaf), leaf.m100());
// An own property on the receiver shadows everything.
leaf.m0 = function () {
  return 'own0';
};
console.log(callAll(leaf));

// A receiver that is itself a dictionary (many own properties).
const big = new Leaf();
for (let i = 0; i < 90; i++) big['p' + i] = i;
console.log(callAll(big), big.p89);
big.m99 = function () {
  return 'bigown99';
};
console.log(callAll(big));
const big2 = new Leaf();
for (let i = 0; i < 90; i++) big2['p' + i] = -i;
console.log(callAll(big2), big2.p89);

// Reading data properties through the same sites.
function readAll(objs) {
  let s = 0;
  for (const o of objs) s += o.p3 + o.p70;
  return s;
}
console.log(readAll([big, big2, big, big2]));
