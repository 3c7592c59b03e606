'use strict';
// Port of yjit-bench `structaref`: a free function reads a member of a
// Struct-like object ten times per loop trip, one million trips. Ruby's
// Struct becomes a class whose constructor fills four fields.
const { run } = require('./harness');

class TheStruct {
  constructor(v0, v1, v2, levar) {
    this.v0 = v0;
    this.v1 = v1;
    this.v2 = v2;
    this.levar = levar;
  }
}

function getValueLoop(obj, n) {
  let sum = 0;
  let i = 0;
  while (i < n) {
    sum += obj.levar;
    sum += obj.levar;
    sum += obj.levar;
    sum += obj.levar;
    sum += obj.levar;
    sum += obj.levar;
    sum += obj.levar;
    sum += obj.levar;
    sum += obj.levar;
    sum += obj.levar;
    i += 1;
  }
  return sum;
}

run({
  name: 'structaref',
  config: { n: 1000000 },
  small: { n: 1000 },
  setup: function (cfg) {
    return { n: cfg.n, obj: new TheStruct(1, 2, 3, 1) };
  },
  benchmark: function (st) {
    return getValueLoop(st.obj, st.n);
  },
  check: function (result, st) {
    return result === 10 * st.n;
  },
});
