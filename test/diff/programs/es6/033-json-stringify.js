// JSON.stringify for plain data
console.log(JSON.stringify(1), JSON.stringify('s'), JSON.stringify(true), JSON.stringify(null), JSON.stringify(undefined));
console.log(JSON.stringify(-0), JSON.stringify(NaN), JSON.stringify(Infinity), JSON.stringify(1e21), JSON.stringify(1e-7), JSON.stringify(0.1 + 0.2));
console.log(JSON.stringify([]), JSON.stringify({}), JSON.stringify([1, 'a', null, true]), JSON.stringify({ a: 1, b: 'x' }));
console.log(JSON.stringify([undefined, function () {}, NaN, -0]));
console.log(JSON.stringify({ u: undefined, f: function () {}, n: null, nan: NaN, inf: -Infinity, z: -0 }));
console.log(JSON.stringify({ nested: { arr: [1, [2, [3, { deep: true }]]], obj: {} } }));
console.log(JSON.stringify('quote " backslash \\ slash / newline \n tab \t cr \r bs \b ff \f'));
console.log(JSON.stringify('control \u0001 \u001f and unicode \u00e9 \u4e2d \u{1F600}'));
console.log(JSON.stringify('lone surrogate \ud800 end'));
console.log(JSON.stringify({ 'key "quoted"': 1, 'new\nline': 2, 'é': 3 }));
console.log(JSON.stringify([1, , 3]), JSON.stringify(new Array(2)));
console.log(JSON.stringify({ 2: 'b', 1: 'a', x: 'x', '-1': 'neg' }));
class Point { constructor(x, y) { this.x = x; this.y = y; } norm() { return 0; } }
console.log(JSON.stringify(new Point(1, 2)), JSON.stringify([new Point(0, -0)]));
const e = new Error('msg');
console.log(JSON.stringify(e), JSON.stringify({ err: e }));
const arr = [1, 2];
arr.extra = 'ignored';
console.log(JSON.stringify(arr));
const data = { users: [{ id: 1, name: 'Ann', tags: ['a', 'b'], active: true }, { id: 2, name: 'Bob', tags: [], active: false, note: null }], total: 2 };
const s = JSON.stringify(data);
console.log(s, s.length);
console.log(typeof JSON.stringify(undefined), typeof JSON.stringify(() => 1), JSON.stringify([() => 1]));
const cyc = { name: 'loop' };
cyc.self = cyc;
try {
  JSON.stringify(cyc);
} catch (err) {
  console.log(err.name, err.message.split('\n')[0]);
}
console.log(JSON.stringify({ a: [{}], b: [[]], c: [{ d: [] }] }));
console.log(JSON.stringify('\u2028\u2029'), JSON.stringify('\u007f'), JSON.stringify('<script>'));
