// calling a class without new throws TypeError with an exact message
class Foo {
  constructor() { this.x = 1; }
}
class Bar extends Foo {}
const Anon = class {};
const Named = class Inner {};
function tryCall(fn, label) {
  try {
    fn();
    console.log(label, 'no error');
  } catch (e) {
    console.log(label, e.name + ': ' + e.message, e instanceof TypeError);
  }
}
tryCall(function () { Foo(); }, 'Foo()');
tryCall(function () { Bar(); }, 'Bar()');
tryCall(function () { Anon(); }, 'Anon()');
tryCall(function () { Named(); }, 'Named()');
tryCall(function () { const o = { C: Foo }; o.C(); }, 'o.C()');
tryCall(function () { new Foo(); }, 'new Foo()');
// arrow functions and methods are not constructors
tryCall(function () { const arrow = () => 1; new arrow(); }, 'new arrow()');
tryCall(function () { const obj = { m() {} }; new obj.m(); }, 'new obj.m()');
tryCall(function () { class K { method() {} } const k = new K(); new k.method(); }, 'new k.method()');
tryCall(function () { const notFn = 5; new notFn(); }, 'new 5');
// forgetting super in derived constructor
tryCall(function () {
  class NoSuper extends Foo { constructor() { this.y = 2; } }
  new NoSuper();
}, 'no super');
tryCall(function () {
  class NoSuper2 extends Foo { constructor() { } }
  new NoSuper2();
}, 'no super 2');
tryCall(function () {
  class Twice extends Foo { constructor() { super(); super(); } }
  new Twice();
}, 'super twice');
tryCall(function () {
  class BadBase extends 5 {}
}, 'extends 5');
tryCall(function () {
  const NotCtor = undefined;
  class BadBase2 extends NotCtor {}
}, 'extends undefined');
tryCall(function () {
  class NullBase extends null {}
  return typeof NullBase;
}, 'extends null (definition only)');
tryCall(function () { return 1 instanceof 5; }, 'instanceof 5');
tryCall(function () { return 1 instanceof {}; }, 'instanceof {}');
tryCall(function () { const c = new Foo(); c.missing(); }, 'missing method');
console.log('done');
