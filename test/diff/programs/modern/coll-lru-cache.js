// An LRU cache on a Map's insertion order (delete + set moves a key to the end).
class LRU {
  constructor(limit) {
    this.limit = limit;
    this.map = new Map();
    this.hits = 0;
    this.misses = 0;
  }
  get(key) {
    if (!this.map.has(key)) {
      this.misses++;
      return undefined;
    }
    const v = this.map.get(key);
    this.map.delete(key);
    this.map.set(key, v);
    this.hits++;
    return v;
  }
  set(key, value) {
    if (this.map.has(key)) this.map.delete(key);
    else if (this.map.size >= this.limit) this.map.delete(this.map.keys().next().value);
    this.map.set(key, value);
    return this;
  }
}
const cache = new LRU(64);
function slowSquare(n) { return n * n; }
let total = 0;
let seed = 7;
for (let i = 0; i < 8000; i++) {
  seed = (seed * 1103515245 + 12345) & 0x7fffffff;
  const k = seed % 100;
  let v = cache.get(k);
  if (v === undefined) {
    v = slowSquare(k);
    cache.set(k, v);
  }
  total += v;
}
console.log(total, cache.hits, cache.misses, cache.map.size);
console.log([...cache.map.keys()].slice(0, 10));
// Object keys, and a Set of visited objects.
const nodes = [];
for (let i = 0; i < 20; i++) nodes.push({ id: i, next: null });
for (let i = 0; i < 20; i++) nodes[i].next = nodes[(i * 7 + 3) % 20];
const seen = new Set();
let n = nodes[0];
while (!seen.has(n)) { seen.add(n); n = n.next; }
console.log(seen.size, n.id, [...seen].map((x) => x.id).join(','));
const depth = new WeakMap();
for (const node of nodes) depth.set(node, node.id % 4);
let d = 0;
for (const node of nodes) d += depth.get(node);
console.log(d, depth.has(nodes[3]), depth.has({}));
