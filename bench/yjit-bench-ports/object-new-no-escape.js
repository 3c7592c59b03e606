'use strict';
// Port of yjit-bench `object-new-no-escape`: two short-lived points are
// allocated and compared with an `equals` method (Ruby's `==`), one million
// times per iteration. Reader methods stand for Ruby's attr_reader.
const { run } = require('./harness');

class Point {
  constructor(x, y) {
    this._x = x;
    this._y = y;
  }
  x() {
    return this._x;
  }
  y() {
    return this._y;
  }
  equals(other) {
    return this._x === other.x() && this._y === other.y();
  }
}

function test() {
  return new Point(1, 2).equals(new Point(1, 2));
}

run({
  name: 'object-new-no-escape',
  config: { n: 1000000 },
  small: { n: 1000 },
  benchmark: function (cfg) {
    let count = 0;
    let i = 0;
    while (i < cfg.n) {
      if (test()) count += 1;
      i += 1;
    }
    return count;
  },
  check: function (result, cfg) {
    return result === cfg.n;
  },
});
