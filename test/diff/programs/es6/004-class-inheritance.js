// extends, super(...), super.method(), instanceof, printing derived classes
class Animal {
  constructor(name, sound) {
    this.name = name;
    this.sound = sound || '...';
  }
  speak() { return this.name + ' says ' + this.sound; }
  describe() { return 'I am ' + this.name; }
  static create(name) { return new this(name); }
}
class Dog extends Animal {
  constructor(name, breed) {
    super(name, 'woof');
    this.breed = breed;
  }
  speak() { return super.speak() + '!'; }
  describe() { return super.describe() + ', a ' + this.breed; }
}
class Puppy extends Dog {
  constructor(name) {
    super(name, 'mixed');
    this.age = 0;
  }
  speak() { return super.speak().toUpperCase() + ' (tiny)'; }
}
const a = new Animal('generic');
const d = new Dog('Rex', 'collie');
const p = new Puppy('Bit');
console.log(a.speak(), '|', d.speak(), '|', p.speak());
console.log(a.describe(), '|', d.describe(), '|', p.describe());
console.log(a, d, p);
console.log(Animal, Dog, Puppy);
console.log([Animal, Dog]);
console.log(p instanceof Puppy, p instanceof Dog, p instanceof Animal, p instanceof Object);
console.log(d instanceof Puppy, a instanceof Dog);
console.log(Puppy.create('Made'), Dog.create('D2'));
// super method calls with arguments and this
class Vec {
  constructor(x, y) { this.x = x; this.y = y; }
  plus(o) { return new this.constructor(this.x + o.x, this.y + o.y); }
  norm() { return Math.abs(this.x) + Math.abs(this.y); }
}
class Vec3 extends Vec {
  constructor(x, y, z) { super(x, y); this.z = z === undefined ? 0 : z; }
  plus(o) { const r = super.plus(o); r.z = this.z + o.z; return r; }
  norm() { return super.norm() + Math.abs(this.z); }
}
const v = new Vec3(1, -2, 3).plus(new Vec3(10, 20, 30));
console.log(v, v.norm(), v instanceof Vec3);
// overriding and calling up multiple levels
class A { who() { return 'A'; } chain() { return this.who(); } }
class B extends A { who() { return 'B>' + super.who(); } }
class C extends B { who() { return 'C>' + super.who(); } }
console.log(new C().chain(), new B().chain(), new A().chain());
// extending with an expression
function mixinName(Base) {
  return class extends Base {
    named() { return 'named:' + this.speak(); }
  };
}
const NamedDog = mixinName(Dog);
const nd = new NamedDog('Mix', 'lab');
console.log(nd.named(), nd instanceof Dog, nd instanceof NamedDog);
console.log(nd);
// super property access in static methods
class S1 { static id() { return 's1'; } }
class S2 extends S1 { static id() { return super.id() + '/s2'; } }
class S3 extends S2 { static id() { return super.id() + '/s3'; } }
console.log(S3.id());
// derived class extending a constructor function
function OldStyle(v) { this.v = v; }
OldStyle.prototype.get = function () { return this.v; };
class NewStyle extends OldStyle {
  constructor(v) { super(v * 2); }
  get2() { return this.get() + 1; }
}
const ns = new NewStyle(21);
console.log(ns.get(), ns.get2(), ns instanceof OldStyle, ns);
