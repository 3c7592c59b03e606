// Getters and setters in object literals: edge cases.
const log = [];
const o = {
  _v: 1,
  get v() { log.push('get'); return this._v; },
  set v(x) { log.push('set ' + x); this._v = x; },
  get onlyGet() { return 'g'; },
  set onlySet(x) { this._s = x; },
  'quoted key': 5,
  get 'str key'() { return 'sk'; },
  get 42() { return 'forty-two'; },
};
console.log(o.v, o.onlyGet, o.onlySet, o['str key'], o[42]);
o.v = 7;
o.onlyGet = 'ignored';
o.onlySet = 'stored';
console.log(o.v, o.onlyGet, o._s, log);
console.log(o);
console.log(Object.keys(o));
console.log(JSON.stringify(o));

// Computed accessor names.
const k = 'dyn';
const c = { get [k + 'amic']() { return 1; }, set [k + 'amic'](x) { this.got = x; } };
c.dynamic = 9;
console.log(c.dynamic, c.got, c);

// A getter and a data property of the same name: the last definition wins.
const a = { x: 1, get x() { return 2; } };
const b = { get x() { return 2; }, x: 3 };
console.log(a.x, b.x, a, b);

// Getter and setter defined apart still form one accessor.
const p = { get z() { return this._z * 2; }, w: 0, set z(v) { this._z = v; } };
p.z = 21;
console.log(p.z, p);

// `this` in an inherited getter is the receiver.
function Base() {}
Base.prototype = { get who() { return this.name; }, set who(v) { this.name = v.toUpperCase(); } };
const inst = new Base();
inst.who = 'ann';
console.log(inst.who, Object.keys(inst), inst.hasOwnProperty('who'));

// Getters on primitives' prototypes see the primitive.
const before = String.prototype.twice;
console.log(before);

// A getter that throws.
const t = { get boom() { throw new TypeError('no ' + 'boom'); } };
try { t.boom; } catch (e) { console.log(e.name, e.message); }

// Setter returning a value does not change the assignment's value.
const r = { set q(v) { return 99; } };
console.log((r.q = 5), r.q);

// Accessors with keyed access.
const names = ['v', 'onlyGet', 'str key'];
for (const n of names) console.log(n, o[n]);
o['v'] = 3;
console.log(o._v);
