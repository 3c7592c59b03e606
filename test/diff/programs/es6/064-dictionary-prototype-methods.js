// Methods found on a dictionary-mode prototype (hundreds of methods), and
// methods added to it and replaced while its call sites are hot.
'use strict';
class Big {}
for (let i = 0; i < 200; i++) Big.prototype['m' + i] = function () { return i; };
const b = new Big();
let s = 0;
for (let r = 0; r < 300; r++) {
  s += b.m5() + b.m150() + (b.later === undefined ? 1 : b.later());
  if (r === 100) Big.prototype.later = function () { return 1000; };
  if (r === 200) Big.prototype.m5 = function () { return -5; };
}
console.log(s);
