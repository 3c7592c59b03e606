'use strict';
// Port of yjit-bench `object-new-initialize`: one million allocations per
// iteration of a class whose constructor sets four fields, made through a
// helper function.
const { run } = require('./harness');

class C {
  constructor(a, b, c, d) {
    this.a = a;
    this.b = b;
    this.c = c;
    this.d = d;
  }
}

function test() {
  return new C(1, 2, 3, 4);
}

run({
  name: 'object-new-initialize',
  config: { n: 1000000 },
  small: { n: 1000 },
  benchmark: function (cfg) {
    let last = null;
    let i = 0;
    while (i < cfg.n) {
      last = test();
      i += 1;
    }
    return last;
  },
  check: function (r) {
    return r instanceof C && r.a + r.b + r.c + r.d === 10;
  },
});
