// freeze / seal / preventExtensions on objects, arrays and functions.
const f = Object.freeze({ a: 1, nested: { b: 2 }, get g() { return 'getter'; } });
f.a = 99;
f.added = 1;
delete f.a;
f.nested.b = 3;
console.log(f, Object.isFrozen(f), Object.isSealed(f), Object.isExtensible(f), f.g);
console.log(Object.getOwnPropertyDescriptor(f, 'a'), Object.getOwnPropertyDescriptor(f, 'g').configurable);
function strictly(fn) {
  'use strict';
  try { fn(); return 'ok'; } catch (e) { return e.name + ': ' + e.message; }
}
console.log(strictly(() => { 'use strict'; f.a = 2; }));
console.log(strictly(() => { 'use strict'; f.added = 2; }));
console.log(strictly(() => { 'use strict'; delete f.a; }));
console.log(strictly(() => { 'use strict'; f['a'] = 2; }));
console.log(strictly(() => Object.defineProperty(f, 'z', { value: 1 })));

const s = Object.seal({ x: 1, y: 2 });
s.x = 10;
s.z = 3;
console.log(delete s.y, s, Object.isSealed(s), Object.isFrozen(s), Object.isExtensible(s));
console.log(strictly(() => { 'use strict'; s.z = 3; }), strictly(() => { 'use strict'; delete s.x; }));

const p = Object.preventExtensions({ k: 1 });
p.k = 2;
p.n = 1;
console.log(delete p.k, p, Object.isExtensible(p), Object.isSealed(p), Object.isFrozen(p));
// An empty non-extensible object is frozen and sealed.
const empty = Object.preventExtensions({});
console.log(Object.isFrozen(empty), Object.isSealed(empty));
// Primitives.
console.log(Object.freeze(5), Object.isFrozen('str'), Object.isSealed(1), Object.isExtensible(true));

// Arrays.
const arr = Object.freeze([1, 2, 3]);
arr[0] = 100;
arr[5] = 6;
console.log(arr, arr.length, Object.isFrozen(arr));
for (const op of [() => arr.push(4), () => { 'use strict'; arr[0] = 1; }, () => { 'use strict'; arr.length = 0; }, () => arr.pop()]) {
  console.log(strictly(op));
}
const sa = Object.seal([1, 2]);
sa[0] = 'changed';
console.log(delete sa[1], sa, strictly(() => sa.push(3)), Object.isSealed(sa), Object.isFrozen(sa));
const pa = Object.preventExtensions([1, 2]);
pa[1] = 'ok';
pa[2] = 'no';
console.log(delete pa[0], pa, Object.isExtensible(pa));

// Deep freeze, the usual way.
function deepFreeze(obj) {
  Object.getOwnPropertyNames(obj).forEach((name) => {
    const value = obj[name];
    if (value && typeof value === 'object') deepFreeze(value);
  });
  return Object.freeze(obj);
}
const config = deepFreeze({
  server: { host: 'localhost', ports: [80, 443], tls: { enabled: true } },
  retries: 3,
});
config.server.host = 'evil';
config.server.ports.push = null;
config.server.tls.enabled = false;
console.log(JSON.stringify(config), Object.isFrozen(config.server.tls), Object.isFrozen(config.server.ports));
console.log(strictly(() => { 'use strict'; config.server.ports[0] = 1; }));

// Hot reads of a frozen object (dictionary mode) in a loop.
const table = Object.freeze({ a: 1, b: 2, c: 3 });
let total = 0;
for (let i = 0; i < 3000; i++) total += table.a + table.b * table.c;
console.log(total);
// Hot writes attempted on a frozen object (sloppy) in a loop.
for (let i = 0; i < 100; i++) table.a = i;
console.log(table.a);
// Functions.
function fn() {}
Object.freeze(fn);
fn.x = 1;
console.log(fn.x, Object.isFrozen(fn));
