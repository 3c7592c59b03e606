// Date arithmetic, ToPrimitive (string hint for + and ==), Date.parse/UTC, and every string form.
var a = new Date(Date.UTC(2020, 0, 1, 0, 0, 0));
var b = new Date(Date.UTC(2020, 0, 2, 12, 30, 0));
console.log('difference', b - a, (b - a) / 36e5, +a, a * 1, -a, a / 1000, a % 7);
console.log('compare', a < b, a > b, a <= new Date(a.getTime()), a == new Date(a.getTime()), a === a, a == a.getTime(), a == a.toString());
console.log('plus is string', typeof (a + 1), (a + 1) === a.toString() + '1', typeof (1 + a), typeof (a + a), `${a}` === String(a), '' + a === a.toString());
console.log('Number/String', Number(a), String(a) === a.toString(), isNaN(new Date('x')), Math.max(a, b) === b.getTime());
var withValueOf = new Date(0);
withValueOf.valueOf = function () { return 99; };
withValueOf.toString = function () { return 'custom'; };
console.log('overridden', withValueOf + 1, withValueOf - 1, String(withValueOf), `${withValueOf}`);

console.log('UTC', Date.UTC(2020), Date.UTC(2020, 1), Date.UTC(2020, 1, 29, 25, 61, 61, 1001), Date.UTC(99, 0), Date.UTC(), Date.UTC(NaN), Date.UTC(2020, 'x'));
var inputs = ['2020-02-29', '2020-02-29T10:00', '2020-02-29T10:00:00.5Z', '2020-02-29T10:00:00+05:30', '2020-13-01', 'Feb 29, 2020', '29 February 2020 10:00 UTC',
  'Sat, 29 Feb 2020 10:00:00 GMT', '2020/02/29', '+010000-01-01T00:00:00Z', '-000001-01-01T00:00:00Z', '', 'garbage', '2020', '2020-02'];
inputs.forEach(function (s) {
  var t = Date.parse(s);
  console.log(JSON.stringify(s), isNaN(t) ? 'NaN' : t === new Date(s).getTime());
});
console.log('parse values', Date.parse('2020-02-29T10:00:00.5Z'), Date.parse('2020-02-29T10:00:00+05:30'), Date.parse('Sat, 29 Feb 2020 10:00:00 GMT'));

var dates = [new Date(Date.UTC(2001, 8, 9, 1, 46, 40)), new Date(-1), new Date(Date.UTC(-50, 5, 6)), new Date(Date.UTC(12345, 0, 1)), new Date(NaN)];
dates.forEach(function (d) {
  var iso;
  try { iso = d.toISOString(); } catch (e) { iso = e.name + ': ' + e.message; }
  console.log(iso, '|', d.toUTCString(), '|', d.toGMTString(), '|', d.toJSON(), '|', JSON.stringify(d));
  console.log('  ', String(d).length > 0, d.toString() === String(d), d.toDateString().length, d.toTimeString().length);
});
var local = new Date(2022, 10, 5, 8, 9, 10);
console.log(local.toString(), '|', local.toDateString(), '|', local.toTimeString());
console.log(local.toLocaleDateString('en-US'), '|', local.toLocaleTimeString('en-US'), '|', local.toLocaleString('en-GB'));
console.log(local.toLocaleDateString('en-US', { weekday: 'long', year: 'numeric', month: 'long', day: 'numeric' }));
console.log(local.toLocaleString('ja-JP', { timeZone: 'Asia/Tokyo' }), '|', local.toLocaleTimeString(['de-DE', 'en-US'], { hour: '2-digit', minute: '2-digit' }));
console.log(new Date(NaN).toLocaleString(), new Date(NaN).toLocaleDateString('en-US'));
try { local.toLocaleString('en-US', { timeZone: 'Nowhere/City' }); } catch (e) { console.log(e.name, e.message); }
console.log(JSON.stringify({ at: local, list: [new Date(0)] }));
console.log(Date.prototype.toJSON.call({ toISOString: function () { return 'generic'; } }), Date.prototype.toJSON.call({ valueOf: function () { return NaN; } }));
console.log('now is a number', typeof Date.now(), Date.now() > 1.6e12, new Date().getTime() >= 1.6e12, typeof new Date().getTime());

// Durations summed in a hot loop.
var total = 0;
var start = new Date(Date.UTC(2024, 0, 1));
for (var i = 0; i < 2000; i++) {
  var end = new Date(start.getTime() + i * 3600000);
  total += (end - start) / 3600000 + end.getUTCHours();
}
console.log('total', total);
