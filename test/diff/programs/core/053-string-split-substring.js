// split, substring, slice
var s = 'abcdefgh';
console.log(s.substring(2), s.substring(2, 5), s.substring(5, 2), s.substring(-3), s.substring(-3, 2), s.substring(3, 100), s.substring(NaN, 3));
console.log('[' + s.substring(4, 4) + ']', s.substring(0), s.substring(), s.substring(1.5, 3.9), s.substring('2', '4'));
console.log(s.slice(2), s.slice(2, 5), '[' + s.slice(5, 2) + ']', s.slice(-3), s.slice(-3, -1), s.slice(1, -1), s.slice(-100), '[' + s.slice(100) + ']');
console.log(s.slice(), s.slice(0, -0), '[' + s.slice(-2, -5) + ']', s.slice(NaN), s.slice(2.9, 4.1));
console.log('a,b,c'.split(','), 'a,b,c'.split(',', 2), 'a,b,c'.split(',', 0), 'a,b,c'.split(',', 10));
console.log('abc'.split(''), 'abc'.split('', 2), ''.split(''), ''.split(','), 'abc'.split(), 'abc'.split('x'));
console.log('a,,b,'.split(','), ',a'.split(','), 'a  b   c'.split(' '), 'one::two::three'.split('::'));
console.log('aaa'.split('a'), 'aaa'.split('aa'), 'hello'.split('l'), 'hello'.split('hello'), 'x'.split('x'));
console.log('1-2-3'.split('-').length, 'no separator here'.split(' ').length);
console.log('a b c d e f g h'.split(' ', 3));
console.log('caf\u00e9'.split(''), 'ab'.split(undefined));
// parse key=value pairs
var query = 'name=ann&age=31&city=paris&empty=&flag';
var pairs = query.split('&');
var result = {};
for (var i = 0; i < pairs.length; i++) {
  var eq = pairs[i].indexOf('=');
  if (eq < 0) result[pairs[i]] = true;
  else result[pairs[i].substring(0, eq)] = pairs[i].substring(eq + 1);
}
console.log(result);
// reverse a string
function reverse(str) {
  var out = '';
  for (var j = str.length - 1; j >= 0; j--) out += str.charAt(j);
  return out;
}
console.log(reverse('stressed'), reverse(''), reverse('a'));
// palindrome check
function isPal(str) {
  var clean = str.toLowerCase().split(' ').join('');
  return clean === reverse(clean);
}
console.log(isPal('A man a plan a canal Panama'), isPal('hello'));
// chunk string
function chunk(str, n) {
  var out = [];
  for (var k = 0; k < str.length; k += n) out.push(str.slice(k, k + n));
  return out;
}
console.log(chunk('abcdefghij', 3), chunk('ab', 5));
console.log('path/to/file.txt'.slice('path/to/file.txt'.indexOf('.') + 1), 'path/to/file.txt'.split('/').join('\\'));
