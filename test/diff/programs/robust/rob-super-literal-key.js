// super['name'] and super[number] with a literal key: a method call through a
// computed super reference binds `this` to the receiver, a getter sees it too
// (test262 language/expressions/super/prop-expr-*-ref-this.js).
class Parent {
  getThis() {
    return this;
  }
  get This() {
    return this;
  }
  1() {
    return 'one:' + this.tag;
  }
  get 2() {
    return 'two:' + this.tag;
  }
  static 4() {
    return 'static four';
  }
  static get 5() {
    return 'static five';
  }
}
class C extends Parent {
  constructor() {
    super();
    this.tag = 'c';
  }
  method() {
    return [super['getThis']() === this, super['This'] === this];
  }
  1() {
    return 'C>' + super[1]();
  }
  get 2() {
    return 'C>' + super[2];
  }
  static 4() {
    return 'C>' + super[4]();
  }
  static get 5() {
    return 'C>' + super[5];
  }
  twice() {
    return super['1']() + '|' + super['2'];
  }
}
console.log(C.prototype.method.call(C.prototype));
var c = new C();
console.log(c.method(), c[1](), c[2], C[4](), C[5], c.twice());

// A hot loop through the computed super call.
var s = 0;
for (var i = 0; i < 3000; i++) s += c[1]().length + c[2].length;
console.log(s);
