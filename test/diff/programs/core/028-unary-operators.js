// unary - + ~ !
var values = [0, -0, 1, -1, 1.5, NaN, Infinity, '', '3', '-3', ' 4 ', 'x', true, false, null, undefined, [], [2], [1, 2], {}];
for (var i = 0; i < values.length; i++) {
  var v = values[i];
  console.log(i, typeof v, -v, +v, ~v, !v);
}
console.log(1 / -0, 1 / -(0), 1 / -(-0), 1 / +(-0), 1 / -'0');
console.log(- -1, -(-(-1)), + +'5', ~~'7.9', !!!'');
var n = 5;
console.log(-n, +n, ~n, -n * -n, -(n + 1));
console.log(-'0x10', +'0b101' , +'1_000', +'.5', +'5.', +'-.5e1', +'Infinity', +'-Infinity', +'infinity');
