'use strict';
// Port of yjit-bench `throw`: `bar` passes a block to `foo`, and the block
// does a non-local `return 1` out of `bar`, which Ruby implements by
// unwinding (a "throw"). JS has no non-local return from a closure, so the
// block throws a preallocated marker that `bar` catches: the same
// call-block-unwind-to-caller shape. 200k calls to bar per iteration.
const { run } = require('./harness');

class NonLocalReturn {
  constructor() {
    this.value = undefined;
  }
}

const RETURN_FROM_BAR = new NonLocalReturn();

function foo(block) {
  return block();
}

function bar() {
  try {
    foo(function () {
      RETURN_FROM_BAR.value = 1;
      throw RETURN_FROM_BAR;
    });
  } catch (e) {
    if (e === RETURN_FROM_BAR) return e.value;
    throw e;
  }
  return 0;
}

run({
  name: 'throw',
  config: { n: 20000 },
  small: { n: 100 },
  benchmark: function (cfg) {
    let sum = 0;
    let i = 0;
    while (i < cfg.n) {
      sum += bar();
      sum += bar();
      sum += bar();
      sum += bar();
      sum += bar();
      sum += bar();
      sum += bar();
      sum += bar();
      sum += bar();
      sum += bar();
      i += 1;
    }
    return sum;
  },
  check: function (sum, cfg) {
    return sum === 10 * cfg.n;
  },
});
