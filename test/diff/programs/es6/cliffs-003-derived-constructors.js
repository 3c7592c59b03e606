// Derived classes, field initialisers, default derived constructors, super
// method calls, instanceof, holes in array literals, and the TDZ errors of
// `this` before super() and of a second super(), in a hot loop.
class A { constructor(x) { this.x = x; } sum() { return this.x; } }
class B extends A { constructor(x) { super(x); this.y = 1; } sum() { return super.sum() + this.y; } }
class C extends B { z = 3; w = [1, , 3]; }
class D extends C {}
let s = 0;
for (let i = 0; i < 200; i++) { const c = i % 2 ? new C(i) : new D(i); s += c.sum() + c.z + c.w.length + (c instanceof B ? 1 : 0); }
console.log(s);
class E extends A { constructor() { try { this.q = 1; } catch (e) { console.log(e.constructor.name, e.message); } super(5); try { super(6); } catch (e) { console.log(e.constructor.name, e.message); } } }
for (let i = 0; i < 3; i++) console.log(new E().x);
