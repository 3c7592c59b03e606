'use strict';
// oo-graph: loop recognition over a generated control-flow graph, written
// for lbbv's object-oriented benchmark set (our own implementation, not a
// port).
//
// A seeded generator builds a CFG out of nested structured pieces
// (sequences, if/else diamonds, while loops, loops with several exits) plus
// a few irregular edges. Each iteration then numbers it depth-first
// (iteratively, with an explicit stack of frame objects), computes
// immediate dominators with the iterative reverse-postorder algorithm,
// finds natural loops from back edges (an edge into a dominator), nests them
// into a loop tree, and finds strongly connected components with Tarjan's
// algorithm. No Map or Set: blocks carry their own numbers and per-pass
// scratch fields, and lookups go through arrays indexed by block id. Many
// small objects are allocated per pass from a class hierarchy
// (GraphItem > BasicBlock, GraphItem > Loop > ReducibleLoop / IrreducibleLoop).
const { run, Rng } = require('../yjit-bench-ports/harness');

class GraphItem {
  constructor(id) {
    this.id = id;
  }
  label() {
    return this.constructor.name + this.id;
  }
}

class BasicBlock extends GraphItem {
  succs = [];
  preds = [];
  constructor(id) {
    super(id);
    this.dfsNumber = -1;
    this.rpoIndex = -1;
    this.idom = null;
    this.loop = null;
    this.lowLink = 0;
    this.onStack = false;
  }
}

class Edge {
  constructor(from, to) {
    this.from = from;
    this.to = to;
  }
}

class Cfg {
  constructor() {
    this.blocks = [];
    this.edges = [];
  }
  newBlock() {
    const b = new BasicBlock(this.blocks.length);
    this.blocks.push(b);
    return b;
  }
  connect(from, to) {
    if (!(from instanceof BasicBlock) || !(to instanceof BasicBlock)) throw new TypeError('connect: not a block');
    from.succs.push(to);
    to.preds.push(from);
    this.edges.push(new Edge(from, to));
  }
}

class Loop extends GraphItem {
  constructor(id, header) {
    super(id);
    this.header = header;
    this.blocks = [];
    this.parent = null;
    this.children = [];
    this.depth = 0;
  }
  isReducible() {
    return true;
  }
}

class ReducibleLoop extends Loop {}

class IrreducibleLoop extends Loop {
  constructor(id, header, entries) {
    super(id, header);
    this.entries = entries;
  }
  isReducible() {
    return false;
  }
}

// --- generator -------------------------------------------------------------

class Builder {
  constructor(rng) {
    this.rng = rng;
    this.cfg = new Cfg();
  }
  // a structured region from `entry`; returns its exit block
  region(entry, depth) {
    let cur = entry;
    const pieces = 1 + this.rng.int(3);
    for (let p = 0; p < pieces; p++) {
      const r = depth <= 0 ? 0 : this.rng.int(5);
      if (r === 0) cur = this.straight(cur);
      else if (r === 1) cur = this.diamond(cur, depth);
      else if (r === 2 || r === 3) cur = this.whileLoop(cur, depth);
      else cur = this.multiExitLoop(cur, depth);
    }
    return cur;
  }
  straight(from) {
    const b = this.cfg.newBlock();
    this.cfg.connect(from, b);
    return b;
  }
  diamond(from, depth) {
    const left = this.cfg.newBlock();
    const right = this.cfg.newBlock();
    const join = this.cfg.newBlock();
    this.cfg.connect(from, left);
    this.cfg.connect(from, right);
    this.cfg.connect(this.region(left, depth - 1), join);
    this.cfg.connect(this.region(right, depth - 2), join);
    return join;
  }
  whileLoop(from, depth) {
    const header = this.cfg.newBlock();
    const body = this.cfg.newBlock();
    const exit = this.cfg.newBlock();
    this.cfg.connect(from, header);
    this.cfg.connect(header, body);
    this.cfg.connect(header, exit);
    this.cfg.connect(this.region(body, depth - 1), header);
    return exit;
  }
  multiExitLoop(from, depth) {
    const header = this.cfg.newBlock();
    const exit = this.cfg.newBlock();
    this.cfg.connect(from, header);
    const mid = this.region(header, depth - 1);
    this.cfg.connect(mid, exit); // an early exit
    const tail = this.region(mid, depth - 2);
    this.cfg.connect(tail, header);
    this.cfg.connect(tail, exit);
    return exit;
  }
  build(depth, irregular) {
    const entry = this.cfg.newBlock();
    const last = this.region(entry, depth);
    const end = this.cfg.newBlock();
    this.cfg.connect(last, end);
    // a few jumps into the middle of earlier code make irreducible regions
    const n = this.cfg.blocks.length;
    for (let i = 0; i < irregular; i++) {
      const a = this.cfg.blocks[1 + this.rng.int(n - 2)];
      const b = this.cfg.blocks[1 + this.rng.int(n - 2)];
      if (a !== b) this.cfg.connect(a, b);
    }
    return this.cfg;
  }
}

