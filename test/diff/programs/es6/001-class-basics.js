// class declarations: constructor, methods, prototype, instanceof, printing
class Point {
  constructor(x, y) {
    this.x = x;
    this.y = y;
  }
  add(other) { return new Point(this.x + other.x, this.y + other.y); }
  scale(k) { return new Point(this.x * k, this.y * k); }
  toString() { return 'Point(' + this.x + ', ' + this.y + ')'; }
  length() { return Math.sqrt(this.x * this.x + this.y * this.y); }
}
const p = new Point(1, 2);
const q = new Point(3, 4);
console.log(p);
console.log(p.add(q), q.length(), p.scale(2.5));
console.log(String(p), '' + q, `${p.add(q)}`);
console.log(p instanceof Point, {} instanceof Point, typeof Point, typeof p);
console.log(p.add === q.add, p.add === Point.prototype.add, p.constructor === Point);
console.log(Point);
console.log([Point, p]);
console.log({ cls: Point, inst: q });
class Empty {}
console.log(new Empty(), Empty, typeof Empty);
class NoCtor {
  hello() { return 'hello from ' + typeof this; }
}
console.log(new NoCtor().hello());
// methods added to the prototype later are visible
Point.prototype.dot = function (o) { return this.x * o.x + this.y * o.y; };
console.log(p.dot(q));
// class bodies are strict: this is undefined in detached method call
class Detach {
  who() { return this === undefined ? 'undefined this' : 'has this'; }
}
const d = new Detach();
const w = d.who;
console.log(d.who(), w());
// constructor returning object
class Weird {
  constructor() { this.a = 1; return { b: 2 }; }
}
console.log(new Weird(), new Weird() instanceof Weird);
// class with many methods and chained calls
class Counter {
  constructor(start) { this.n = start; }
  inc() { this.n++; return this; }
  dec() { this.n--; return this; }
  add(k) { this.n += k; return this; }
  value() { return this.n; }
}
console.log(new Counter(10).inc().inc().dec().add(100).value());
const counters = [new Counter(1), new Counter(2), new Counter(3)];
console.log(counters.map(c => c.inc().value()), counters);
// computed method names
const methodName = 'dyn' + 'amic';
class Computed {
  [methodName]() { return 'computed!'; }
  ['with space']() { return 'spaced'; }
}
console.log(new Computed().dynamic(), new Computed()['with space']());
