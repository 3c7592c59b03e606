// Error stacks as V8 writes them: frame names (Class.method, new Foo,
// Object.<anonymous>, [as alias]), call columns, subclass names set after
// super(), Error.captureStackTrace and Error.stackTraceLimit. Node's own
// frames (node:internal) are dropped, and the directory is replaced, so
// the text compares across engines.
'use strict';
const clean = (s) =>
  String(s)
    .split('\n')
    .filter((l) => !l.includes('node:'))
    .join('\n')
    .split(__dirname)
    .join('.');

class Base {
  constructor() {
    this.s = new Error('in base').stack;
  }
}
class Derived extends Base {
  constructor() {
    super();
  }
}
console.log(clean(new Derived().s));

const obj = {
  get g() {
    return new Error('getter').stack;
  },
  run() {
    return [1, 2].map((x) => new Error('map' + x).stack)[1];
  },
  alias: null,
};
obj.alias = function named() {
  return new Error('alias').stack;
};
console.log(clean(obj.g));
console.log(clean(obj.run()));
console.log(clean(obj.alias()));

class Point {
  static make() {
    return new Error('static').stack;
  }
  where() {
    return new Error('where').stack;
  }
}
console.log(clean(Point.make()));
console.log(clean(new Point().where()));

function Legacy() {
  this.stack = new Error('legacy').stack;
}
Legacy.prototype.m = function () {
  return new Error('proto m').stack;
};
console.log(clean(new Legacy().stack));
console.log(clean(new Legacy().m()));
console.log(clean((function () { return new Error('iife').stack; })()));

class ValidationError extends Error {
  constructor(field, message) {
    super(message);
    this.name = 'ValidationError';
    this.field = field;
  }
}
function validate(user) {
  if (!user.email) throw new ValidationError('email', 'email is required');
  return true;
}
try {
  validate({ name: 'x' });
} catch (e) {
  console.log(clean(e.stack));
  console.log(Object.getOwnPropertyNames(e), e instanceof ValidationError, String(e));
}

function HttpError(status, msg) {
  this.status = status;
  this.message = msg;
  this.name = 'HttpError';
  Error.captureStackTrace(this, HttpError);
}
function fetchThing() {
  return new HttpError(404, 'not found');
}
console.log(clean(fetchThing().stack));
const plain = {};
Error.captureStackTrace(plain);
console.log(clean(plain.stack));

function d1() { return d2(); }
function d2() { return new Error('limited').stack; }
Error.stackTraceLimit = 1;
console.log(clean(d1()));
Error.stackTraceLimit = 0;
console.log(JSON.stringify(new Error('zero').stack));
Error.stackTraceLimit = 'many';
console.log(new Error('no limit').stack, 'stack' in new Error('q'));
Error.stackTraceLimit = 10;
const e5 = new Error('set');
e5.stack = 'custom';
console.log(e5.stack);
const e6 = new RangeError('r');
e6.message = 'changed before the first read';
console.log(clean(e6.stack));

// Thrown from hot code: the same frames whichever tier runs it.
class Shape {
  constructor(w) { this.w = w; }
  area(i) {
    if (i % 97 === 96) return this.w.missing.x;
    return this.w.n * 2;
  }
}
function measure(i) {
  const s = new Shape({ n: i });
  return s.area(i);
}
let total = 0;
for (let i = 0; i < 300; i++) {
  try {
    total += measure(i);
  } catch (e) {
    console.log(i, clean(e.stack));
  }
}
console.log(total);
