// console.log: mixed nesting, depth limits, instances inside containers
function Box(v) { this.v = v; }
function Pair(a, b) { this.a = a; this.b = b; }
console.log([new Box(1), new Box([1, 2]), new Box({ k: 'v' })]);
console.log({ box: new Box(new Box(new Box(1))) });
console.log(new Pair(new Pair(1, 2), new Pair([3], { x: [4] })));
console.log([[[{ deep: 1 }]]]);
console.log({ l1: { l2: { l3: { l4: 'x' } }, sib: [1, [2, [3]]] } });
console.log([{ a: [{ b: [{ c: 1 }] }] }]);
console.log({ arr: [[], [[]], [[[]]], [[[[]]]]] });
console.log({ fn: function () {}, arrow: () => {}, inst: new Box(function named() {}) });
console.log([undefined, null, NaN, -0, 0, '', 'str', true]);
console.log({ u: undefined, n: null, nan: NaN, nz: -0, z: 0, e: '', s: 'str', b: false });
var mixed = { id: 7, tags: ['a', 'b'], meta: { created: 'today', flags: [true, false], owner: new Box('me') }, items: [new Pair(1, 'one'), new Pair(2, 'two')] };
console.log(mixed);
console.log([mixed, mixed.items]);
console.log({ a: 'x'.length, b: [1, 2, 3].length, c: typeof {} });
var longStrings = { first: 'a fairly long string value number one', second: 'another fairly long string value two' };
console.log(longStrings);
console.log([longStrings.first, longStrings.second]);
console.log([[1, 2, 3, 4, 5, 6, 7], [8, 9]]);
console.log({ matrix: [[1, 0, 0], [0, 1, 0], [0, 0, 1]] });
console.log([new Box(-0), new Box(1e21), new Box('q\'s')]);
console.log('text', [1, { a: [2] }], 3, { b: { c: { d: { e: 1 } } } });
