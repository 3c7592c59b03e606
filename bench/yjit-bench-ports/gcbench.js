'use strict';
// Port of yjit-bench `gcbench` (after Boehm's GCBench): with a long-lived
// tree and a half-filled 500k-element array kept alive, build binary trees
// of depth 4, 6, ..., 16 both top-down (populate) and bottom-up (makeTree),
// 2 * size(stretch) / size(depth) of each. Scaled down: the stretch depth is
// 16 instead of 18 (a quarter of the allocation per iteration), so that an
// iteration stays near a second under node --jitless; the depths stay.
// Check: every tree built has the right node count (a sample is counted).
const { run } = require('./harness');

class Node {
  constructor(left, right) {
    this.left = left;
    this.right = right;
    this.i = 0;
    this.j = 0;
  }
}

function treeSize(depth) {
  return Math.pow(2, depth + 1) - 1;
}

function numIters(stretchDepth, depth) {
  return Math.floor((2 * treeSize(stretchDepth)) / treeSize(depth));
}

function populate(depth, node) {
  if (depth > 0) {
    depth -= 1;
    node.left = new Node(null, null);
    node.right = new Node(null, null);
    populate(depth, node.left);
    populate(depth, node.right);
  }
}

function makeTree(depth) {
  if (depth <= 0) return new Node(null, null);
  return new Node(makeTree(depth - 1), makeTree(depth - 1));
}

function countNodes(node) {
  if (node === null) return 0;
  return 1 + countNodes(node.left) + countNodes(node.right);
}

function timeConstruction(stretchDepth, depth) {
  const n = numIters(stretchDepth, depth);
  let bad = 0;
  let last = null;
  for (let i = 0; i < n; i++) {
    last = new Node(null, null);
    populate(depth, last);
  }
  if (countNodes(last) !== treeSize(depth)) bad++;
  for (let i = 0; i < n; i++) {
    last = makeTree(depth);
  }
  if (countNodes(last) !== treeSize(depth)) bad++;
  return bad;
}

run({
  name: 'gcbench',
  config: { stretch: 16, longLived: 16, arraySize: 500000, minDepth: 4, maxDepth: 16 },
  small: { stretch: 8, longLived: 6, arraySize: 1000, minDepth: 4, maxDepth: 6 },
  setup: function (cfg) {
    makeTree(cfg.stretch); // stretch the heap
    const longLivedTree = new Node(null, null);
    populate(cfg.longLived, longLivedTree);
    const longLivedArray = new Array(cfg.arraySize);
    for (let i = 0; i < cfg.arraySize / 2; i++) longLivedArray[i + 1] = 1.0 / (i + 1);
    return { cfg: cfg, tree: longLivedTree, array: longLivedArray };
  },
  benchmark: function (st) {
    let bad = 0;
    for (let d = st.cfg.minDepth; d <= st.cfg.maxDepth; d += 2) {
      bad += timeConstruction(st.cfg.stretch, d);
    }
    return bad;
  },
  check: function (bad, st) {
    if (bad !== 0) return bad + ' trees of the wrong size';
    if (countNodes(st.tree) !== treeSize(st.cfg.longLived)) return 'long-lived tree damaged';
    if (st.array[1] !== 1 || st.array[2] !== 0.5) return 'long-lived array damaged';
    return true;
  },
});
