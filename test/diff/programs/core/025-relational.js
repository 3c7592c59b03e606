// relational operators across types
console.log(1 < 2, 2 < 1, 1 <= 1, 1 >= 2, 2 > 1, 2 >= 2);
console.log('a' < 'b', 'B' < 'a', 'abc' < 'abd', 'abc' < 'ab', '' < 'a', 'Z' < 'a', 'a' < 'aa');
console.log('10' < '9', '10' < 9, 10 < '9', '10' > '09', '1e1' > 9, ' 5' < 6);
console.log(NaN < 1, NaN > 1, NaN <= NaN, NaN >= NaN, 'abc' < 1, 'abc' > 1, 'abc' >= 1);
console.log(null < 1, null >= 0, null <= 0, null > 0, null == 0, undefined < 1, undefined >= 0);
console.log(true > false, true >= 1, false < 1, true < 2, [2] > 1, [1, 2] < 3, [] < 1);
console.log(Infinity > 1e308, -Infinity < -1e308, Infinity >= Infinity, -0 < 0, -0 <= 0, 0 >= -0);
console.log('\u00e9' > 'z', 'a' < '\u00e9', 'A' < 'a', '0' < 'A', ' ' < '0');
console.log({} < {}, {} <= {}, {} >= {}, [1] <= [1], [1] < [1]);
var words = ['banana', 'Apple', 'cherry', 'apple', '10', '9', 'Banana'];
// insertion sort using < on strings
for (var i = 1; i < words.length; i++) {
  var cur = words[i], j = i - 1;
  while (j >= 0 && words[j] > cur) { words[j + 1] = words[j]; j--; }
  words[j + 1] = cur;
}
console.log(words);
var nums = ['10', '9', '100', '1', '-5'];
var asNums = nums.map(Number);
for (var a = 1; a < asNums.length; a++) {
  var c = asNums[a], b = a - 1;
  while (b >= 0 && asNums[b] > c) { asNums[b + 1] = asNums[b]; b--; }
  asNums[b + 1] = c;
}
console.log(asNums);
console.log(1 < 2 < 3, 3 > 2 > 1, 3 > 2 >= 1);
