// left-leaning red-black tree (Sedgewick) with invariant checks
const RED = true;
const BLACK = false;
class RBNode {
  constructor(key, value) {
    this.key = key;
    this.value = value;
    this.left = null;
    this.right = null;
    this.color = RED;
    this.size = 1;
  }
}
function isRed(n) { return n !== null && n.color === RED; }
function size(n) { return n === null ? 0 : n.size; }
function rotateLeft(h) {
  const x = h.right;
  h.right = x.left;
  x.left = h;
  x.color = h.color;
  h.color = RED;
  x.size = h.size;
  h.size = 1 + size(h.left) + size(h.right);
  return x;
}
function rotateRight(h) {
  const x = h.left;
  h.left = x.right;
  x.right = h;
  x.color = h.color;
  h.color = RED;
  x.size = h.size;
  h.size = 1 + size(h.left) + size(h.right);
  return x;
}
function flipColors(h) {
  h.color = !h.color;
  h.left.color = !h.left.color;
  h.right.color = !h.right.color;
}
class RBTree {
  constructor(compare) {
    this.root = null;
    this.compare = compare || ((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    this.rotations = 0;
  }
  get(key) {
    let n = this.root;
    while (n !== null) {
      const c = this.compare(key, n.key);
      if (c === 0) return n.value;
      n = c < 0 ? n.left : n.right;
    }
    return undefined;
  }
  put(key, value) {
    this.root = this._put(this.root, key, value);
    this.root.color = BLACK;
  }
  _put(h, key, value) {
    if (h === null) return new RBNode(key, value);
    const c = this.compare(key, h.key);
    if (c < 0) h.left = this._put(h.left, key, value);
    else if (c > 0) h.right = this._put(h.right, key, value);
    else h.value = value;
    if (isRed(h.right) && !isRed(h.left)) { h = rotateLeft(h); this.rotations++; }
    if (isRed(h.left) && isRed(h.left.left)) { h = rotateRight(h); this.rotations++; }
    if (isRed(h.left) && isRed(h.right)) flipColors(h);
    h.size = 1 + size(h.left) + size(h.right);
    return h;
  }
  size() { return size(this.root); }
  height() {
    function hgt(n) { return n === null ? 0 : 1 + Math.max(hgt(n.left), hgt(n.right)); }
    return hgt(this.root);
  }
  inorder() {
    const out = [];
    function walk(n) {
      if (n === null) return;
      walk(n.left);
      out.push(n.key);
      walk(n.right);
    }
    walk(this.root);
    return out;
  }
  min() { let n = this.root; if (n === null) return undefined; while (n.left !== null) n = n.left; return n.key; }
  max() { let n = this.root; if (n === null) return undefined; while (n.right !== null) n = n.right; return n.key; }
  rank(key) {
    let r = 0;
    let n = this.root;
    while (n !== null) {
      const c = this.compare(key, n.key);
      if (c < 0) n = n.left;
      else if (c > 0) { r += 1 + size(n.left); n = n.right; }
      else return r + size(n.left);
    }
    return r;
  }
  check() {
    const problems = [];
    const cmp = this.compare;
    if (isRed(this.root)) problems.push('red root');
    let blackHeight = -1;
    function visit(n, lo, hi, blacks) {
      if (n === null) {
        if (blackHeight === -1) blackHeight = blacks;
        else if (blackHeight !== blacks) problems.push('unbalanced black height');
        return;
      }
      if (lo !== undefined && cmp(n.key, lo) <= 0) problems.push('order violation at ' + n.key);
      if (hi !== undefined && cmp(n.key, hi) >= 0) problems.push('order violation at ' + n.key);
      if (isRed(n.right)) problems.push('right-leaning red at ' + n.key);
      if (isRed(n) && isRed(n.left)) problems.push('two reds at ' + n.key);
      if (n.size !== 1 + size(n.left) + size(n.right)) problems.push('bad size at ' + n.key);
      const b = blacks + (isRed(n) ? 0 : 1);
      visit(n.left, lo, n.key, b);
      visit(n.right, n.key, hi, b);
    }
    visit(this.root, undefined, undefined, 0);
    return { ok: problems.length === 0, problems: problems.slice(0, 3), blackHeight: blackHeight };
  }
}
module.exports = { RBTree, RBNode, RED, BLACK };
