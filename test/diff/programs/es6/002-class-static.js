// static methods and static fields; initialization order
const order = [];
function note(s) { order.push(s); return s; }
class Config {
  static defaults = { color: 'red', size: 3 };
  static count = 0;
  static label = note('label initialized');
  static create(size) {
    Config.count++;
    const c = new Config();
    c.size = size;
    return c;
  }
  static describe() { return 'Config with ' + this.count + ' instances'; }
}
console.log(Config.defaults, Config.count, Config.label);
Config.create(1); Config.create(2);
console.log(Config.count, Config.describe());
console.log(Config.create(7));
console.log(typeof Config.create, typeof new Config().create);
// static fields see the class name already bound
class Foo {
  static A = note('A');
  static instance = new Foo('static-made');
  static B = note('B:' + (Foo.instance ? Foo.instance.tag : 'none'));
  static C = Foo.A + '+C';
  constructor(tag) { this.tag = tag; note('ctor ' + tag); }
}
console.log(order);
console.log(Foo.instance, Foo.instance instanceof Foo, Foo.C);
console.log(Foo);
// static this refers to the class
class Registry {
  static items = [];
  static add(x) { this.items.push(x); return this; }
  static size() { return this.items.length; }
}
Registry.add('a').add('b').add('c');
console.log(Registry.size(), Registry.items);
// static methods are inherited
class Base {
  static make() { return new this(); }
  static kind() { return 'base'; }
  who() { return 'Base instance'; }
}
class Derived extends Base {
  static kind() { return 'derived+' + super.kind(); }
  who() { return 'Derived instance'; }
}
console.log(Base.make().who(), Derived.make().who(), Derived.make() instanceof Derived);
console.log(Base.kind(), Derived.kind());
// static fields on derived classes are separate
class SA { static v = 1; }
class SB extends SA { static v = 2; }
class SC extends SA {}
console.log(SA.v, SB.v, SC.v);
SC.v = 99;
console.log(SA.v, SC.v);
// static counter with instance ids
class Ticket {
  static next = 100;
  constructor() { this.id = Ticket.next++; }
}
console.log([new Ticket(), new Ticket(), new Ticket()].map(t => t.id), Ticket.next);
console.log(Ticket);
