// class expressions, classes as values
const Anon = class {
  hello() { return 'anon hello'; }
};
const NamedExpr = class Internal {
  who() { return typeof Internal; }
  self() { return Internal === NamedExpr; }
};
console.log(new Anon().hello(), new NamedExpr().who(), new NamedExpr().self());
console.log(Anon, NamedExpr, typeof Internal);
console.log(new Anon(), new NamedExpr());
// classes in arrays and objects
const shapes = {
  Square: class { constructor(s) { this.s = s; } area() { return this.s * this.s; } },
  Circle: class { constructor(r) { this.r = r; } area() { return Math.PI * this.r * this.r; } }
};
const list = [new shapes.Square(3), new shapes.Circle(1)];
console.log(list.map(s => s.area().toFixed(3)), list);
console.log(shapes);
// class factory
function makeClass(prefix) {
  return class {
    constructor(v) { this.v = v; }
    show() { return prefix + this.v; }
  };
}
const A = makeClass('A:');
const B = makeClass('B:');
console.log(new A(1).show(), new B(2).show(), A === B, new A(1) instanceof B);
// passing classes as arguments
function build(Cls, arg) { return new Cls(arg); }
class Box { constructor(x) { this.x = x; } }
console.log(build(Box, 5), build(A, 'z').show());
// immediately instantiated class expression
const singleton = new (class Single {
  constructor() { this.created = true; }
  name() { return 'single'; }
})();
console.log(singleton, singleton.name());
// class extends class expression
const Derived = class extends Box {
  double() { return this.x * 2; }
};
console.log(new Derived(21).double(), new Derived(1) instanceof Box, Derived);
// class declarations are not hoisted (TDZ)
try {
  new Later();
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
class Later {}
console.log(typeof Later);
// class name binding inside class is const
class Fixed {
  static tryReassign() {
    try { Fixed = null; return 'reassigned'; } catch (e) { return e.name + ': ' + e.message; }
  }
}
console.log(Fixed.tryReassign(), typeof Fixed);
