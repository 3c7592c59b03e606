// % with various operands
console.log(7 % 3, -7 % 3, 7 % -3, -7 % -3);
console.log((-5) % 2, 5 % -2, -4 % 2, 4 % -2, 1 / (-4 % 2), 1 / (4 % -2));
console.log(0 % 5, -0 % 5, 1 / (-0 % 5), 5 % 5, -5 % 5, 1 / (-5 % 5));
console.log(5.5 % 2, -5.5 % 2, 5 % 2.5, 5 % 1.5, 0.3 % 0.1, 10.75 % 1);
console.log(5 % 0, 5 % NaN, Infinity % 3, 3 % Infinity, -3 % Infinity, 1 / (-0 % Infinity));
console.log(2147483648 % 10, -2147483649 % 10, 4294967296 % 7, 1e17 % 7, 1e300 % 3);
console.log('10' % 3, '10' % '4', true % 2, null % 2, undefined % 2, [7] % 4);
function mod(a, b) { return ((a % b) + b) % b; }
console.log(mod(-1, 5), mod(-6, 5), mod(6, 5), mod(0, 5), mod(-5, 5));
var counts = [];
for (var i = -6; i <= 6; i++) counts.push(i % 4);
console.log(counts);
var fracs = [];
for (var j = -3; j <= 3; j++) fracs.push(j * 0.7 % 1);
console.log(fracs);
var x = 17;
x %= 5;
console.log(x);
console.log(9007199254740991 % 1000, -9007199254740991 % 1000);
console.log(-1 % 1, 1 / (-1 % 1), -2.5 % 0.5, 1 / (-2.5 % 0.5));
