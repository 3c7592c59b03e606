// derived classes without constructors forward all args
class Base {
  constructor(a, b, c) {
    this.a = a;
    this.b = b;
    this.c = c;
  }
}
class Derived extends Base {}
class Derived2 extends Derived {
  extra() { return [this.a, this.b, this.c]; }
}
console.log(new Derived(1, 2, 3));
console.log(new Derived(1));
console.log(new Derived());
console.log(new Derived(1, 2, 3, 4, 5));
console.log(new Derived2('x', 'y').extra());
console.log(new Derived2() instanceof Base);
// base without constructor, derived without constructor
class Plain {}
class PlainChild extends Plain {}
console.log(new PlainChild(), new PlainChild(1, 2));
// field initializers in derived class without ctor
class WithFields extends Base {
  sum = (this.a || 0) + (this.b || 0) + (this.c || 0);
}
console.log(new WithFields(1, 2, 3), new WithFields(5));
// base counting its args via explicit params
class Recorder {
  constructor(p1, p2, p3, p4) {
    this.seen = [p1, p2, p3, p4].map(v => v === undefined ? 'u' : v).join(',');
  }
}
class R2 extends Recorder {}
class R3 extends R2 {}
console.log(new R3(1, null, 0).seen, new R2().seen, new R3('a', 'b', 'c', 'd', 'e').seen);
// default constructor passes through to a constructor function base
function Legacy(x, y) { this.sum = x + y; }
class Modern extends Legacy {}
console.log(new Modern(2, 3), new Modern(2));
