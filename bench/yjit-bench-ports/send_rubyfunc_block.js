'use strict';
// Port of yjit-bench `send_rubyfunc_block`: call a method with a block
// argument that it never calls, nine times per trip, 500k trips per
// iteration. The Ruby block literal becomes a function literal at each call
// site (so, unlike Ruby, each call also creates a closure).
const { run } = require('./harness');

class C {
  static CALL_BLOCK = false;

  rubyFunc(block) {
    if (C.CALL_BLOCK) block();
    return 1;
  }
}

const INSTANCE = new C();

run({
  name: 'send_rubyfunc_block',
  config: { n: 500000 },
  small: { n: 500 },
  benchmark: function (cfg) {
    let calls = 0;
    let i = 0;
    while (i < cfg.n) {
      calls += INSTANCE.rubyFunc(function () {});
      calls += INSTANCE.rubyFunc(function () {});
      calls += INSTANCE.rubyFunc(function () {});
      calls += INSTANCE.rubyFunc(function () {});
      calls += INSTANCE.rubyFunc(function () {});
      calls += INSTANCE.rubyFunc(function () {});
      calls += INSTANCE.rubyFunc(function () {});
      calls += INSTANCE.rubyFunc(function () {});
      calls += INSTANCE.rubyFunc(function () {});
      i += 1;
    }
    return calls;
  },
  check: function (calls, cfg) {
    return calls === 9 * cfg.n;
  },
});
