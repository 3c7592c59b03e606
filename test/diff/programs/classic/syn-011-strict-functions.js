// "use strict" per function in a sloppy script: the directive prologue,
// inheritance into nested functions and arrows, and sloppy neighbours.
function sloppy() { return this === globalThis; }
function strict() {
  'use strict';
  return this;
}
function strictOuter() {
  'use strict';
  function inner() { return this; }
  var arrow = () => this;
  return [inner(), arrow(), (function () { return typeof this; }).call(7)];
}
function notADirective() {
  var x = 1;
  'use strict';
  return this === globalThis;
}
function laterDirective() {
  'a directive';
  'use strict';
  return this;
}
console.log(sloppy(), strict(), strictOuter(), notADirective(), laterDirective());
function strictAssign() {
  'use strict';
  try {
    neverDeclared = 1;
  } catch (e) {
    return e.constructor.name + ': ' + e.message;
  }
  return 'assigned';
}
function sloppyAssign() {
  implicitGlobal = 1;
  return typeof implicitGlobal;
}
console.log(strictAssign(), sloppyAssign(), implicitGlobal);
// Class bodies are strict even in a sloppy script.
class C {
  m() { return this; }
  static s() { try { classUndeclared = 1; } catch (e) { return e.message; } }
}
var detached = new C().m;
console.log(detached(), C.s());
var o = {
  sloppyMethod: function () { return typeof this; },
  strictMethod: function () { 'use strict'; return typeof this; },
};
console.log(o.sloppyMethod.call(1), o.strictMethod.call(1), o.sloppyMethod.call(), o.strictMethod.call());
