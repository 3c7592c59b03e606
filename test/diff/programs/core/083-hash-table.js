// open-hashing hash table built on arrays
function HashTable(capacity) {
  this.buckets = new Array(capacity);
  for (var i = 0; i < capacity; i++) this.buckets[i] = [];
  this.count = 0;
}
HashTable.prototype.hash = function (key) {
  var h = 5381;
  for (var i = 0; i < key.length; i++) h = ((h << 5) + h + key.charCodeAt(i)) | 0;
  return (h >>> 0) % this.buckets.length;
};
HashTable.prototype.set = function (key, value) {
  var b = this.buckets[this.hash(key)];
  for (var i = 0; i < b.length; i++) {
    if (b[i][0] === key) { b[i][1] = value; return false; }
  }
  b.push([key, value]);
  this.count++;
  if (this.count > this.buckets.length * 2) this.resize(this.buckets.length * 2 + 1);
  return true;
};
HashTable.prototype.get = function (key) {
  var b = this.buckets[this.hash(key)];
  for (var i = 0; i < b.length; i++) if (b[i][0] === key) return b[i][1];
  return undefined;
};
HashTable.prototype.remove = function (key) {
  var b = this.buckets[this.hash(key)];
  for (var i = 0; i < b.length; i++) {
    if (b[i][0] === key) {
      b[i] = b[b.length - 1];
      b.pop();
      this.count--;
      return true;
    }
  }
  return false;
};
HashTable.prototype.resize = function (n) {
  var old = this.buckets;
  this.buckets = [];
  for (var i = 0; i < n; i++) this.buckets.push([]);
  this.count = 0;
  for (const b of old) for (const e of b) this.set(e[0], e[1]);
};
HashTable.prototype.keys = function () {
  var out = [];
  for (const b of this.buckets) for (const e of b) out.push(e[0]);
  return out;
};
var t = new HashTable(3);
console.log(t.hash('a'), t.hash('abc'), t.hash(''), t.hash('hello world'));
console.log(t.set('one', 1), t.set('two', 2), t.set('one', 'uno'), t.get('one'), t.get('two'), t.get('three'));
for (var i = 0; i < 50; i++) t.set('key' + i, i * i);
console.log(t.count, t.buckets.length, t.get('key7'), t.get('key49'), t.get('key50'));
console.log(t.remove('key7'), t.remove('key7'), t.get('key7'), t.count);
var keys = t.keys();
var sum = 0;
for (const k of keys) { var v = t.get(k); if (typeof v === 'number') sum += v; }
console.log(keys.length, sum);
var sizes = t.buckets.map(b => b.length);
var maxB = 0;
for (const s of sizes) maxB = Math.max(maxB, s);
console.log('max bucket', maxB, 'buckets', sizes.length);
var small = new HashTable(2);
small.set('x', [1, 2]);
small.set('y', { z: true });
console.log(small);
