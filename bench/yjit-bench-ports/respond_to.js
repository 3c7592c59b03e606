'use strict';
// Port of yjit-bench `respond_to`: ask three objects (a base class and two
// subclasses) whether they have two defined and two missing methods,
// 12 questions per trip, 500k trips per iteration. Ruby's `respond_to?`
// becomes a helper that checks `typeof obj[name] === 'function'`.
const { run } = require('./harness');

class A {
  foo() {}
  foo2() {}
}
class B extends A {}
class C extends A {}

function respondTo(obj, name) {
  return typeof obj[name] === 'function';
}

run({
  name: 'respond_to',
  config: { n: 500000 },
  small: { n: 500 },
  benchmark: function (cfg) {
    const a = new A();
    const b = new B();
    const c = new C();
    let yes = 0;
    let i = 0;
    while (i < cfg.n) {
      if (respondTo(a, 'foo')) yes++;
      if (respondTo(a, 'foo2')) yes++;
      if (respondTo(a, 'bar')) yes++;
      if (respondTo(a, 'bar2')) yes++;
      if (respondTo(b, 'foo')) yes++;
      if (respondTo(b, 'foo2')) yes++;
      if (respondTo(b, 'bar')) yes++;
      if (respondTo(b, 'bar2')) yes++;
      if (respondTo(c, 'foo')) yes++;
      if (respondTo(c, 'foo2')) yes++;
      if (respondTo(c, 'bar')) yes++;
      if (respondTo(c, 'bar2')) yes++;
      i += 1;
    }
    return yes;
  },
  check: function (result, cfg) {
    return result === 6 * cfg.n;
  },
});
