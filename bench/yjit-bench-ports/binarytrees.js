'use strict';
// Port of yjit-bench `binarytrees` (Computer Language Benchmarks Game):
// build complete binary trees of two-element arrays and walk them. Per
// iteration: a stretch tree of depth 15, a long-lived tree of depth 14, then
// 2^(14-d+4) trees of each depth d = 4, 6, ..., 14. Every walk's node count
// is checked against 2^(d+1)-1.
const { run } = require('./harness');

function itemCheck(node) {
  if (node[0] === null) return 1;
  return 1 + itemCheck(node[0]) + itemCheck(node[1]);
}

function bottomUpTree(depth) {
  if (!(depth > 0)) return [null, null];
  depth -= 1;
  return [bottomUpTree(depth), bottomUpTree(depth)];
}

function nodes(depth) {
  return Math.pow(2, depth + 1) - 1;
}

run({
  name: 'binarytrees',
  config: { maxDepth: 14, minDepth: 4 },
  small: { maxDepth: 6, minDepth: 4 },
  benchmark: function (cfg) {
    const minDepth = cfg.minDepth;
    const maxDepth = Math.max(minDepth + 2, cfg.maxDepth);
    const stretchDepth = maxDepth + 1;
    let bad = 0;

    let stretchTree = bottomUpTree(stretchDepth);
    if (itemCheck(stretchTree) !== nodes(stretchDepth)) bad++;
    stretchTree = null;

    const longLived = bottomUpTree(maxDepth);

    for (let depth = minDepth; depth <= maxDepth; depth += 2) {
      const iterations = Math.pow(2, maxDepth - depth + minDepth);
      let check = 0;
      for (let i = 1; i <= iterations; i++) {
        const temp = bottomUpTree(depth);
        check += itemCheck(temp);
      }
      if (check !== iterations * nodes(depth)) bad++;
    }
    if (itemCheck(longLived) !== nodes(maxDepth)) bad++;
    return bad;
  },
  check: function (bad) {
    return bad === 0 || bad + ' wrong tree checks';
  },
});
