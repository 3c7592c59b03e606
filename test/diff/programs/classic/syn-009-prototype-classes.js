// Pre-2015 object-oriented code: constructor functions, prototype methods,
// inheritance by prototype chaining, a guard against calling a constructor
// without new, mixins copied with for...in, and helpers using `this`
// in plain calls the way sloppy scripts rely on.
function Shape(name) {
  if (!(this instanceof Shape)) return new Shape(name);
  this.name = name;
  this.id = Shape.count = (Shape.count || 0) + 1;
}
Shape.prototype.describe = function () {
  return this.name + '#' + this.id + ' area=' + this.area().toFixed(2);
};
Shape.prototype.area = function () { return 0; };

function Circle(r) {
  Shape.call(this, 'circle');
  this.r = r;
}
Circle.prototype = new Shape('proto');
Circle.prototype.constructor = Circle;
Circle.prototype.area = function () { return Math.PI * this.r * this.r; };

function Rect(w, h) {
  Shape.call(this, 'rect');
  this.w = w;
  this.h = h;
}
Rect.prototype = new Shape('proto');
Rect.prototype.constructor = Rect;
Rect.prototype.area = function () { return this.w * this.h; };

// A mixin applied with for...in (copies enumerable methods, own and inherited).
var Serializable = {
  serialize: function () {
    var parts = [];
    for (var k in this) {
      if (typeof this[k] !== 'function' && this.hasOwnProperty(k)) parts.push(k + '=' + this[k]);
    }
    return '{' + parts.join(',') + '}';
  },
};
function mixin(target, source) {
  for (var k in source) target[k] = source[k];
  return target;
}
mixin(Circle.prototype, Serializable);
mixin(Rect.prototype, Serializable);

var shapes = [new Circle(1), new Rect(2, 3), Shape('plain'), new Circle(0.5)];
for (var i = 0; i < shapes.length; i++) {
  var s = shapes[i];
  console.log(s.describe(), typeof s.serialize === 'function' ? s.serialize() : '-', s instanceof Shape, s.constructor.name);
}

// Module pattern with a sloppy-mode plain call: `this` is the global object.
var registry = (function () {
  var items = [];
  this.registryInstalled = true;
  return {
    add: function (x) { items.push(x); return this; },
    size: function () { return items.length; },
  };
})();
registry.add(1).add(2).add(3);
console.log(registry.size(), registryInstalled, typeof globalThis.registryInstalled);

// Event emitter in the old style, with callbacks invoked through call/apply.
function Emitter() { this.handlers = {}; }
Emitter.prototype.on = function (name, fn, ctx) {
  (this.handlers[name] = this.handlers[name] || []).push({ fn: fn, ctx: ctx });
  return this;
};
Emitter.prototype.emit = function (name) {
  var list = this.handlers[name] || [];
  var args = [];
  for (var a = 1; a < 4; a++) args.push(a);
  for (var j = 0; j < list.length; j++) list[j].fn.apply(list[j].ctx, args);
  return list.length;
};
var seen = [];
var em = new Emitter();
em.on('x', function (a, b) { seen.push((this === globalThis ? 'global' : this.tag) + a + b); })
  .on('x', function (a) { seen.push(this.tag + a); }, { tag: 'ctx' })
  .on('x', function () { seen.push(typeof this); }, 42);
console.log(em.emit('x'), em.emit('y'), seen.join(' '));

// Extending built-in prototypes, as libraries of the era did.
String.prototype.capitalize = function () { return this.charAt(0).toUpperCase() + this.slice(1); };
Number.prototype.times = function (fn) { for (var t = 0; t < this; t++) fn(t); };
Array.prototype.last = function () { return this[this.length - 1]; };
var out = [];
(3).times(function (t) { out.push('word' + t); });
console.log(out.map(function (w) { return w.capitalize(); }).join(' '), out.last());
// The enumerable prototype additions show up in for...in over arrays and strings, as in old code.
var keys = [];
for (var k in ['a']) keys.push(k);
for (k in 'z') keys.push(k);
console.log(keys.join(','));
// Hot: many shapes described in a loop.
var total = 0;
for (i = 0; i < 3000; i++) total += shapes[i % shapes.length].area();
console.log(total.toFixed(3), Shape.count);
