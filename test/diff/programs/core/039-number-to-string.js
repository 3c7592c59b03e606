// number -> string formatting (shortest round-trip, exponent thresholds)
var nums = [0, -0, 1, -1, 10, 100, 1e20, 1e21, 1e22, 123456789012345680000, 1.5e21,
  0.1, 0.2, 0.1 + 0.2, 1 / 3, 2 / 3, 1e-6, 1e-7, 1.5e-7, -1e-7, 0.000001, 0.0000012345,
  5e-324, 1.7976931348623157e308, 2 ** 53, 2 ** 53 + 1, 123.456, -123.456, 100.5, 1.25e-10,
  4.35, 0.7 * 3, 3.0, 1e100, 1.2345678901234567e-300, 0.5, 1e16, 12345678901234567, 9.999999999999999e20,
  255 / 256, 1 / 1024, 1 / 7, 22 / 7, 1e-5, 12e-7, 0.00001234];
for (var i = 0; i < nums.length; i++) {
  var n = nums[i];
  console.log(String(n), '' + n, n.toString(), `${n}`);
}
console.log(nums.slice(0, 12));
console.log(nums.slice(12, 24));
console.log(String(0.000001), (0.000001).toString(), String(0.0000001));
console.log(String(Number('1e21')), String(Number('999999999999999999999')), String(Number('0.1e-6')));
console.log(1e21 + '', 1e21 - 1e5 + '', (1e21 / 10) + '');
