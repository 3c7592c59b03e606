// run-length encoding and decoding
function encode(s) {
  if (s.length === 0) return '';
  var out = '';
  var cur = s.charAt(0), count = 1;
  for (var i = 1; i < s.length; i++) {
    var c = s.charAt(i);
    if (c === cur) count++;
    else { out += count + cur; cur = c; count = 1; }
  }
  out += count + cur;
  return out;
}
function decode(s) {
  var out = '';
  var num = 0;
  for (var i = 0; i < s.length; i++) {
    var c = s.charAt(i);
    var code = s.charCodeAt(i);
    if (code >= 48 && code <= 57) num = num * 10 + (code - 48);
    else {
      for (var k = 0; k < num; k++) out += c;
      num = 0;
    }
  }
  return out;
}
var inputs = ['', 'a', 'aaa', 'aaabbbcccd', 'abcd', 'wwwwwwwwwwwwbwwwwwwwwwwwwbbbwwwwwwwwwwwwwwwwwwwwwwwwbwwwwwwwwwwwwww', 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', 'aabbaabb', '  ..  '];
for (const s of inputs) {
  var e = encode(s);
  var d = decode(e);
  console.log(JSONish(s), '->', JSONish(e), d === s ? 'ok' : 'MISMATCH', e.length + '/' + s.length);
}
function JSONish(s) { return s.length > 20 ? '"' + s.slice(0, 17) + '..."' : '"' + s + '"'; }
// array RLE
function encodeArr(arr) {
  var out = [];
  for (var i = 0; i < arr.length; i++) {
    if (out.length && out[out.length - 1][0] === arr[i]) out[out.length - 1][1]++;
    else out.push([arr[i], 1]);
  }
  return out;
}
console.log(encodeArr([1, 1, 2, 3, 3, 3, 1]));
console.log(encodeArr([]), encodeArr(['x']), encodeArr([true, true, false]));
// look-and-say
function lookAndSay(s) {
  var out = '';
  var i = 0;
  while (i < s.length) {
    var j = i;
    while (j < s.length && s.charAt(j) === s.charAt(i)) j++;
    out += (j - i) + s.charAt(i);
    i = j;
  }
  return out;
}
var las = '1';
var lens = [];
for (var n = 0; n < 10; n++) { console.log(n, las.length < 30 ? las : las.slice(0, 30) + '...'); lens.push(las.length); las = lookAndSay(las); }
for (var n2 = 10; n2 < 30; n2++) { lens.push(las.length); las = lookAndSay(las); }
console.log(lens.join(' '));
