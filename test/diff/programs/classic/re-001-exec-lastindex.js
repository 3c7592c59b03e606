// RegExp exec/test and lastIndex under the global and sticky flags, flags and source.
function show(label, v) { console.log(label, v); }

var re = /(\d+)-(\d+)/g;
var s = 'a 10-20 b 30-40 c';
var m;
while ((m = re.exec(s)) !== null) show('match', [m[0], m[1], m[2], m.index, re.lastIndex]);
show('after loop', re.lastIndex);

var sticky = /foo/y;
show('sticky at 0', sticky.test('xfoo'));
show('lastIndex', sticky.lastIndex);
sticky.lastIndex = 1;
show('sticky at 1', sticky.test('xfoo'));
show('lastIndex', sticky.lastIndex);
show('sticky again', sticky.test('xfoo'), sticky.lastIndex);

var plain = /o/;
plain.lastIndex = 5;
show('non-global ignores lastIndex', plain.exec('foo').index, plain.lastIndex);

var g = /a/g;
g.lastIndex = 100;
show('past the end', g.exec('aaa'), g.lastIndex);
g.lastIndex = '1';
show('string lastIndex', g.exec('aaa').index, g.lastIndex);
g.lastIndex = -3;
show('negative lastIndex', g.exec('aaa').index, g.lastIndex);
g.lastIndex = 1.7;
show('fractional lastIndex', g.exec('aaa').index, g.lastIndex);

var all = [/x/, /x/g, /x/i, /x/m, /x/s, /x/u, /x/y, /x/d, /x/dgimsuy];
for (var i = 0; i < all.length; i++) {
  var r = all[i];
  show(String(r), [r.source, r.flags, r.global, r.ignoreCase, r.multiline, r.dotAll, r.unicode, r.sticky, r.hasIndices, r.lastIndex]);
}
show('escaped source', /a\/b/.source, new RegExp('a/b').source, new RegExp('\n').source, RegExp('').source, String(new RegExp('')));

// Each evaluation of a literal is a new object with its own lastIndex.
function fresh() { return /z/g; }
var f1 = fresh(), f2 = fresh();
f1.exec('zz');
show('fresh objects', f1 === f2, f1.lastIndex, f2.lastIndex);

// Case-insensitive, multiline, dotAll.
show('i', /HELLO/i.test('say hello'));
show('m', 'one\ntwo\nthree'.match(/^t\w+/gm));
show('s', /a.b/s.test('a\nb'), /a.b/.test('a\nb'));
show('u', /^.$/u.test('\ud83d\ude00'), /^.$/.test('\ud83d\ude00'));

// Groups that do not participate are undefined.
m = /(a)|(b)/.exec('b');
show('undefined group', m, m.length, m[1] === undefined);
show('exec null', /q/.exec('abc'));
show('test coerces', /1/.test(1), /null/.test(null), /undefined/.test());
show('typeof', typeof /a/, /a/ instanceof RegExp, /a/ instanceof Object, /a/.constructor === RegExp);
show('toString', /a\d+/gi.toString(), '' + /x/, `${/y/m}`);
