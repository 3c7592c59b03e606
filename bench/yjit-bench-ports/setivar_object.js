'use strict';
// Port of yjit-bench `setivar_object`: like setivar, but the value stored is
// an object reference (in Ruby this exercises the GC write barrier).
const { run } = require('./harness');

class TheClass {
  constructor() {
    this.v0 = 1;
    this.v1 = 2;
    this.v3 = 3;
    this.levar = 1;
  }

  setValueLoop(obj, n) {
    let i = 0;
    while (i < n) {
      this.levar = obj;
      this.levar = obj;
      this.levar = obj;
      this.levar = obj;
      this.levar = obj;
      this.levar = obj;
      this.levar = obj;
      this.levar = obj;
      this.levar = obj;
      this.levar = obj;
      i += 1;
    }
  }
}

run({
  name: 'setivar_object',
  config: { n: 1000000 },
  small: { n: 1000 },
  setup: function (cfg) {
    return { n: cfg.n, obj: new TheClass() };
  },
  benchmark: function (st) {
    st.obj.levar = 1;
    st.obj.setValueLoop(st.obj, st.n);
    return st.obj.levar;
  },
  check: function (result, st) {
    return result === st.obj;
  },
});
