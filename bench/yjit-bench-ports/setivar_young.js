'use strict';
// Port of yjit-bench `setivar_young`: setivar_object on a freshly allocated
// object every iteration.
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
  name: 'setivar_young',
  config: { n: 1000000 },
  small: { n: 1000 },
  benchmark: function (cfg) {
    const obj = new TheClass();
    obj.setValueLoop(obj, cfg.n);
    return obj;
  },
  check: function (result) {
    return result instanceof TheClass && result.levar === result;
  },
});
