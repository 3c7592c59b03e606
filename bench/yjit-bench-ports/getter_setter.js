'use strict';
// Micro-benchmark (not a yjit-bench port): attr_accessor with real JS
// accessors. Each trip reads a class getter 5 times and writes a class
// setter 5 times, so both the getter-call and setter-call paths are hot.
const { run } = require('./harness');

class Counter {
  constructor() {
    this._value = 0;
  }

  get value() {
    return this._value;
  }

  set value(v) {
    this._value = v;
  }

  loop(n) {
    let sum = 0;
    let i = 0;
    while (i < n) {
      sum += this.value;
      this.value = i;
      sum += this.value;
      this.value = i + 1;
      sum += this.value;
      this.value = i;
      sum += this.value;
      this.value = i + 1;
      sum += this.value;
      this.value = i;
      i += 1;
    }
    return sum;
  }
}

run({
  name: 'getter_setter',
  config: { n: 500000 },
  small: { n: 1000 },
  setup: function (cfg) {
    return { n: cfg.n, obj: new Counter() };
  },
  benchmark: function (st) {
    st.obj.value = 0;
    return st.obj.loop(st.n);
  },
  check: function (result, st) {
    // Reads see 0, i, i + 1, i, i + 1 within trip i (after trip 0's first read of 0, each trip starts reading i - 1).
    let want = 0;
    for (let i = 0; i < st.n; i++) want += (i === 0 ? 0 : i - 1) + i + (i + 1) + i + (i + 1);
    return result === want || `got ${result}, want ${want}`;
  },
});
