// methods and properties named with reserved words / contextual keywords
class Query {
  constructor() { this.parts = []; }
  with(x) { this.parts.push('with ' + x); return this; }
  of(x) { this.parts.push('of ' + x); return this; }
  get(x) { this.parts.push('get ' + x); return this; }
  set(x) { this.parts.push('set ' + x); return this; }
  function(x) { this.parts.push('function ' + x); return this; }
  null() { this.parts.push('null'); return this; }
  delete(x) { this.parts.push('delete ' + x); return this; }
  new(x) { this.parts.push('new ' + x); return this; }
  if(c) { this.parts.push('if ' + c); return this; }
  return() { return this.parts.join('; '); }
  static class() { return 'static class method'; }
  static static() { return 'static static method'; }
  typeof() { return 'typeof method'; }
  in() { return 'in method'; }
  async() { return 'async method'; }
  let() { return 'let method'; }
  yield() { return 'yield method'; }
  constructorLike() { return 'not the constructor'; }
}
const q = new Query();
console.log(q.with('a').of('b').get('c').set('d').function('e').null().delete('f').new('g').if(true).return());
console.log(Query.class(), Query.static(), q.typeof(), q.in(), q.async(), q.let(), q.yield(), q.constructorLike());
console.log(q['with'] === Query.prototype.with, typeof q.get, typeof q.set);
// the same names as object literal methods and properties
const o = {
  get(k) { return 'got ' + k; },
  set: function (k) { return 'set ' + k; },
  of: 1, with: 2, new: 3, delete: 4, in: 5, instanceof: 6, this: 7, super: 8, void: 9, enum: 10
};
console.log(o.get('x'), o.set('y'), o.of, o.with, o.new, o.delete, o.in, o.instanceof, o.this, o.super, o.void, o.enum);
console.log(o);
// static fields with reserved names
class Flags {
  static if = 'IF';
  static for = 'FOR';
  static get = 'GET-as-field';
  default = 'instance default';
  static = 'instance field named static';
}
console.log(Flags.if, Flags.for, Flags.get, new Flags().default, new Flags().static);
console.log(new Flags());
// a method named get/set with parameters (not accessors)
class Store {
  constructor() { this.data = {}; }
  get(key) { return this.data[key]; }
  set(key, value) { this.data[key] = value; return this; }
  has(key) { return this.data[key] !== undefined; }
}
const st = new Store().set('a', 1).set('b', 2);
console.log(st.get('a'), st.get('b'), st.get('c'), st.has('a'), st.has('z'), st);