// --- analyses --------------------------------------------------------------

class DfsFrame {
  constructor(block) {
    this.block = block;
    this.next = 0;
  }
}

// iterative depth-first search; returns blocks in reverse postorder
function reversePostorder(cfg) {
  const blocks = cfg.blocks;
  for (let i = 0; i < blocks.length; i++) {
    blocks[i].dfsNumber = -1;
    blocks[i].rpoIndex = -1;
  }
  const post = [];
  const stack = [new DfsFrame(blocks[0])];
  blocks[0].dfsNumber = 0;
  let counter = 1;
  while (stack.length > 0) {
    const top = stack[stack.length - 1];
    const succs = top.block.succs;
    if (top.next < succs.length) {
      const s = succs[top.next++];
      if (s.dfsNumber === -1) {
        s.dfsNumber = counter++;
        stack.push(new DfsFrame(s));
      }
    } else {
      post.push(top.block);
      stack.pop();
    }
  }
  post.reverse();
  for (let i = 0; i < post.length; i++) post[i].rpoIndex = i;
  return post;
}

function dominators(cfg, rpo) {
  const order = new Array(cfg.blocks.length);
  for (let i = 0; i < rpo.length; i++) order[rpo[i].id] = rpo[i].rpoIndex;
  for (let i = 0; i < cfg.blocks.length; i++) cfg.blocks[i].idom = null;
  const entry = rpo[0];
  entry.idom = entry;
  let changed = true;
  let passes = 0;
  while (changed) {
    changed = false;
    passes++;
    for (let i = 1; i < rpo.length; i++) {
      const b = rpo[i];
      let idom = null;
      for (let k = 0; k < b.preds.length; k++) {
        const p = b.preds[k];
        if (p.idom === null) continue;
        idom = idom === null ? p : intersect(p, idom, order);
      }
      if (idom !== b.idom) {
        b.idom = idom;
        changed = true;
      }
    }
  }
  return passes;
}

function intersect(a, b, order) {
  while (a !== b) {
    while (order[a.id] > order[b.id]) a = a.idom;
    while (order[b.id] > order[a.id]) b = b.idom;
  }
  return a;
}

function dominates(a, b) {
  // walk up b's dominator chain
  while (true) {
    if (b === a) return true;
    if (b.idom === b || b.idom === null) return false;
    b = b.idom;
  }
}

let passCounter = 0;

function naturalLoops(cfg) {
  const pass = ++passCounter;
  const loops = [];
  const byHeader = new Array(cfg.blocks.length);
  for (let i = 0; i < cfg.blocks.length; i++) cfg.blocks[i].loop = null;
  for (let e = 0; e < cfg.edges.length; e++) {
    const edge = cfg.edges[e];
    const h = edge.to;
    if (edge.from.dfsNumber < 0 || !dominates(h, edge.from)) continue;
    let loop = byHeader[h.id];
    if (loop === undefined) {
      loop = new ReducibleLoop(loops.length, h);
      byHeader[h.id] = loop;
      loops.push(loop);
    }
    collectBody(loop, edge.from, h, pass);
  }
  // irreducible cycles: retreating edges (backwards in reverse postorder)
  // whose target does not dominate the source
  for (let e = 0; e < cfg.edges.length; e++) {
    const edge = cfg.edges[e];
    const to = edge.to;
    if (to.rpoIndex >= 0 && to.rpoIndex <= edge.from.rpoIndex && !dominates(to, edge.from)) {
      const known = byHeader[to.id];
      if (known instanceof IrreducibleLoop) known.entries.push(edge.from);
      else if (known === undefined) {
        byHeader[to.id] = new IrreducibleLoop(loops.length, to, [edge.from]);
        loops.push(byHeader[to.id]);
      }
    }
  }
  return loops;
}

