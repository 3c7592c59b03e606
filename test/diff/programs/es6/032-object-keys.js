// Object.keys order and contents
console.log(Object.keys({}), Object.keys({ a: 1, b: 2 }), Object.keys([4, 5, 6]), Object.keys('abc'));
const o = { z: 1, a: 2, 10: 'ten', 2: 'two', '-1': 'neg', '1.5': 'frac', b: 3, '01': 'zero-one', 4294967294: 'maxidx', 4294967295: 'notidx' };
console.log(Object.keys(o));
o.added = true;
o[3] = 'three';
console.log(Object.keys(o));
console.log(Object.keys([1, , 3]), Object.keys(new Array(3)));
const arr = ['a', 'b'];
arr.extra = 'x';
console.log(Object.keys(arr));
class P {
  field = 1;
  constructor() { this.ctor = 2; }
  method() {}
  static s = 3;
}
console.log(Object.keys(new P()), Object.keys(P));
function F() { this.own = 1; }
F.prototype.inherited = 2;
const f = new F();
console.log(Object.keys(f), f.inherited);
const counts = {};
for (const w of 'the cat the dog the end'.split(' ')) counts[w] = (counts[w] || 0) + 1;
const ks = Object.keys(counts);
console.log(ks, ks.map(k => k + '=' + counts[k]).join(','));
console.log(Object.keys(counts).length, Object.keys({ undefined: undefined, null: null }).length);
const nested = { a: { b: { c: 1 } }, d: [1, 2] };
function walk(obj, prefix) {
  let out = [];
  for (const k of Object.keys(obj)) {
    const v = obj[k];
    if (typeof v === 'object' && v !== null) out = out.concat(walk(v, prefix + k + '.'));
    else out.push(prefix + k + '=' + v);
  }
  return out;
}
console.log(walk(nested, ''));
const sortedKeys = Object.keys({ delta: 1, alpha: 2, charlie: 3, bravo: 4 }).sort();
console.log(sortedKeys);
const m = {};
m['key with spaces'] = 1;
m[''] = 2;
m[Symbolish()] = 3;
function Symbolish() { return 'sym'; }
console.log(Object.keys(m));
