'use strict';
// Port of yjit-bench `getivar`: an instance method reads the same instance
// field ten times per loop trip, one million trips per iteration.
const { run } = require('./harness');

class TheClass {
  constructor() {
    this.v0 = 1;
    this.v1 = 2;
    this.v2 = 3;
    this.levar = 1;
  }

  getValueLoop(n) {
    let sum = 0;
    let i = 0;
    while (i < n) {
      // ten reads per trip so that the loop overhead matters less
      sum += this.levar;
      sum += this.levar;
      sum += this.levar;
      sum += this.levar;
      sum += this.levar;
      sum += this.levar;
      sum += this.levar;
      sum += this.levar;
      sum += this.levar;
      sum += this.levar;
      i += 1;
    }
    return sum;
  }
}

run({
  name: 'getivar',
  config: { n: 1000000 },
  small: { n: 1000 },
  setup: function (cfg) {
    return { n: cfg.n, obj: new TheClass() };
  },
  benchmark: function (st) {
    return st.obj.getValueLoop(st.n);
  },
  check: function (result, st) {
    return result === 10 * st.n;
  },
});
