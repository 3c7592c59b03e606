// String() and Number() conversions
var inputs = [' 12 ', '0x1f', '0X1F', '', ' ', 'abc', '1e3', '-1e-3', '12px', '.5', '5.', '+5', '-5', '--5', '0b11', '0o17', '1_0', 'Infinity', '-Infinity', '\n42\t', '0x', '00012', '-0x10', '1e1000', '3.14.15'];
for (var i = 0; i < inputs.length; i++) {
  console.log(JSON_q(inputs[i]), Number(inputs[i]));
}
function JSON_q(s) { return '[' + s + ']'; }
console.log(Number(null), Number(undefined), Number(true), Number(false), Number(), Number(NaN));
console.log(Number([]), Number([5]), Number(['7']), Number([1, 2]), Number({}), Number([[]]), Number([null]));
console.log(Number(-0), 1 / Number(-0), Number('-0'), Number(Infinity));
console.log(String(1), String(-1.5), String(1e21), String(1e-7), String(-0), String(NaN), String(Infinity));
console.log(String(null), String(undefined), String(true), String(false), String());
console.log(String([]), String([1, 2, 3]), String([1, [2, [3]]]), String([null, undefined, 1]), String({}), String([{}]));
console.log(String('already'), String(''), String(String('nested')));
function P(x) { this.x = x; }
console.log(String(new P(1)), '' + new P(2));
console.log(typeof String(1), typeof Number('1'), String(123).length, Number('12') + 1, String(12) + 1);
console.log(Number('  \t\n  '), Number('1 2'), Number('1e'), Number('e1'), Number('.'), Number('+.5'), Number('-.5e-1'));
console.log(Number('9007199254740993'), Number('123456789012345678901234567890'), Number('0.1e-400'), Number('1.7976931348623159e308'));
console.log(Number(' 0x10 '), Number('0x1.5'), Number('0xg'), Number('ffff'));
