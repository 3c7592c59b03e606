// Getters and setters in classes: instance, static, inherited, overridden, super.
class Temperature {
  constructor(c) { this.celsius = c; }
  get fahrenheit() { return this.celsius * 9 / 5 + 32; }
  set fahrenheit(f) { this.celsius = (f - 32) * 5 / 9; }
  static get absoluteZero() { return -273.15; }
  static set unit(u) { Temperature._unit = u; }
  static get unit() { return Temperature._unit || 'C'; }
}
const t = new Temperature(100);
console.log(t.fahrenheit, Temperature.absoluteZero, Temperature.unit);
t.fahrenheit = 32;
Temperature.unit = 'F';
console.log(t.celsius, Temperature.unit, t);
console.log(Object.keys(t), Object.keys(Temperature.prototype));

class Shape {
  constructor(name) { this._name = name; }
  get name() { return 'shape:' + this._name; }
  get area() { return 0; }
  describe() { return `${this.name} has area ${this.area}`; }
}
class Rect extends Shape {
  constructor(w, h) { super('rect'); this.w = w; this.h = h; }
  get area() { return this.w * this.h; }
  get name() { return super.name + '!'; }
}
class Square extends Rect {
  constructor(s) { super(s, s); }
  set side(s) { this.w = this.h = s; }
  get side() { return this.w; }
}
const shapes = [new Shape('blob'), new Rect(2, 3), new Square(4)];
for (const s of shapes) console.log(s.describe());
const sq = shapes[2];
sq.side = 5;
console.log(sq.side, sq.area, sq.name, sq);

// A setter only: reading gives undefined; a getter only: writing is ignored in sloppy code.
class OnlySet { set v(x) { this.seen = x; } }
class OnlyGet { get v() { return 'fixed'; } }
const os = new OnlySet();
os.v = 1;
const og = new OnlyGet();
og.v = 2;
console.log(os.v, os.seen, og.v, og);

// Class bodies are strict: assigning to a getter-only property throws there.
class Strict {
  get v() { return 1; }
  tryWrite() { try { this.v = 2; } catch (e) { return e.constructor.name + ': ' + e.message; } return 'no error'; }
}
console.log(new Strict().tryWrite());

// Computed accessor names in classes.
const key = 'total';
class Cart {
  constructor() { this.items = []; }
  get [key]() { return this.items.reduce((a, b) => a + b, 0); }
  static get ['k' + 'ind']() { return 'cart'; }
}
const cart = new Cart();
cart.items.push(3, 4, 5);
console.log(cart.total, Cart.kind);

// Hot loop through an inherited getter and an own setter chain.
let sum = 0;
const r = new Rect(1, 1);
for (let i = 0; i < 3000; i++) {
  r.w = i % 7;
  sum += r.area;
  sq.side = i % 5;
  sum += sq.area;
}
console.log(sum);
