'use strict';
// gen-pipeline: a lazy pipeline of generators (source → map → filter → take
// → sum), the way iterator-helper style code is written. Each element passes
// through four suspended frames.
const { run } = require('../yjit-bench-ports/harness');

function* range(n) {
  for (let i = 0; i < n; i++) yield i;
}
function* map(src, f) {
  for (let r = src.next(); !r.done; r = src.next()) yield f(r.value);
}
function* filter(src, p) {
  for (let r = src.next(); !r.done; r = src.next()) if (p(r.value)) yield r.value;
}
function* take(src, n) {
  if (n <= 0) return;
  for (let r = src.next(); !r.done; r = src.next()) {
    yield r.value;
    if (--n === 0) return;
  }
}

function pipeline(size) {
  const it = take(filter(map(range(size), (x) => (x * 7) % 1000), (x) => x % 3 !== 0), size);
  let sum = 0;
  for (let r = it.next(); !r.done; r = it.next()) sum += r.value;
  return sum;
}

run({
  name: 'gen-pipeline',
  config: { size: 100000, repeat: 2, expect: 66533400 },
  small: { size: 3000, repeat: 1, expect: 998001 },
  benchmark: function (cfg) {
    let total = 0;
    for (let i = 0; i < cfg.repeat; i++) total += pipeline(cfg.size);
    return total;
  },
  check: function (result, cfg) {
    return result === cfg.expect || 'expected ' + cfg.expect + ', got ' + result;
  },
});