function collectBody(loop, tail, header, pass) {
  // a string mark, fresh for every pass and loop
  const mark = 'p' + pass + 'L' + loop.id;
  if (header.scratch !== mark) {
    header.scratch = mark;
    loop.blocks.push(header);
  }
  const work = [tail];
  while (work.length > 0) {
    const b = work.pop();
    if (b.scratch === mark) continue;
    if (b.scratch === undefined) b.visits = 0;
    b.visits++;
    b.scratch = mark;
    loop.blocks.push(b);
    for (let i = 0; i < b.preds.length; i++) if (b.preds[i].dfsNumber >= 0) work.push(b.preds[i]);
  }
}

// innermost loop of every block, then the parent of every loop
function nestLoops(cfg, loops) {
  const sorted = loops.filter(function (l) {
    return l.isReducible();
  });
  sorted.sort(function (a, b) {
    return b.blocks.length - a.blocks.length || a.id - b.id;
  });
  for (let i = 0; i < sorted.length; i++) {
    const l = sorted[i];
    const outer = l.header.loop;
    if (outer !== null && outer !== l) {
      l.parent = outer;
      l.depth = outer.depth + 1;
      outer.children.push(l);
    }
    for (let k = 0; k < l.blocks.length; k++) l.blocks[k].loop = l;
  }
  let maxDepth = 0;
  for (let i = 0; i < sorted.length; i++) if (sorted[i].depth > maxDepth) maxDepth = sorted[i].depth;
  return maxDepth;
}

// Tarjan's strongly connected components, iterative
function sccCount(cfg) {
  const blocks = cfg.blocks;
  const index = new Array(blocks.length).fill(-1);
  const stack = [];
  let next = 0;
  let components = 0;
  let largest = 0;
  for (let r = 0; r < blocks.length; r++) {
    if (index[r] !== -1) continue;
    const calls = [new DfsFrame(blocks[r])];
    index[r] = next;
    blocks[r].lowLink = next++;
    stack.push(blocks[r]);
    blocks[r].onStack = true;
    while (calls.length > 0) {
      const f = calls[calls.length - 1];
      const v = f.block;
      if (f.next < v.succs.length) {
        const w = v.succs[f.next++];
        if (index[w.id] === -1) {
          index[w.id] = next;
          w.lowLink = next++;
          stack.push(w);
          w.onStack = true;
          calls.push(new DfsFrame(w));
        } else if (w.onStack && index[w.id] < v.lowLink) {
          v.lowLink = index[w.id];
        }
        continue;
      }
      calls.pop();
      if (calls.length > 0) {
        const parent = calls[calls.length - 1].block;
        if (v.lowLink < parent.lowLink) parent.lowLink = v.lowLink;
      }
      if (v.lowLink === index[v.id]) {
        let size = 0;
        let w;
        do {
          w = stack.pop();
          w.onStack = false;
          size++;
        } while (w !== v);
        components++;
        if (size > largest) largest = size;
      }
    }
  }
  return components * 100000 + largest;
}

function analyse(cfg) {
  const rpo = reversePostorder(cfg);
  const passes = dominators(cfg, rpo);
  const loops = naturalLoops(cfg);
  const depth = nestLoops(cfg, loops);
  let body = 0;
  let irreducible = 0;
  for (let i = 0; i < loops.length; i++) {
    if (loops[i] instanceof IrreducibleLoop) irreducible++;
    else body += loops[i].blocks.length;
  }
  return [rpo.length, passes, loops.length, irreducible, depth, body, sccCount(cfg)].join(':');
}

run({
  name: 'oo-graph',
  config: { seed: 2024, depth: 9, irregular: 6, passes: 20, expect: 'blocks=501 edges=635 501:4:76:11:6:1727:400498 first=BasicBlock1/ReducibleLoop64' },
  small: { seed: 13, depth: 6, irregular: 2, passes: 2, expect: 'blocks=206 edges=257 206:4:32:3:3:390:2300058 first=BasicBlock1/none' },
  setup: function (cfg) {
    const cfgGraph = new Builder(new Rng(cfg.seed)).build(cfg.depth, cfg.irregular);
    return { cfg: cfg, graph: cfgGraph };
  },
  benchmark: function (state) {
    let out = '';
    for (let i = 0; i < state.cfg.passes; i++) out = analyse(state.graph);
    return 'blocks=' + state.graph.blocks.length + ' edges=' + state.graph.edges.length + ' ' + out +
      ' first=' + state.graph.blocks[1].label() + '/' + (state.graph.blocks[1].loop === null ? 'none' : state.graph.blocks[1].loop.label());
  },
  check: function (result, state) {
    return result === state.cfg.expect || 'expected ' + state.cfg.expect + ', got ' + result;
  },
});
