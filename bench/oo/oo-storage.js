'use strict';
// oo-storage: a tree-allocating storage test with hash-consing, written for
// lbbv's object-oriented benchmark set (our own design, not a port).
//
// Every iteration grows a forest of random trees (branches with a random
// fan-out held in `new Array(n)`, and leaves of four classes whose
// constructors add their properties in different orders), measures it, then
// interns every subtree in a hash-consing table (an open-addressing table in
// plain arrays: structurally equal subtrees become one shared node) and
// drops most of the forest again, so the collector sees both short-lived
// garbage and a long-lived structure. Hashes mix with multiplications that
// leave int32 and `& 0xffff` / `>>> 0` on the results.
const { run, Rng } = require('../yjit-bench-ports/harness');

class Node {
  constructor(kind) {
    this.kind = kind;
    this.hash = 0;
  }
  size() {
    return 1;
  }
  isLeaf() {
    return true;
  }
  sameShape(other) {
    return this.kind === other.kind;
  }
}

class Leaf extends Node {
  constructor(kind) {
    super(kind);
    this.hits = 0;
  }
}

class IntLeaf extends Leaf {
  constructor(value) {
    super('int');
    this.value = value;
    this.hash = ((value * 0x9e3779b1) & 0xffff) ^ (value >>> 16);
  }
  equals(other) {
    return other instanceof IntLeaf && other.value === this.value;
  }
}

class NameLeaf extends Leaf {
  constructor(name) {
    // (the hash is computed after the name field is added)
    super('name');
    this.name = name;
    let h = 5381;
    for (let i = 0; i < name.length; i++) h = (h * 33 + name.charCodeAt(i)) & 0xffffff;
    this.hash = h;
  }
  equals(other) {
    return other instanceof NameLeaf && other.name === this.name;
  }
}

class PairLeaf extends Leaf {
  constructor(a, b) {
    super('pair');
    this.second = b;
    this.first = a;
    this.hash = ((a * 31 + b) * 0x45d9f3b) % 0x7fffffff;
  }
  equals(other) {
    return other instanceof PairLeaf && other.first === this.first && other.second === this.second;
  }
}

class EmptyLeaf extends Leaf {
  tag = null;
  constructor() {
    super('empty');
    this.hash = 7;
  }
  equals(other) {
    return other instanceof EmptyLeaf;
  }
}

class Branch extends Node {
  constructor(children) {
    super('branch');
    this.children = children;
    this.count = 0;
    let h = children.length;
    let n = 1;
    for (let i = 0; i < children.length; i++) {
      const c = children[i];
      h = ((h * 0x01000193) ^ c.hash) >>> 0;
      n += c.isLeaf() ? 1 : c.count;
    }
    this.hash = h & 0x3fffffff;
    this.count = n;
  }
  size() {
    return this.count;
  }
  isLeaf() {
    return false;
  }
  equals(other) {
    if (!(other instanceof Branch) || other.children.length !== this.children.length) return false;
    // children are interned first, so identity is enough below the top
    for (let i = 0; i < this.children.length; i++) if (this.children[i] !== other.children[i]) return false;
    return true;
  }
}

class HashConsTable {
  constructor(capacity) {
    this.keys = HashConsTable.emptySlots(capacity);
    this.capacity = capacity;
    this.used = 0;
    this.probes = 0;
    this.shared = 0;
  }
  static emptySlots(n) {
    const a = new Array(n);
    for (let i = 0; i < n; i++) a[i] = null;
    return a;
  }
  intern(node) {
    if (this.used * 4 >= this.capacity * 3) this.grow();
    let i = node.hash % this.capacity;
    while (true) {
      const k = this.keys[i];
      if (k === null) {
        this.keys[i] = node;
        this.used++;
        return node;
      }
      this.probes++;
      if (k.hash === node.hash && k.equals(node)) {
        this.shared++;
        if (k.isLeaf()) k.hits++;
        return k;
      }
      i = i + 1 === this.capacity ? 0 : i + 1;
    }
  }
  grow() {
    const old = this.keys;
    this.capacity = this.capacity * 2;
    this.keys = HashConsTable.emptySlots(this.capacity);
    this.used = 0;
    for (let i = 0; i < old.length; i++) if (old[i] !== null) this.intern(old[i]);
  }
}

