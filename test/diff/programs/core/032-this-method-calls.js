// method calls and this binding
var counter = {
  count: 0,
  inc: function () { this.count++; return this; },
  get: function () { return this.count; }
};
console.log(counter.inc().inc().inc().get());

var person = {
  first: 'Ada',
  last: 'Lovelace',
  full() { return this.first + ' ' + this.last; },
  greet(other) { return 'Hi ' + other.first + ', I am ' + this.full(); }
};
var other = { first: 'Alan', last: 'Turing', full: person.full };
console.log(person.full(), other.full(), person.greet(other), other.full === person.full);

// method borrowed onto another object
function describe() { return this.kind + ':' + this.size; }
var box = { kind: 'box', size: 3, d: describe };
var bag = { kind: 'bag', size: 9, d: describe };
console.log(box.d(), bag.d(), box['d']());

// nested object method this refers to the inner object
var outer = {
  name: 'outer',
  inner: { name: 'inner', who: function () { return this.name; } }
};
console.log(outer.inner.who());

// this in arrows inside methods
var group = {
  label: 'G',
  items: ['a', 'b', 'c'],
  list: function () { return this.items.map(x => this.label + x).join(','); }
};
console.log(group.list());

// method using computed member call
var calc = {
  value: 2,
  double() { this.value *= 2; return this.value; },
  square() { this.value = this.value * this.value; return this.value; }
};
var ops = ['double', 'square', 'double'];
for (const op of ops) console.log(op, calc[op]());

// methods created by factory with own state in this
function makeStack() {
  return {
    items: [],
    push(v) { this.items.push(v); return this.items.length; },
    pop() { return this.items.pop(); },
    peek() { return this.items[this.items.length - 1]; },
    size() { return this.items.length; }
  };
}
var st = makeStack();
st.push(1); st.push(2); st.push(3);
console.log(st.pop(), st.peek(), st.size());

// method chaining builder
var builder = {
  parts: [],
  add(p) { this.parts.push(p); return this; },
  build() { return this.parts.join(' '); }
};
console.log(builder.add('a').add('b').add('c').build());

// method on array element
var handlers = [function () { return this.length; }];
console.log(handlers[0]());

// primitive methods
console.log('abc'.toUpperCase(), (3.14159).toFixed(2), [3, 2, 1].join('|'));
