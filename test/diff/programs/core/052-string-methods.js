// string methods: length, charAt, charCodeAt, indexOf, toUpperCase, toLowerCase, trim
var s = 'Hello, World';
console.log(s.length, s.charAt(0), s.charAt(7), s.charAt(11), '[' + s.charAt(12) + ']', '[' + s.charAt(-1) + ']');
console.log(s.charAt(), s.charAt(1.9), s.charAt('3'), s.charAt(NaN));
console.log(s.charCodeAt(0), s.charCodeAt(1), s.charCodeAt(12), s.charCodeAt(-1), s.charCodeAt(), s.charCodeAt(100));
console.log(s.indexOf('o'), s.indexOf('o', 5), s.indexOf('o', 9), s.indexOf('World'), s.indexOf('world'), s.indexOf(''), s.indexOf('', 5), s.indexOf('', 100));
console.log(s.indexOf('l', -5), s.indexOf('H', 1), s.indexOf('d', 11), s.indexOf('Hello, World!'), s.indexOf(','), 'aaa'.indexOf('aa', 1));
console.log('abc'.indexOf('c', 2.7), 'abcabc'.indexOf('abc', 1), 'null'.indexOf(null), 'undefined'.indexOf(), '123'.indexOf(2));
console.log(s.toUpperCase(), s.toLowerCase(), 'ÉCOLE straße'.toLowerCase(), 'straße'.toUpperCase(), 'ǅ'.toLowerCase());
console.log('[' + '  pad  '.trim() + ']', '[' + '\t\n x \r\n'.trim() + ']', '[' + ''.trim() + ']', '[' + '   '.trim() + ']', '[' + 'a b'.trim() + ']');
console.log('[' + '\u00a0nbsp\u00a0'.trim() + ']', '[' + '\ufeffbom'.trim() + ']', '\u2003em\u2003'.trim().length);
// count occurrences
function count(str, sub) {
  var n = 0, pos = str.indexOf(sub);
  while (pos !== -1) { n++; pos = str.indexOf(sub, pos + 1); }
  return n;
}
console.log(count('banana', 'a'), count('banana', 'ana'), count('aaaa', 'aa'), count('abc', 'x'));
// char codes round trip
var codes = [];
for (var i = 0; i < 'JS!'.length; i++) codes.push('JS!'.charCodeAt(i));
console.log(codes, String.fromCharCode(codes[0], codes[1], codes[2]));
console.log(String.fromCharCode(), String.fromCharCode(97), String.fromCharCode(97.9), String.fromCharCode(65535).length, String.fromCharCode(-1).charCodeAt(0), String.fromCharCode('66'));
// caesar cipher
function caesar(str, k) {
  var out = '';
  for (var i = 0; i < str.length; i++) {
    var c = str.charCodeAt(i);
    if (c >= 65 && c <= 90) out += String.fromCharCode((c - 65 + k) % 26 + 65);
    else if (c >= 97 && c <= 122) out += String.fromCharCode((c - 97 + k) % 26 + 97);
    else out += str.charAt(i);
  }
  return out;
}
console.log(caesar('Hello, World!', 3), caesar(caesar('Hello, World!', 3), 23));
// capitalize words
function titleCase(str) {
  var words = str.split(' ');
  var out = [];
  for (var i = 0; i < words.length; i++) {
    var w = words[i];
    out.push(w.charAt(0).toUpperCase() + w.slice(1).toLowerCase());
  }
  return out.join(' ');
}
console.log(titleCase('the qUICK brown FOX'));
console.log('abc'.length === 3, ''.charAt(0) === '', 'x'.charCodeAt(0).toString(16));
var str = 'mississippi';
var positions = [];
for (var p = str.indexOf('ss'); p >= 0; p = str.indexOf('ss', p + 1)) positions.push(p);
console.log(positions);
console.log(str[0], str[str.length - 1], str['3'], typeof str[100]);