const NAMES = ['a', 'b', 'car', 'cdr', 'node', 'leaf', 'x', 'yy'];

function makeLeaf(rng) {
  const r = rng.int(10);
  if (r < 4) return new IntLeaf(rng.int(64));
  if (r < 7) return new NameLeaf(NAMES[rng.int(NAMES.length)]);
  if (r < 9) return new PairLeaf(rng.int(8), rng.int(8));
  return new EmptyLeaf();
}

function makeTree(rng, depth) {
  if (depth === 0 || rng.int(8) === 0) return makeLeaf(rng);
  const fanout = 1 + rng.int(4);
  const children = new Array(fanout);
  for (let i = 0; i < fanout; i++) children[i] = makeTree(rng, depth - 1);
  return new Branch(children);
}

// rebuild a tree bottom-up through the table
function internTree(table, node) {
  if (node.isLeaf()) return table.intern(node);
  const kids = node.children;
  const copy = new Array(kids.length);
  for (let i = 0; i < kids.length; i++) copy[i] = internTree(table, kids[i]);
  return table.intern(new Branch(copy));
}

// also a plain array-of-arrays tree, the way quick storage tests are written
function arrayTree(depth, rng) {
  if (depth === 0) return new Array(rng.int(4));
  const a = new Array(4);
  for (let i = 0; i < 4; i++) a[i] = arrayTree(depth - 1, rng);
  return a;
}

function countArrays(a) {
  let n = 1;
  for (let i = 0; i < a.length; i++) if (a[i] !== undefined && a[i] !== null) n += countArrays(a[i]);
  return n;
}

function storage(cfg) {
  const rng = new Rng(cfg.seed);
  const table = new HashConsTable(1024);
  const kept = [];
  let total = 0;
  let interned = 0;
  let arrays = 0;
  let hashes = 0;
  for (let round = 0; round < cfg.rounds; round++) {
    const forest = [];
    for (let t = 0; t < cfg.trees; t++) {
      const tree = makeTree(rng, cfg.depth);
      total += tree.size();
      hashes = (hashes + tree.hash) % 1000000007;
      forest.push(tree);
    }
    for (let t = 0; t < forest.length; t++) {
      const shared = internTree(table, forest[t]);
      if (shared.size() !== forest[t].size()) throw new Error('interning changed a tree');
      if (t % 16 === 0) kept.push(shared);
    }
    arrays += countArrays(arrayTree(cfg.arrayDepth, rng));
    interned = table.used;
  }
  let keptSize = 0;
  for (let i = 0; i < kept.length; i++) keptSize += kept[i].size();
  let leafHits = 0;
  for (let i = 0; i < table.capacity; i++) {
    const k = table.keys[i];
    if (k !== null && k.isLeaf()) leafHits += k.hits;
  }
  return 'nodes=' + total + ' interned=' + interned + ' shared=' + table.shared + ' probes=' + table.probes +
    ' kept=' + keptSize + ' leafHits=' + leafHits + ' arrays=' + arrays + ' hashes=' + hashes;
}

run({
  name: 'oo-storage',
  config: { seed: 77, rounds: 3, trees: 40, depth: 7, arrayDepth: 6, expect: 'nodes=50365 interned=16270 shared=34095 probes=83587 kept=3073 leafHits=30134 arrays=16383 hashes=15629122' },
  small: { seed: 5, rounds: 2, trees: 20, depth: 5, arrayDepth: 3, expect: 'nodes=2884 interned=1184 shared=1700 probes=4131 kept=266 leafHits=1588 arrays=170 hashes=779492291' },
  benchmark: function (cfg) {
    return storage(cfg);
  },
  check: function (result, cfg) {
    return result === cfg.expect || 'expected ' + cfg.expect + ', got ' + result;
  },
});
