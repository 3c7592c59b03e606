let order = [];
const k = (name) => (order.push(name), name);
class C {
  [k('a')] = 1;
  static [k('s')] = 'static';
  [k('m')]() { return 'method' }
  [k('b')] = this.a + 1;
  static { order.push('block1:' + this.s); this.fromBlock = C.name; }
  static t = 5;
  static { var hidden = 3; let z = () => hidden + this.t; this.sum = z(); }
  plain = 'p';
}
console.log(order, new C(), C.s, C.fromBlock, C.sum, new C().m(), typeof hidden);
const syms = ['x', 'y'];
class D { [syms[0]] = 1; [syms[1]] = 2; static [`k${1 + 1}`] = 'k2' }
const d1 = new D(), d2 = new D(); console.log(d1, d2, D.k2, Object.keys(d1));
class E extends D { [syms[0] + '!'] = 'e' } console.log(new E());
class F { m() { return 1 } } class G extends F { del() { try { delete super.m } catch (e) { return e.constructor.name + ': ' + e.message } } } console.log(new G().del());
class Counter { static count = 0; static { for (let i = 0; i < 3; i++) this.count += i } } console.log(Counter.count);
let made = 0; for (let i = 0; i < 2000; i++) { class H { [`f${i % 3}`] = i; static { made++ } } if (i === 1999) console.log(new H()) } console.log(made);
