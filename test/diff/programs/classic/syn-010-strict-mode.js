'use strict';
// Script-level "use strict": this is undefined in plain calls, primitives
// stay primitive, assigning an undeclared name throws, nested functions and
// classes inherit strictness.
function plain() { return this; }
console.log(plain(), plain.call(undefined), plain.call(null), plain.call(5), typeof plain.call('s'));
String.prototype.kind = function () { return typeof this; };
Number.prototype.kind = function () { return typeof this; };
console.log('abc'.kind(), (1).kind());
function nested() { return (function () { return this; })(); }
console.log(nested());
var arrow = () => this;
console.log(typeof arrow());
function attempt(label, f) {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, e.constructor.name + ': ' + e.message);
  }
}
attempt('undeclared assignment', function () { undeclaredName = 1; return 'no error'; });
attempt('undeclared compound', function () { alsoUndeclared += 1; return 'no error'; });
attempt('undeclared in loop', function () { for (loopVar = 0; loopVar < 2; loopVar++); return loopVar; });
attempt('typeof undeclared', function () { return typeof undeclaredName; });
attempt('declared later by var', function () { laterVar = 5; return laterVar; });
var laterVar;
attempt('global object property', function () { globalThis.viaGlobal = 3; viaGlobal = 4; return globalThis.viaGlobal; });
attempt('this.x in plain call', function () { return (function () { this.x = 1; })(); });
class K {
  static who() { return this === K; }
  m() { return typeof this; }
}
var m = new K().m;
console.log(K.who(), m());
// Hot: a strict helper called with primitives and undefined this.
function sum(list) {
  var s = 0;
  for (var i = 0; i < list.length; i++) s += list[i];
  return this === undefined ? s : -s;
}
var total = 0;
for (var r = 0; r < 2000; r++) total += sum([r, 1, 2]) + sum.call(undefined, [1]);
console.log(total);
