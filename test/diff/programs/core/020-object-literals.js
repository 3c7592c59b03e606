// object literal forms
var x = 1, y = 'two';
var shorthand = { x, y };
console.log(shorthand);
var methods = {
  val: 10,
  get2() { return this.val * 2; },
  add(n) { return this.val + n; },
  arrow: () => 'arrow',
  fn: function () { return 'fn'; }
};
console.log(methods.get2(), methods.add(5), methods.arrow(), methods.fn());
var reserved = { if: 1, class: 2, new: 3, return: 4, function: 5, typeof: 6, null: 7, true: 8, var: 9, default: 10 };
console.log(reserved.if, reserved.class, reserved.new, reserved.return, reserved.function, reserved.typeof, reserved.null, reserved.true, reserved.var, reserved.default);
console.log(reserved);
var strKeys = { 'a b': 1, 'c-d': 2, '': 3, 'if': 4 };
console.log(strKeys['a b'], strKeys['c-d'], strKeys[''], strKeys.if);
console.log(strKeys);
var numKeys = { 1: 'one', 2.5: 'twofive', 0x10: 'hex', 1e3: 'thousand' };
console.log(numKeys[1], numKeys['1'], numKeys[2.5], numKeys['2.5'], numKeys[16], numKeys[1000]);
console.log(numKeys);
var k = 'dyn';
var computed = { [k]: 1, [k + '2']: 2, ['x' + 1]: 3, [1 + 2]: 'three' };
console.log(computed.dyn, computed.dyn2, computed.x1, computed[3]);
console.log(computed);
var nested = { a: { b: { c: 1 } }, arr: [1, { d: 2 }] };
console.log(nested.a.b.c, nested.arr[1].d);
var empty = {};
console.log(empty, empty.missing);
var dup = { a: 1, b: 2, a: 3 };
console.log(dup);
var order = { z: 1, a: 2, 10: 'ten', 2: 'two', m: 3 };
console.log(order);
var selfRef = { name: 'me', greet() { return 'hi ' + this.name; } };
console.log(selfRef.greet());
var t = { 'quoted key': 'v', valid_id: 1, $dollar: 2, _under: 3 };
console.log(t);
var calc = { ['a' + 'b']() { return 'computed method'; } };
console.log(calc.ab());
