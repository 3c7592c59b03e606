'use strict';
// Port of yjit-bench `object-new`: allocate one million empty objects per
// iteration and drop them. Ruby's `Object.new` becomes `new` of an empty
// class.
const { run } = require('./harness');

class Plain {}

run({
  name: 'object-new',
  config: { n: 1000000 },
  small: { n: 1000 },
  benchmark: function (cfg) {
    let last = null;
    let i = 0;
    while (i < cfg.n) {
      last = new Plain();
      i += 1;
    }
    return last;
  },
  check: function (result) {
    return result instanceof Plain;
  },
});
