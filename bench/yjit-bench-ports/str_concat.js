'use strict';
// Port of yjit-bench `str_concat`: append an 8-character string (with two
// non-ASCII characters) 10240 times to an empty string, twice (the original
// builds one UTF-8 and one binary string), a hundred times per iteration.
const { run } = require('./harness');

const TEST_STR = 'sssss\u00e9\u00e9';

function concatSingleTest(n, strToAdd) {
  let s = '';
  let i = 0;
  while (i < n) {
    s += strToAdd;
    i += 1;
  }
  return s;
}

run({
  name: 'str_concat',
  config: { n: 10 * 1024, reps: 100 },
  small: { n: 64, reps: 2 },
  setup: function (cfg) {
    return {
      n: cfg.n,
      reps: cfg.reps,
      expected: new Array(cfg.n).fill(TEST_STR).join(''),
    };
  },
  benchmark: function (st) {
    const out = { one: '', two: '' };
    for (let k = 0; k < st.reps; k++) {
      out.one = concatSingleTest(st.n, TEST_STR);
      out.two = concatSingleTest(st.n, TEST_STR);
    }
    return out;
  },
  check: function (out, st) {
    if (out.one !== st.expected) return 'incorrect output (first string)';
    if (out.two !== st.expected) return 'incorrect output (second string)';
    return true;
  },
});
