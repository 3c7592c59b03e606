'use strict';
// Port of yjit-bench `setivar`: an instance method writes a small integer to
// the same instance field ten times per loop trip, one million trips.
const { run } = require('./harness');

class TheClass {
  constructor() {
    this.v0 = 1;
    this.v1 = 2;
    this.v3 = 3;
    this.levar = 1;
  }

  setValueLoop(n) {
    let i = 0;
    while (i < n) {
      // ten writes per trip so that the loop overhead matters less
      this.levar = i;
      this.levar = i;
      this.levar = i;
      this.levar = i;
      this.levar = i;
      this.levar = i;
      this.levar = i;
      this.levar = i;
      this.levar = i;
      this.levar = i;
      i += 1;
    }
  }
}

run({
  name: 'setivar',
  config: { n: 1000000 },
  small: { n: 1000 },
  setup: function (cfg) {
    return { n: cfg.n, obj: new TheClass() };
  },
  benchmark: function (st) {
    st.obj.levar = -1;
    st.obj.setValueLoop(st.n);
    return st.obj.levar;
  },
  check: function (result, st) {
    return result === st.n - 1 && st.obj.v0 === 1 && st.obj.v3 === 3;
  },
});
