// Number.prototype.toString(radix) for non-integers, toExponential, String.prototype.normalize, String.raw,
// and replaceAll's $ patterns with a string pattern.
var xs = [0.5, 255.5, -3.75, 0.1, 1 / 3, 1e21, 1e-7, 123.456, -0.000001, Math.PI, 2 ** 53 + 0.5, 4.35];
var radixes = [2, 3, 8, 16, 36];
for (var i = 0; i < xs.length; i++) {
  var line = [];
  for (var j = 0; j < radixes.length; j++) line.push(xs[i].toString(radixes[j]));
  console.log(xs[i], line.join(' '));
}
console.log((NaN).toString(2), (Infinity).toString(16), (-Infinity).toString(36), (-0).toString(2));
var ex = [1234.5678, 0, -0, -1e-7, 1e21, 5e-324, 1.7976931348623157e308, 0.000123, 123456789, 1.45, 2.5];
ex.forEach(function (x) { console.log(x, x.toExponential(), x.toExponential(0), x.toExponential(2), x.toExponential(20)); });
console.log(NaN.toExponential(2), Infinity.toExponential(), (-Infinity).toExponential(500), (3).toExponential(undefined), (3).toExponential('1'), (3).toExponential(1.9));
try { (1).toExponential(101); } catch (e) { console.log(e.name, e.message); }
try { (1).toExponential(-1); } catch (e) { console.log(e.name, e.message); }
try { Number.prototype.toExponential.call('1'); } catch (e) { console.log(e.name, e.message); }

console.log('\u0041\u030a'.normalize(), '\u0041\u030a'.normalize('NFC').length, '\u00c5'.normalize('NFD').length, '\ufb01'.normalize('NFKC'), '\ufb01'.normalize('NFKD'), '\ufb01'.normalize('NFC'));
console.log('caf\u00e9' === 'cafe\u0301', 'caf\u00e9'.normalize('NFD') === 'cafe\u0301'.normalize('NFD'), 'abc'.normalize(undefined));
try { 'a'.normalize('bad'); } catch (e) { console.log(e.name, e.message); }
try { String.prototype.normalize.call(null); } catch (e) { console.log(e.name, e.message); }

console.log(String.raw({ raw: ['a', 'b', 'c'] }, 1, 2, 3), String.raw({ raw: 'xyz' }, '-', '+'), String.raw({ raw: [] }), String.raw({ raw: ['only'] }, 9));
console.log(String.raw({ raw: { length: 3, 0: 'x', 1: 'y', 2: 'z' } }, 1), String.raw({ raw: ['\\n', '\\t'] }, '|'), String.raw.length);
try { String.raw(); } catch (e) { console.log(e.name, e.message); }
try { String.raw({}); } catch (e) { console.log(e.name, e.message); }

console.log('aXbXc'.replaceAll('X', '$$'), 'aXbXc'.replaceAll('X', '[$&]'), 'aXbXc'.replaceAll('X', "<$`>"), 'aXbXc'.replaceAll('X', "<$'>"));
console.log('aXbXc'.replaceAll('X', '$1'), 'aXbXc'.replaceAll('X', '$<n>'), 'aaa'.replaceAll('aa', 'b'), 'abc'.replaceAll('', '-'), ''.replaceAll('', 'x'));
console.log('aXbXc'.replace('X', '$$'), 'price: 5'.replaceAll('5', '$$5.00'));
var money = 0;
for (var k = 0; k < 500; k++) money += ('total X and X').replaceAll('X', '$$' + k).length;
console.log('money', money);
console.log('abc'.replaceAll('', (m, i) => '[' + i + ']'), ''.replaceAll('', () => 'x'), 'aXa'.replaceAll('a', (m, i, s) => i + s), 'x'.replace('', (m, i) => '<' + i + '>'));
