'use strict';
// Port of yjit-bench `attr_accessor`: like getivar, but every read goes
// through a reader method (Ruby's attr_accessor). The subset has no JS
// getters, so the accessor pair is written as two tiny methods.
const { run } = require('./harness');

class TheClass {
  constructor() {
    this.v0 = 1;
    this.v1 = 2;
    this.v2 = 3;
    this._levar = 1;
  }

  levar() {
    return this._levar;
  }

  setLevar(v) {
    this._levar = v;
    return v;
  }

  getValueLoop(n) {
    let sum = 0;
    let i = 0;
    while (i < n) {
      sum += this.levar();
      sum += this.levar();
      sum += this.levar();
      sum += this.levar();
      sum += this.levar();
      sum += this.levar();
      sum += this.levar();
      sum += this.levar();
      sum += this.levar();
      sum += this.levar();
      i += 1;
    }
    return sum;
  }
}

run({
  name: 'attr_accessor',
  config: { n: 1000000 },
  small: { n: 1000 },
  setup: function (cfg) {
    const obj = new TheClass();
    obj.setLevar(1);
    return { n: cfg.n, obj: obj };
  },
  benchmark: function (st) {
    return st.obj.getValueLoop(st.n);
  },
  check: function (result, st) {
    return result === 10 * st.n;
  },
});
