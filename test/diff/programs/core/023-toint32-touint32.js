// ToInt32 / ToUint32 conversions
var vals = [0, -0, 1, -1, 3.7, -3.7, 0.9999, -0.9999, 2147483647, 2147483648, -2147483648, -2147483649,
  4294967295, 4294967296, 4294967297, 2 ** 32 + 5, -(2 ** 32) - 5, 2 ** 53, 2 ** 53 + 2, 2 ** 63, 2 ** 64 + 4096,
  1e15 + 0.5, 123456789012, -123456789012, NaN, Infinity, -Infinity, 1.5e300];
for (var i = 0; i < vals.length; i++) {
  var v = vals[i];
  console.log(v, '|0 =', v | 0, '>>>0 =', v >>> 0, '>>0 =', v >> 0, '<<0 =', v << 0, '~~ =', ~~v);
}
// string and other conversions
var others = ['3.9', '-3.9', ' 42 ', '0x1f', '1e3', '', 'abc', '4294967296', '-0'];
for (var j = 0; j < others.length; j++) {
  console.log(JSON_like(others[j]), others[j] | 0, others[j] >>> 0);
}
function JSON_like(s) { return "'" + s + "'"; }
console.log([5] | 0, [1, 2] | 0, true >>> 0, false << 3, null >>> 0, undefined >> 0);
// shift counts use low 5 bits
for (var s = 30; s <= 34; s++) {
  console.log('shift', s, 1 << s, -2147483648 >> s, -2147483648 >>> s);
}
// negative zero after int conversion is +0
console.log(1 / (-0 | 0), 1 / (-0.3 | 0), 1 / (-0 >>> 0));
