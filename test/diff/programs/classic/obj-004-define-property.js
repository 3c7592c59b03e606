// Object.defineProperty / getOwnPropertyDescriptor and the attribute rules.
const o = {};
Object.defineProperty(o, 'hidden', { value: 1 });
Object.defineProperty(o, 'shown', { value: 2, enumerable: true, writable: true, configurable: true });
console.log(o, Object.keys(o), o.hidden, JSON.stringify(o));
console.log(Object.getOwnPropertyDescriptor(o, 'hidden'));
console.log(Object.getOwnPropertyDescriptor(o, 'shown'));
console.log(Object.getOwnPropertyDescriptor(o, 'nope'));
// Non-writable: sloppy writes are ignored.
o.hidden = 5;
console.log(o.hidden);
// Strict writes throw.
function strictWrite(obj, k, v) {
  'use strict';
  try { obj[k] = v; return 'ok'; } catch (e) { return e.name + ': ' + e.message; }
}
function strictWriteDot(obj, v) {
  'use strict';
  try { obj.hidden = v; return 'ok'; } catch (e) { return e.name + ': ' + e.message; }
}
console.log(strictWrite(o, 'hidden', 9), strictWriteDot(o, 9), strictWrite(o, 'shown', 9), o.shown);
// Redefinition rules.
const tries = [
  () => Object.defineProperty(o, 'hidden', { value: 2 }),
  () => Object.defineProperty(o, 'hidden', { value: 1 }),
  () => Object.defineProperty(o, 'hidden', { enumerable: true }),
  () => Object.defineProperty(o, 'hidden', { configurable: true }),
  () => Object.defineProperty(o, 'hidden', { writable: true }),
  () => Object.defineProperty(o, 'hidden', { get() { return 1; } }),
  () => Object.defineProperty(o, 'shown', { get() { return 'now a getter'; } }),
  () => Object.defineProperty(o, 'x', { get: 5 }),
  () => Object.defineProperty(o, 'x', { set: 'no' }),
  () => Object.defineProperty(o, 'x', { get() {}, value: 1 }),
  () => Object.defineProperty(o, 'x', 5),
  () => Object.defineProperty(5, 'x', {}),
];
for (const t of tries) {
  try { t(); console.log('defined', o.shown); } catch (e) { console.log(e.name + ': ' + e.message); }
}
console.log(Object.getOwnPropertyDescriptor(o, 'shown'));
// Accessors through defineProperty.
const acc = { _n: 0 };
Object.defineProperty(acc, 'n', {
  get() { return this._n; },
  set(v) { this._n = Math.max(0, v); },
  enumerable: true,
  configurable: true,
});
acc.n = -4;
acc.n += 7;
console.log(acc.n, acc, Object.keys(acc));
const d = Object.getOwnPropertyDescriptor(acc, 'n');
console.log(typeof d.get, typeof d.set, d.enumerable, d.configurable, Object.keys(d));
// Switch an accessor back to data.
Object.defineProperty(acc, 'n', { value: 'data now' });
console.log(Object.getOwnPropertyDescriptor(acc, 'n'), acc.n);
// Writable false but configurable: redefinable.
const c = {};
Object.defineProperty(c, 'v', { value: 1, configurable: true });
Object.defineProperty(c, 'v', { value: 2 });
console.log(c.v, Object.getOwnPropertyDescriptor(c, 'v'));
// defineProperties and getOwnPropertyDescriptors.
const multi = Object.defineProperties({}, {
  a: { value: 'A', enumerable: true },
  b: { get() { return 'B'; }, enumerable: false },
  c: { value: 'C', writable: true },
});
console.log(multi, multi.b, Object.getOwnPropertyNames(multi));
console.log(Object.getOwnPropertyDescriptors(multi));
// Numeric keys and order.
const nums = {};
Object.defineProperty(nums, '2', { value: 'two', enumerable: true });
Object.defineProperty(nums, 'z', { value: 'zed', enumerable: true });
Object.defineProperty(nums, '1', { value: 'one', enumerable: true });
console.log(Object.keys(nums), Object.getOwnPropertyNames(nums));
// Descriptors of built-ins.
console.log(Object.getOwnPropertyDescriptor(Math, 'PI'));
console.log(Object.getOwnPropertyDescriptor([1, 2], 'length'), Object.getOwnPropertyDescriptor([1, 2], 0));
console.log(Object.getOwnPropertyDescriptor('hey', 1), Object.getOwnPropertyDescriptor('hey', 'length'));
console.log(Object.keys(Object.getOwnPropertyDescriptor(Array.prototype, 'push')));
console.log(Object.getOwnPropertyDescriptor(Array.prototype, 'push').enumerable);
console.log(Object.getOwnPropertyNames(Object.prototype).includes('hasOwnProperty'), Object.keys(Object.prototype));
// propertyIsEnumerable and friends.
console.log(multi.propertyIsEnumerable('a'), multi.propertyIsEnumerable('b'), [1].propertyIsEnumerable(0), [1].propertyIsEnumerable('length'));
// Hot loop over a readonly property in sloppy code.
const frozenish = {};
Object.defineProperty(frozenish, 'k', { value: 10, enumerable: true });
let sum = 0;
for (let i = 0; i < 2000; i++) {
  frozenish.k = i;
  sum += frozenish.k;
}
console.log(sum);
