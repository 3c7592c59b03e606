// JSON.stringify with replacer functions and property lists, toJSON, indentation; JSON.parse with a reviver.
var o = { a: 1, b: 'x', c: [1, null, undefined, function () {}, NaN, -0, 1e21], d: { e: true, f: undefined }, g: new Date(0), 2: 'two', 1: 'one' };
console.log(JSON.stringify(o));
console.log(JSON.stringify(o, null, 2));
console.log(JSON.stringify(o, null, '--'));
console.log(JSON.stringify(o, null, 20), JSON.stringify([], null, 2), JSON.stringify({}, null, 2), JSON.stringify([[]], null, 1));
console.log(JSON.stringify(o, ['a', 'd', 'e', 1, 'zz']));
console.log(JSON.stringify(o, function (k, v) { return typeof v === 'number' ? v * 10 : v; }));
console.log(JSON.stringify(o, function (k, v) { if (k === '') return v; return k === 'c' ? undefined : v; }, '\t'));
console.log(JSON.stringify({ toJSON: function (k) { return 'custom:' + k; } }), JSON.stringify({ x: { toJSON: function (k) { return k + '!'; } } }));
console.log(JSON.stringify(undefined), JSON.stringify(function () {}), JSON.stringify('a"b\n\u2028'), JSON.stringify(null), JSON.stringify(/re/), JSON.stringify([new Date(NaN)]));
var cyc = { a: 1 }; cyc.self = cyc;
try { JSON.stringify(cyc); } catch (e) { console.log(e.name, e.message.split('\n')[0]); }
console.log(JSON.parse('{"a":[1,2,{"b":3}],"c":"d"}', function (k, v) { return typeof v === 'number' ? v + 1 : v; }));
console.log(JSON.parse('{"a":1,"b":2,"c":[1,2,3]}', function (k, v) { if (k === 'b' || v === 2) return undefined; return v; }));
var seen = []; JSON.parse('{"x":{"y":1},"z":[true]}', function (k, v) { seen.push(k + '=' + JSON.stringify(v)); return v; }); console.log(seen);
console.log(JSON.parse('"2020-01-01T00:00:00.000Z"', function (k, v) { return typeof v === 'string' && /^\d{4}-/.test(v) ? new Date(v) : v; }));
console.log(JSON.stringify({ nested: { deeper: { list: [1, [2, [3]]] } } }, null, 3));
console.log(JSON.stringify([{ a: 1 }, 'x'], null, ''), JSON.stringify({ a: 1 }, null, 0), JSON.stringify({ a: 1 }, null, -5), JSON.stringify({ a: [1] }, null, 'abcdefghijklmnop'));
console.log(JSON.stringify({ a: 1, b: 2 }, [], 1), JSON.stringify([{ a: 1, b: 2 }], ['b']), JSON.stringify({ 1: 'a', b: 'c' }, [1, 1, 'b']));

// A config serializer: dates to ISO, secrets hidden, Sets of keys by replacer list.
function Config(name) { this.name = name; this.created = new Date(Date.UTC(2024, 2, 3, 4, 5, 6)); this.password = 'hunter2'; this.tags = ['a', 'b']; }
Config.prototype.toJSON = function () {
  var out = {};
  var self = this;
  Object.keys(this).forEach(function (k) { out[k] = k === 'password' ? '***' : self[k]; });
  return out;
};
var cfgs = [];
for (var i = 0; i < 50; i++) cfgs.push(new Config('c' + i));
var text = JSON.stringify({ configs: cfgs.slice(0, 2), count: cfgs.length }, function (k, v) { return k === 'tags' ? v.join('|') : v; }, 2);
console.log(text);
var back = JSON.parse(text, function (k, v) { return k === 'created' ? new Date(v) : v; });
console.log(back.configs[1].created.getUTCHours(), back.configs[0].created instanceof Date, back.count);
var sum = 0;
for (var j = 0; j < cfgs.length; j++) sum += JSON.stringify(cfgs[j], null, j % 4).length;
console.log('sum', sum);
