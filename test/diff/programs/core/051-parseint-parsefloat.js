// parseInt / parseFloat / isNaN
var pi = ['42', '  42  ', '42px', 'px42', '-42', '+42', '0x1F', '0X1f', '-0x1f', '0x', '3.99', '-3.99', '', ' ', '1e3', '0b11', '010', '  -0', 'Infinity', '12abc34', '\t\n7'];
for (var i = 0; i < pi.length; i++) {
  console.log('[' + pi[i] + ']', parseInt(pi[i]), parseFloat(pi[i]));
}
console.log(parseInt('ff', 16), parseInt('FF', 16), parseInt('0xff', 16), parseInt('z', 36), parseInt('Z', 36), parseInt('10', 36));
console.log(parseInt('101', 2), parseInt('102', 2), parseInt('2', 2), parseInt('777', 8), parseInt('8', 8), parseInt('-101', 2));
console.log(parseInt('10', 0), parseInt('10', 1), parseInt('10', 37), parseInt('10', 10), parseInt('0x10', 10), parseInt('0x10', 0));
console.log(parseInt('123', 4), parseInt('zz', 36), parseInt('hello', 36), parseInt('  -ff', 16));
console.log(parseInt(15.99), parseInt(-15.99), parseInt(0.0000005), parseInt(1e21), parseInt(null), parseInt(undefined), parseInt(true));
console.log(parseInt('9007199254740993'), parseInt('123456789012345678901234567890'), parseInt('-0'), 1 / parseInt('-0'));
console.log(parseFloat('3.14abc'), parseFloat('.5'), parseFloat('-.5'), parseFloat('5.'), parseFloat('1e3'), parseFloat('1e'), parseFloat('1e-2x'));
console.log(parseFloat('-Infinity'), parseFloat('Infinityx'), parseFloat('infinity'), parseFloat('0x10'), parseFloat('1.2.3'), parseFloat('  \n 2.5'));
console.log(parseFloat('-0'), 1 / parseFloat('-0'), parseFloat(''), parseFloat('abc'), parseFloat('1_000'), parseFloat('+1.5e+2'));
console.log(parseFloat(3.5), parseFloat([2.5]), parseFloat(null), parseFloat('1e400'), parseFloat('-1e400'), parseFloat('1e-400'));
console.log(isNaN('abc'), isNaN('12'), isNaN(''), isNaN(' '), isNaN('1e3'), isNaN('0x10'), isNaN(undefined), isNaN(null), isNaN(NaN), isNaN(true));
var csv = '10,20.5,abc,0x1A,-7';
var parts = csv.split(',');
var sumInt = 0, sumFloat = 0;
for (var j = 0; j < parts.length; j++) {
  var n = parseInt(parts[j]);
  var f = parseFloat(parts[j]);
  if (!isNaN(n)) sumInt += n;
  if (!isNaN(f)) sumFloat += f;
}
console.log(sumInt, sumFloat);
