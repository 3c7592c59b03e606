'use strict';
// Port of yjit-bench `getivar-module`: like getivar, but the instance
// variables belong to a class object and to a module. The class becomes
// static fields read by a static method; the module becomes a plain object
// literal with a method. Each does 1M trips of ten reads per iteration.
const { run } = require('./harness');

class TheClass {
  static v0 = 1;
  static v1 = 2;
  static v2 = 3;
  static levar = 1;

  static getValueLoop(n) {
    let sum = 0;
    let i = 0;
    while (i < n) {
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

const TheModule = {
  v0: 1,
  v1: 2,
  v2: 3,
  levar: 1,
  getValueLoop(n) {
    let sum = 0;
    let i = 0;
    while (i < n) {
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
  },
};

run({
  name: 'getivar-module',
  config: { n: 1000000 },
  small: { n: 1000 },
  benchmark: function (cfg) {
    return TheClass.getValueLoop(cfg.n) + TheModule.getValueLoop(cfg.n);
  },
  check: function (result, cfg) {
    return result === 20 * cfg.n;
  },
});
