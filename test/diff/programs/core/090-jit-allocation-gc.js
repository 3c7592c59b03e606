// Allocation-heavy code the JIT allocates inline: object and array literals,
// closures, scopes, trees built and dropped across many collections.
function node(left, right, v) {
  return { left: left, right: right, v: v };
}
function build(depth, v) {
  if (depth === 0) return node(null, null, v);
  return node(build(depth - 1, 2 * v), build(depth - 1, 2 * v + 1), v);
}
function check(t) {
  if (t.left === null) return t.v;
  return t.v + check(t.left) - check(t.right);
}
const long = build(12, 1);
let total = 0;
for (let i = 0; i < 60; i++) {
  total = total + check(build(10, i));
}
console.log(total, check(long));

const counters = [];
for (let i = 0; i < 20000; i++) {
  let c = i;
  counters.push(() => ++c);
}
let s = 0;
for (let r = 0; r < 3; r++) for (let i = 0; i < counters.length; i += 97) s += counters[i]();
console.log(s);

const rows = [];
for (let i = 0; i < 30000; i++) {
  const row = [i, i * 0.5, 'r' + (i % 7), [i & 3, { k: i % 11 }], undefined, null, -0];
  if (i % 3000 === 0) rows.push(row);
}
console.log(rows.length, JSON.stringify(rows[3]), rows.map((r) => r[3][1].k + r[1]).join(','));
console.log(1 / rows[2][6], [,1,,2].length, [1, , 3]);
