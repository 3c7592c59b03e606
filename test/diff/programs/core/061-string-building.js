// building strings
function repeatStr(s, n) {
  var out = '';
  for (var i = 0; i < n; i++) out += s;
  return out;
}
function padLeft(s, width, ch) {
  s = '' + s;
  while (s.length < width) s = ch + s;
  return s;
}
function padRight(s, width, ch) {
  s = '' + s;
  while (s.length < width) s = s + ch;
  return s;
}
console.log('[' + repeatStr('ab', 3) + ']', '[' + repeatStr('x', 0) + ']');
console.log(padLeft(42, 6, '0'), padLeft('abc', 2, '.'), padRight('ab', 5, '-') + '|');
// table
var rows = [['name', 'qty', 'price'], ['apple', 3, 1.5], ['banana', 12, 0.25], ['cherry', 100, 10]];
var widths = [0, 0, 0];
for (var r = 0; r < rows.length; r++)
  for (var c = 0; c < 3; c++)
    widths[c] = Math.max(widths[c], ('' + rows[r][c]).length);
var sep = '+';
for (var w = 0; w < 3; w++) sep += repeatStr('-', widths[w] + 2) + '+';
console.log(sep);
for (var r2 = 0; r2 < rows.length; r2++) {
  var line = '|';
  for (var c2 = 0; c2 < 3; c2++) {
    var cell = rows[r2][c2];
    line += ' ' + (typeof cell === 'number' ? padLeft(cell, widths[c2], ' ') : padRight(cell, widths[c2], ' ')) + ' |';
  }
  console.log(line);
  if (r2 === 0) console.log(sep);
}
console.log(sep);
// triangle & diamond
for (var i = 1; i <= 4; i++) console.log(repeatStr(' ', 4 - i) + repeatStr('*', 2 * i - 1));
for (var i2 = 3; i2 >= 1; i2--) console.log(repeatStr(' ', 4 - i2) + repeatStr('*', 2 * i2 - 1));
// number formatting with thousands separators
function commas(n) {
  var s = '' + Math.floor(Math.abs(n));
  var out = '';
  var cnt = 0;
  for (var j = s.length - 1; j >= 0; j--) {
    out = s.charAt(j) + out;
    cnt++;
    if (cnt % 3 === 0 && j > 0) out = ',' + out;
  }
  return (n < 0 ? '-' : '') + out;
}
console.log(commas(0), commas(999), commas(1000), commas(1234567), commas(-9876543210));
// join via array
var parts = [];
for (var k = 0; k < 10; k++) parts.push(k * k);
console.log(parts.join(', '));
// multiplication table
for (var a = 1; a <= 5; a++) {
  var l = '';
  for (var b = 1; b <= 5; b++) l += padLeft(a * b, 4, ' ');
  console.log(l);
}
// string builder with closures
function builder() {
  var buf = [];
  return {
    add: function (s) { buf.push(s); return this; },
    line: function (s) { buf.push(s + '\n'); return this; },
    done: function () { return buf.join(''); }
  };
}
console.log(builder().add('a').add('b').line('!').add('next').done());
