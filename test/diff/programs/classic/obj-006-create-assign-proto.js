// Object.create, assign, setPrototypeOf, fromEntries, isPrototypeOf, toLocaleString.
const animal = { speak() { return `${this.name} makes a sound`; }, legs: 4 };
const dog = Object.create(animal);
dog.name = 'Rex';
console.log(dog.speak(), dog.legs, Object.keys(dog), Object.getPrototypeOf(dog) === animal, animal.isPrototypeOf(dog));
console.log(Object.prototype.isPrototypeOf(dog), dog.isPrototypeOf(animal), Object.prototype.isPrototypeOf(5));
// A null prototype.
const bare = Object.create(null);
bare.x = 1;
console.log(bare, Object.getPrototypeOf(bare), typeof bare.toString, Object.keys(bare));
// Descriptor map.
const point = Object.create({ kind: 'point' }, {
  x: { value: 1, enumerable: true },
  y: { value: 2, enumerable: true, writable: true },
  len: { get() { return Math.hypot(this.x, this.y); } },
});
point.x = 100;
point.y = 5;
console.log(point, point.kind, point.len.toFixed(3), Object.getOwnPropertyNames(point));
for (const bad of [5, 'str', undefined]) {
  try { Object.create(bad); } catch (e) { console.log(e.name + ': ' + e.message); }
}
// assign: own enumerable, getters run, setters on the target run.
const src = { a: 1, get b() { return 'from getter'; } };
Object.defineProperty(src, 'hidden', { value: 'h', enumerable: false });
const target = { set a(v) { this._a = v * 2; } };
const res = Object.assign(target, src, null, undefined, { c: 3 }, 'xy');
console.log(res === target, target, target._a);
console.log(Object.assign({}, { x: 1 }, { x: 2, y: 3 }));
try { Object.assign(Object.freeze({ a: 1 }), { a: 2 }); } catch (e) { console.log(e.name + ': ' + e.message); }
try { Object.assign(null, {}); } catch (e) { console.log(e.name + ': ' + e.message); }
// setPrototypeOf.
const base = { hello() { return 'hi from base'; } };
const obj = { own: 1 };
console.log(Object.setPrototypeOf(obj, base) === obj, obj.hello(), base.isPrototypeOf(obj));
Object.setPrototypeOf(obj, null);
console.log(Object.getPrototypeOf(obj), obj.hello);
try { Object.setPrototypeOf(base, obj); Object.setPrototypeOf(obj, base); } catch (e) { console.log(e.name + ': ' + e.message); }
try { Object.setPrototypeOf({}, 3); } catch (e) { console.log(e.name + ': ' + e.message); }
try { Object.setPrototypeOf(Object.preventExtensions({}), {}); } catch (e) { console.log(e.name + ': ' + e.message); }
console.log(Object.setPrototypeOf(1, null));
// Classes' instances change prototype; methods follow.
class A { who() { return 'A'; } }
class B { who() { return 'B'; } }
const inst = new A();
const seen = [];
for (let i = 0; i < 60; i++) {
  if (i === 30) Object.setPrototypeOf(inst, B.prototype);
  seen.push(inst.who());
}
console.log(seen.slice(28, 32).join(','), inst instanceof B, inst instanceof A);
// fromEntries.
const entries = [['a', 1], ['b', 2], [3, 'three']];
console.log(Object.fromEntries(entries), Object.fromEntries(Object.entries({ x: 1, y: 2 }).map((e) => [e[0].toUpperCase(), e[1] * 10])));
try { Object.fromEntries([1]); } catch (e) { console.log(e.name + ': ' + e.message); }
// toLocaleString.
console.log({}.toLocaleString(), ({ toString() { return 'custom'; } }).toLocaleString());
