// linked list with constructor functions
function Node(value, next) {
  this.value = value;
  this.next = next;
}
function List() {
  this.head = null;
  this.size = 0;
}
List.prototype.push = function (v) {
  var node = new Node(v, null);
  if (this.head === null) this.head = node;
  else {
    var cur = this.head;
    while (cur.next !== null) cur = cur.next;
    cur.next = node;
  }
  this.size++;
  return this;
};
List.prototype.unshift = function (v) { this.head = new Node(v, this.head); this.size++; return this; };
List.prototype.toArray = function () {
  var out = [];
  for (var c = this.head; c !== null; c = c.next) out.push(c.value);
  return out;
};
List.prototype.reverse = function () {
  var prev = null, cur = this.head;
  while (cur !== null) { var nx = cur.next; cur.next = prev; prev = cur; cur = nx; }
  this.head = prev;
  return this;
};
List.prototype.remove = function (v) {
  if (this.head === null) return false;
  if (this.head.value === v) { this.head = this.head.next; this.size--; return true; }
  for (var c = this.head; c.next !== null; c = c.next) {
    if (c.next.value === v) { c.next = c.next.next; this.size--; return true; }
  }
  return false;
};
List.prototype.map = function (f) {
  var out = new List();
  for (var c = this.head; c !== null; c = c.next) out.push(f(c.value));
  return out;
};
List.prototype.nth = function (n) {
  var c = this.head;
  while (n-- > 0 && c !== null) c = c.next;
  return c === null ? undefined : c.value;
};
var l = new List();
l.push(1).push(2).push(3).unshift(0);
console.log(l.toArray(), l.size);
console.log(l.reverse().toArray());
console.log(l.remove(2), l.remove(42), l.remove(3), l.toArray(), l.size);
console.log(l.map(x => x * 100).toArray());
console.log(l.nth(0), l.nth(1), l.nth(5));
var small = new List().push('a');
console.log(small);
console.log(new List());
console.log(new Node(1, new Node(2, null)));
console.log(new Node(1, new Node(2, new Node(3, new Node(4, null)))));
var big = new List();
for (var i = 0; i < 300; i++) big.unshift(i);
var sum = 0;
for (var c = big.head; c !== null; c = c.next) sum += c.value;
console.log(big.size, sum, big.nth(299), big.reverse().nth(0));
// merge two sorted lists
function merge(a, b) {
  var out = new List();
  var x = a.head, y = b.head;
  while (x !== null && y !== null) {
    if (x.value <= y.value) { out.push(x.value); x = x.next; } else { out.push(y.value); y = y.next; }
  }
  for (; x !== null; x = x.next) out.push(x.value);
  for (; y !== null; y = y.next) out.push(y.value);
  return out;
}
var la = new List().push(1).push(4).push(9), lb = new List().push(2).push(3).push(10).push(11);
console.log(merge(la, lb).toArray());
console.log(l instanceof List, l.head instanceof Node, typeof List.prototype.push);
