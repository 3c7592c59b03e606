'use strict';
// Port of yjit-bench `splay` (itself a Ruby port of the Octane/JetStream
// splay benchmark): a splay tree of 8000 float keys whose values are small
// payload trees; every iteration runs 50 rounds of 80 insert-then-remove
// modifications. Keys come from our seeded PRNG instead of Random.new(42).
// Check: after every iteration the tree still holds exactly 8000 nodes with
// strictly increasing keys.
const { run, Rng } = require('./harness');

class Node {
  constructor(key, value) {
    this.key = key;
    this.value = value;
    this.left = null;
    this.right = null;
  }
}

class SplayTree {
  constructor() {
    this.root = null;
  }

  isEmpty() {
    return this.root === null;
  }

  insert(key, value) {
    if (this.isEmpty()) {
      this.root = new Node(key, value);
      return;
    }
    this.splay(key);
    if (this.root.key === key) return;
    const node = new Node(key, value);
    if (key > this.root.key) {
      node.left = this.root;
      node.right = this.root.right;
      this.root.right = null;
    } else {
      node.right = this.root;
      node.left = this.root.left;
      this.root.left = null;
    }
    this.root = node;
  }

  remove(key) {
    if (this.isEmpty()) throw new Error('Key not found: ' + key);
    this.splay(key);
    if (this.root.key !== key) throw new Error('Key not found: ' + key);
    const removed = this.root;
    if (this.root.left === null) {
      this.root = this.root.right;
    } else {
      const right = this.root.right;
      this.root = this.root.left;
      this.splay(key);
      this.root.right = right;
    }
    return removed;
  }

  find(key) {
    if (this.isEmpty()) return null;
    this.splay(key);
    return this.root.key === key ? this.root : null;
  }

  findMax(startNode) {
    if (this.isEmpty()) return null;
    let current = startNode === null ? this.root : startNode;
    while (current.right !== null) current = current.right;
    return current;
  }

  findGreatestLessThan(key) {
    if (this.isEmpty()) return null;
    this.splay(key);
    if (this.root.key < key) return this.root;
    if (this.root.left !== null) return this.findMax(this.root.left);
    return null;
  }

  splay(key) {
    if (this.isEmpty()) return;
    const dummy = new Node(null, null);
    let left = dummy;
    let right = dummy;
    let current = this.root;
    while (true) {
      if (key < current.key) {
        if (current.left === null) break;
        if (key < current.left.key) {
          // rotate right
          const tmp = current.left;
          current.left = tmp.right;
          tmp.right = current;
          current = tmp;
          if (current.left === null) break;
        }
        // link right
        right.left = current;
        right = current;
        current = current.left;
      } else if (key > current.key) {
        if (current.right === null) break;
        if (key > current.right.key) {
          // rotate left
          const tmp = current.right;
          current.right = tmp.left;
          tmp.left = current;
          current = tmp;
          if (current.right === null) break;
        }
        // link left
        left.right = current;
        left = current;
        current = current.right;
      } else {
        break;
      }
    }
    // assemble
    left.right = current.left;
    right.left = current.right;
    current.left = dummy.right;
    current.right = dummy.left;
    this.root = current;
  }
}

const PAYLOAD_DEPTH = 5;

class PayloadNode {
  constructor(left, right) {
    this.left = left;
    this.right = right;
  }
}

function generatePayload(depth, tag) {
  if (depth === 0) {
    return {
      array: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
      string: 'String for key ' + tag + ' in leaf node',
    };
  }
  return new PayloadNode(generatePayload(depth - 1, tag), generatePayload(depth - 1, tag));
}

function insertNewNode(tree, rng) {
  while (true) {
    const key = rng.next();
    if (tree.find(key) !== null) continue;
    tree.insert(key, generatePayload(PAYLOAD_DEPTH, String(key)));
    return key;
  }
}

function splayRun(tree, rng, modifications) {
  for (let m = 0; m < modifications; m++) {
    const key = insertNewNode(tree, rng);
    const greatest = tree.findGreatestLessThan(key);
    if (greatest !== null) tree.remove(greatest.key);
    else tree.remove(key);
  }
}

// in-order walk with an explicit stack: node count, or -1 if keys are not
// strictly increasing
function countOrdered(tree) {
  const stack = [];
  let node = tree.root;
  let count = 0;
  let prev = -1;
  while (node !== null || stack.length > 0) {
    while (node !== null) {
      stack.push(node);
      node = node.left;
    }
    node = stack.pop();
    if (!(node.key > prev)) return -1;
    prev = node.key;
    count++;
    node = node.right;
  }
  return count;
}

run({
  name: 'splay',
  config: { treeSize: 8000, modifications: 80, rounds: 50 },
  small: { treeSize: 200, modifications: 20, rounds: 2 },
  setup: function (cfg) {
    const rng = new Rng(42);
    const tree = new SplayTree();
    for (let i = 0; i < cfg.treeSize; i++) insertNewNode(tree, rng);
    return { cfg: cfg, rng: rng, tree: tree };
  },
  benchmark: function (st) {
    for (let r = 0; r < st.cfg.rounds; r++) {
      splayRun(st.tree, st.rng, st.cfg.modifications);
    }
    return st.tree;
  },
  check: function (tree, st) {
    const n = countOrdered(tree);
    return n === st.cfg.treeSize || 'tree has ' + n + ' ordered nodes, expected ' + st.cfg.treeSize;
  },
});
