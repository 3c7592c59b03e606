// animal hierarchy with overriding and super calls
class Animal {
  static count = 0;
  constructor(name, legs) {
    this.name = name;
    this.legs = legs;
    Animal.count++;
  }
  sound() { return '...'; }
  speak() { return this.name + ' says ' + this.sound(); }
  move() { return this.name + ' walks on ' + this.legs + ' legs'; }
  toString() { return this.constructor.kind + '(' + this.name + ')'; }
  static kind = 'Animal';
}
class Dog extends Animal {
  static kind = 'Dog';
  constructor(name) { super(name, 4); this.tricks = []; }
  sound() { return 'woof'; }
  learn(t) { this.tricks.push(t); return this; }
}
class Bird extends Animal {
  static kind = 'Bird';
  constructor(name, canFly) { super(name, 2); this.canFly = canFly; }
  sound() { return 'tweet'; }
  move() { return this.canFly ? this.name + ' flies' : super.move(); }
}
class Penguin extends Bird {
  static kind = 'Penguin';
  constructor(name) { super(name, false); }
  sound() { return 'squawk'; }
  move() { return super.move() + ' and swims'; }
}
class Fish extends Animal {
  static kind = 'Fish';
  constructor(name) { super(name, 0); }
  move() { return this.name + ' swims'; }
}
module.exports = { Animal, Dog, Bird, Penguin, Fish };
