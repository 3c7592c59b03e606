// realistic multi-file: shape hierarchy
const { Shape, Rect, Square, Circle, Triangle, Blob } = require('./lib/shapes');
const shapes = [new Rect(3, 4), new Square(2.5), new Circle(1), new Triangle(3, 4, 5), new Circle(0.5), new Rect(10, 0.1)];
for (const s of shapes) console.log(s.describe());
console.log(shapes);
const sorted = shapes.slice().sort(Shape.compare);
console.log(sorted.map(s => s.name + ':' + s.area().toFixed(3)).join(' '));
const total = shapes.reduce((acc, s) => acc + s.area(), 0);
console.log('total area', total.toFixed(6), total);
const byName = {};
for (const s of shapes) {
  if (!byName[s.name]) byName[s.name] = [];
  byName[s.name].push(s);
}
console.log(Object.keys(byName).map(k => k + 'x' + byName[k].length).join(', '));
console.log(shapes.filter(s => s instanceof Rect).length, shapes.filter(s => s instanceof Square).length, shapes.every(s => s instanceof Shape));
try {
  new Blob().describe();
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
try {
  new Triangle(1, 2, 10);
} catch (e) {
  console.log(e.name + ': ' + e.message, e instanceof RangeError);
}
console.log(Square, Object.keys(new Square(1)));
const largest = shapes.reduce((a, b) => (a.area() >= b.area() ? a : b));
console.log('largest', largest);
