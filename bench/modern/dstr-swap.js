'use strict';
// dstr-swap: destructuring in a hot loop, written for lbbv's modern-syntax
// benchmarks (issue 15, "destructuring swaps in a hot loop"). A Fibonacci-like
// recurrence advanced by swapping through object destructuring
// (`({ a, b } = { a: b, b: a + b })`) and through array destructuring
// (`[a, b] = [b, a + b]`, the iterator protocol on an array), a point rotation through a
// destructured parameter with defaults, and a rest-property split; all in
// int32 arithmetic so the result checks exactly.
const { run } = require('../yjit-bench-ports/harness');

function swapLoop(n) {
  let a = 0;
  let b = 1;
  for (let i = 0; i < n; i++) {
    ({ a, b } = { a: b, b: (a + b) & 0xffff });
  }
  return a;
}

function arraySwapLoop(n) {
  let a = 0;
  let b = 1;
  for (let i = 0; i < n; i++) {
    [a, b] = [b, (a + b) & 0xffff];
  }
  return a;
}

function rotate({ x, y, turns = 1 }) {
  let px = x;
  let py = y;
  for (let t = 0; t < turns; t++) {
    const { nx, ny } = { nx: -py, ny: px };
    px = nx;
    py = ny;
  }
  return { x: px, y: py };
}

function rotateAll(n) {
  let acc = 0;
  let p = { x: 3, y: 4 };
  for (let i = 0; i < n; i++) {
    p = rotate({ ...p, turns: (i & 3) + 1 });
    acc = (acc + p.x * 7 + p.y) | 0;
  }
  return acc;
}

function splitAll(n) {
  let total = 0;
  for (let i = 0; i < n; i++) {
    const { id, ...rest } = { id: i, w: i & 7, h: 3 };
    total = (total + id + rest.w * rest.h) | 0;
  }
  return total;
}

function reference(cfg) {
  let a = 0;
  let b = 1;
  for (let i = 0; i < cfg.swaps; i++) {
    const t = (a + b) & 0xffff;
    a = b;
    b = t;
  }
  let acc = 0;
  let x = 3;
  let y = 4;
  for (let i = 0; i < cfg.rotations; i++) {
    for (let t = 0; t < (i & 3) + 1; t++) {
      const nx = -y;
      y = x;
      x = nx;
    }
    acc = (acc + x * 7 + y) | 0;
  }
  let total = 0;
  for (let i = 0; i < cfg.splits; i++) total = (total + i + (i & 7) * 3) | 0;
  return a + ':' + acc + ':' + total;
}

run({
  name: 'dstr-swap',
  config: { swaps: 2000000, rotations: 300000, splits: 100000 },
  small: { swaps: 2000, rotations: 300, splits: 100 },
  benchmark: function (cfg) {
    const s = swapLoop(cfg.swaps);
    if (arraySwapLoop(cfg.swaps) !== s) return 'array swap differs';
    return s + ':' + rotateAll(cfg.rotations) + ':' + splitAll(cfg.splits);
  },
  check: function (result, cfg) {
    return result === reference(cfg);
  },
});
