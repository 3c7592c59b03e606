'use strict';
// Port of yjit-bench `structaset`: a free function writes a member of a
// Struct-like object ten times per loop trip, one million trips.
const { run } = require('./harness');

class TheStruct {
  constructor(v0, v1, v2, levar) {
    this.v0 = v0;
    this.v1 = v1;
    this.v2 = v2;
    this.levar = levar;
  }
}

function setValueLoop(obj, n) {
  let i = 0;
  while (i < n) {
    obj.levar = i;
    obj.levar = i;
    obj.levar = i;
    obj.levar = i;
    obj.levar = i;
    obj.levar = i;
    obj.levar = i;
    obj.levar = i;
    obj.levar = i;
    obj.levar = i;
    i += 1;
  }
}

run({
  name: 'structaset',
  config: { n: 1000000 },
  small: { n: 1000 },
  setup: function (cfg) {
    return { n: cfg.n, obj: new TheStruct(1, 2, 3, 1) };
  },
  benchmark: function (st) {
    st.obj.levar = -1;
    setValueLoop(st.obj, st.n);
    return st.obj.levar;
  },
  check: function (result, st) {
    return result === st.n - 1 && st.obj.v2 === 3;
  },
});
