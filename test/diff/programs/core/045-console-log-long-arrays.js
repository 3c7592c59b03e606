// console.log of long arrays: grouping into columns for > 6 items
function range(n, f) {
  var a = [];
  for (var i = 0; i < n; i++) a.push(f(i));
  return a;
}
console.log(range(6, i => i));
console.log(range(7, i => i));
console.log(range(10, i => i));
console.log(range(16, i => i * i));
console.log(range(26, i => i));
console.log(range(27, i => i * 3));
console.log(range(100, i => i));
console.log(range(101, i => i));
console.log(range(120, i => i % 7));
console.log(range(8, i => i * 1000000));
console.log(range(12, i => -i * 1.5));
console.log(range(9, i => 'str' + i));
console.log(range(9, i => i % 2 ? 'a' : 'longer string ' + i));
console.log(range(7, i => i % 2 ? i : 'x'));
console.log(range(20, i => i % 3 === 0 ? null : i));
console.log(range(8, i => [i]));
console.log(range(8, i => ({ v: i })));
console.log(range(30, i => 'w' + i));
console.log(range(5, i => 'a much longer string value that is quite long number ' + i));
console.log(range(7, i => 'abcdefghijklmnop' + i));
console.log(range(12, i => i % 4 === 0 ? 1e21 : 0.5));
console.log([1, 2, 3, 4, 5, 6, 7, , 9, 10]);
var holes = new Array(10);
holes[3] = 3;
holes[8] = 8;
console.log(holes);
console.log(range(10, i => i === 5 ? undefined : i));
console.log([range(8, i => i), range(3, i => i)]);
console.log({ nums: range(10, i => i * 11) });
console.log(range(7, i => -0));
console.log(range(7, i => true));
console.log(range(25, i => String.fromCharCode(97 + i)));
