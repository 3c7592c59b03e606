// prototype chains via Child.prototype = new Parent()
function Animal(name) {
  this.name = name;
}
Animal.prototype.speak = function () { return this.name + ' makes a sound'; };
Animal.prototype.kind = 'animal';
Animal.prototype.describe = function () { return this.name + ' is a ' + this.kind; };

function Dog(name) {
  this.name = name;
  this.tricks = [];
}
Dog.prototype = new Animal('proto-dog');
Dog.prototype.kind = 'dog';
Dog.prototype.speak = function () { return this.name + ' barks'; };
Dog.prototype.learn = function (t) { this.tricks.push(t); return this; };

function Puppy(name) {
  this.name = name;
  this.tricks = [];
}
Puppy.prototype = new Dog('proto-puppy');
Puppy.prototype.speak = function () { return this.name + ' yips'; };

var a = new Animal('generic');
var d = new Dog('rex');
var p = new Puppy('bit');
console.log(a.speak(), '|', d.speak(), '|', p.speak());
console.log(a.describe(), '|', d.describe(), '|', p.describe());
console.log(p.kind, d.kind, a.kind);
console.log(d.learn('sit').learn('roll').tricks, p.learn('nap').tricks);

console.log(a instanceof Animal, a instanceof Dog, a instanceof Puppy);
console.log(d instanceof Animal, d instanceof Dog, d instanceof Puppy);
console.log(p instanceof Animal, p instanceof Dog, p instanceof Puppy);
console.log(p instanceof Object, [] instanceof Object, {} instanceof Object);
console.log((function () {}) instanceof Object, [] instanceof Array, ({}) instanceof Array);
console.log(new Error('x') instanceof Error, new TypeError('x') instanceof Error, new Error('x') instanceof TypeError);

// shadowing along the chain
Animal.prototype.legs = 4;
console.log(p.legs, d.legs);
Dog.prototype.legs = 3;
console.log(p.legs, d.legs, a.legs);
p.legs = 2;
console.log(p.legs, d.legs, a.legs);

// calling parent method explicitly
Puppy.prototype.speakBoth = function () {
  this.parentSpeak = Dog.prototype.speak;
  return this.parentSpeak() + ' / ' + this.speak() + ' / ' + this.describe();
};
console.log(p.speakBoth());
console.log(a, d);
console.log(p);
console.log(d.constructor === Animal, p.constructor === Animal);

// instanceof with prototype swapped after creation
function Shape() {}
var s1 = new Shape();
Shape.prototype = { changed: true };
var s2 = new Shape();
console.log(s1 instanceof Shape, s2 instanceof Shape, s2.changed, s1.changed);

// chain of 4 levels
function L1() {} L1.prototype.a = 1;
function L2() {} L2.prototype = new L1(); L2.prototype.b = 2;
function L3() {} L3.prototype = new L2(); L3.prototype.c = 3;
function L4() {} L4.prototype = new L3(); L4.prototype.d = 4;
var deep = new L4();
console.log(deep.a, deep.b, deep.c, deep.d, deep instanceof L1, deep instanceof L4);
console.log(deep.a + deep.b + deep.c + deep.d);
