// Not a yjit-bench port: an `arguments`-heavy micro-benchmark in the style of
// pre-2015 JavaScript. Per iteration, 200k calls of variadic functions that
// read `arguments.length` and `arguments[i]` (no object made), and 50k calls
// through a wrapper that forwards its `arguments` with apply (the object is
// made and passed on).
const { run } = require('./harness');

function sum() {
  var t = 0;
  for (var i = 0; i < arguments.length; i++) t += arguments[i];
  return t;
}

function pick(a) {
  return arguments.length > 2 ? arguments[2] : a;
}

function wrap(fn) {
  return function () {
    return fn.apply(this, arguments);
  };
}

var wrappedSum = wrap(sum);

run({
  name: 'arguments',
  config: { n: 200000, m: 50000 },
  small: { n: 200, m: 50 },
  benchmark: function (cfg) {
    var acc = 0;
    for (var i = 0; i < cfg.n; i++) {
      acc = (acc + sum(i, 1, 2, 3) + sum(i) + pick(i, 5) + pick(1, 2, i)) | 0;
    }
    for (var j = 0; j < cfg.m; j++) acc = (acc + wrappedSum(j, 2, 3)) | 0;
    return acc;
  },
  check: function (result, cfg) {
    var acc = 0;
    for (var i = 0; i < cfg.n; i++) acc = (acc + (i + 6) + i + i + i) | 0;
    for (var j = 0; j < cfg.m; j++) acc = (acc + j + 5) | 0;
    return result === acc;
  },
});
