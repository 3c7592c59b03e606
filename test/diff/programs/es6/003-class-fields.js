// instance fields: initializers, order relative to constructor, arrow fields
const log = [];
class Widget {
  id = log.push('field id') && 7;
  name = 'widget';
  tags = [];
  computed = this.name + '#' + this.id;
  undef;
  constructor(extra) {
    log.push('ctor sees name=' + this.name);
    this.extra = extra;
  }
}
const w = new Widget('x');
console.log(w, log);
const w2 = new Widget('y');
w2.tags.push('mine');
console.log(w.tags, w2.tags, w.tags === w2.tags);
// fields with arrows capture this
class Button {
  clicks = 0;
  label;
  onClick = () => { this.clicks++; return this.label + ' clicked ' + this.clicks; };
  constructor(label) { this.label = label; }
}
const b = new Button('OK');
const handler = b.onClick;
console.log(handler(), handler(), b.clicks);
console.log(b);
// derived class fields are initialized after super() returns
class Parent {
  kind = 'parent-field';
  constructor() { this.fromParent = 'set in parent: ' + this.kind; }
}
class Child extends Parent {
  kind = 'child-field';
  childOnly = 'child';
  constructor() {
    super();
    this.afterSuper = this.kind;
  }
}
console.log(new Child());
// field shadowing a prototype method
class Shadow {
  greet = () => 'field greet';
  greet2() { return 'method greet2'; }
}
Shadow.prototype.greet = function () { return 'proto greet'; };
const s = new Shadow();
console.log(s.greet(), s.greet2(), Shadow.prototype.greet());
// fields with string and numeric keys
class Keys {
  'quoted key' = 2;
  42 = 'answer';
}
console.log(new Keys());
// field initializer referring to earlier field and a method
class Totals {
  a = 2;
  b = this.a * 10;
  c = this.sum();
  sum() { return (this.a || 0) + (this.b || 0); }
}
console.log(new Totals());
