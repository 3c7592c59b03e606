// shape class hierarchy
class Shape {
  constructor(name) {
    this.name = name;
  }
  area() { throw new Error('area() not implemented for ' + this.name); }
  perimeter() { throw new Error('perimeter() not implemented for ' + this.name); }
  describe() {
    return this.name + ': area=' + this.area().toFixed(2) + ' perimeter=' + this.perimeter().toFixed(2);
  }
  static compare(a, b) { return a.area() - b.area(); }
}
class Rect extends Shape {
  constructor(w, h) { super('rect'); this.w = w; this.h = h; }
  area() { return this.w * this.h; }
  perimeter() { return 2 * (this.w + this.h); }
}
class Square extends Rect {
  constructor(s) { super(s, s); this.name = 'square'; }
}
class Circle extends Shape {
  constructor(r) { super('circle'); this.r = r; }
  area() { return Math.PI * this.r * this.r; }
  perimeter() { return 2 * Math.PI * this.r; }
}
class Triangle extends Shape {
  constructor(a, b, c) {
    super('triangle');
    if (a + b <= c || a + c <= b || b + c <= a) throw new RangeError('invalid triangle ' + a + ',' + b + ',' + c);
    this.a = a; this.b = b; this.c = c;
  }
  perimeter() { return this.a + this.b + this.c; }
  area() {
    const s = this.perimeter() / 2;
    return Math.sqrt(s * (s - this.a) * (s - this.b) * (s - this.c));
  }
}
class Blob extends Shape {
  constructor() { super('blob'); }
}
module.exports = { Shape, Rect, Square, Circle, Triangle, Blob };
