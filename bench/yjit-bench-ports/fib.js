'use strict';
// Port of yjit-bench `fib`: naive doubly recursive Fibonacci, fib(32) per
// iteration (about 7 million calls).
const { run } = require('./harness');

function fib(n) {
  if (n < 2) {
    return n;
  }
  return fib(n - 1) + fib(n - 2);
}

function fibLoop(n) {
  let a = 0;
  let b = 1;
  for (let i = 0; i < n; i++) {
    const t = a + b;
    a = b;
    b = t;
  }
  return a;
}

run({
  name: 'fib',
  config: { n: 32 },
  small: { n: 18 },
  benchmark: function (cfg) {
    return fib(cfg.n);
  },
  check: function (result, cfg) {
    return result === fibLoop(cfg.n);
  },
});
