'use strict';
// Port of yjit-bench `send_bmethod`: call two methods whose bodies are
// blocks (Ruby's define_method), one with no argument and one returning its
// argument, nine times each per trip, 500k trips per iteration. Here the
// "methods" are closures created at run time and stored on the receiver.
const { run } = require('./harness');

function defineMethods(self) {
  const sym = 'b';
  self.zero = function () {
    return sym;
  };
  self.one = function (arg) {
    return arg;
  };
  return self;
}

run({
  name: 'send_bmethod',
  config: { n: 500000 },
  small: { n: 500 },
  setup: function (cfg) {
    return { n: cfg.n, self: defineMethods({}) };
  },
  benchmark: function (st) {
    const self = st.self;
    let sum = 0;
    let i = 0;
    while (i < st.n) {
      self.zero();
      sum += self.one(123);
      self.zero();
      sum += self.one(123);
      self.zero();
      sum += self.one(123);
      self.zero();
      sum += self.one(123);
      self.zero();
      sum += self.one(123);
      self.zero();
      sum += self.one(123);
      self.zero();
      sum += self.one(123);
      self.zero();
      sum += self.one(123);
      if (self.zero() === 'b') sum += self.one(123);
      i += 1;
    }
    return sum;
  },
  check: function (sum, st) {
    return sum === 9 * 123 * st.n;
  },
});
