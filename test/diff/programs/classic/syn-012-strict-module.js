'use strict';
// A strict-mode module in the CommonJS style: a small inventory store with
// validation, frozen-looking API objects, and errors for mistakes strict
// mode catches (a typo in a variable name, calling a method detached).
const store = (function () {
  const items = {};
  let nextId = 1;
  function requireName(name) {
    if (typeof name !== 'string' || name.length === 0) throw new TypeError('name must be a non-empty string');
    return name.trim();
  }
  return {
    add(name, qty) {
      const id = nextId++;
      items[id] = { id: id, name: requireName(name), qty: qty | 0 };
      return id;
    },
    adjust(id, delta) {
      if (!(id in items)) throw new RangeError('no item ' + id);
      items[id].qty += delta;
      return items[id].qty;
    },
    report() {
      const lines = [];
      for (const id in items) lines.push(id + ':' + items[id].name + '=' + items[id].qty);
      return lines.join(' ');
    },
    total() {
      let t = 0;
      for (const id in items) t += items[id].qty;
      return t;
    },
  };
})();
store.add('apples', 5);
store.add(' pears ', 2);
store.add('plums', 0);
store.adjust(2, 3);
console.log(store.report(), store.total());
function tryIt(label, f) {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, '->', e.constructor.name, e.message);
  }
}
tryIt('bad name', () => store.add('', 1));
tryIt('missing item', () => store.adjust(9, 1));
tryIt('typo assignment', function () {
  let count = 0;
  for (let i = 0; i < 3; i++) cuont = count + i;
  return count;
});
tryIt('detached method', () => {
  const report = store.report;
  return typeof report();
});
function Legacy() { this.v = 1; }
tryIt('constructor without new', () => Legacy());
tryIt('with new', () => new Legacy().v);
// Hot: the module used in a loop.
for (let i = 0; i < 1500; i++) store.adjust(1 + (i % 3), i % 2 === 0 ? 1 : -1);
console.log(store.report(), store.total());
