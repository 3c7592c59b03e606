// String methods with regexps: match, matchAll, replace, replaceAll, search, split.
var text = 'The year 1999 ended; 2000 began. Call 555-1234 or 555-9876!';

console.log(text.match(/\d{4}/));
console.log(text.match(/\d{4}/g));
console.log(text.match(/zzz/g), text.match(/zzz/));
console.log('abc'.match(), 'abc'.match(undefined), 'a.c'.match('.'), 'x1'.match(1));

var phone = /(?<area>\d{3})-(?<num>\d{4})/g;
for (const m of text.matchAll(phone)) console.log(m.index, m[0], m.groups.area, m.groups.num);
var it = 'a1b22c333'.matchAll(/[a-z](\d+)/g);
console.log(it);
var step = it.next();
console.log(step.done, step.value[1]);
console.log(it.next().value[0], it.next().value.index, it.next(), it.next());
console.log(Object.prototype.toString.call(it));
var lazy = /o/g;
lazy.lastIndex = 3;
var fromThree = [];
for (const m of 'foo boo'.matchAll(lazy)) fromThree.push(m.index);
console.log(fromThree, lazy.lastIndex);
var byString = [];
for (const m of 'a.b.c'.matchAll('.')) byString.push(m.index);
console.log(byString);

// replace: the $ patterns.
console.log('John Smith'.replace(/(\w+)\s(\w+)/, '$2, $1'));
console.log('abc'.replace(/b/, '[$&]'), 'abc'.replace(/b/, "[$`]"), 'abc'.replace(/b/, "[$']"), 'abc'.replace(/b/, '[$$]'));
console.log('2024-03-15'.replace(/(?<y>\d+)-(?<m>\d+)-(?<d>\d+)/, '$<d>/$<m>/$<y>'));
console.log('abc'.replace(/(b)/, '$2$1$0$10'), 'aaa'.replace(/a/g, 'b'), 'aaa'.replace(/a/, 'b'));
console.log('x'.replace(/x/, '$<none>'), 'x'.replace(/(?<n>x)/, '[$<none>]'));

// replace with a function: every argument.
console.log('a1b2'.replace(/([a-z])(\d)/g, function (match, letter, digit, offset, whole) {
  return '(' + [match, letter, digit, offset, whole].join(',') + ')';
}));
console.log('k=v'.replace(/(?<key>\w)=(?<val>\w)/, function (m, k, v, off, str, groups) {
  return JSON.stringify([m, k, v, off, str, groups.key, groups.val]);
}));
console.log('aaa'.replace(/a/g, function (m, off) { return off; }));
console.log('one two'.replace(/(x)?(\w+)/g, function (m, x, w) { return x === undefined ? w.toUpperCase() : '?'; }));
console.log('abc'.replace('b', function (m, off, s) { return m + off + s; }));
console.log('a-b-c'.replaceAll('-', function (m, off) { return off; }));

// Empty matches advance.
console.log('abc'.replace(/x*/g, '-'), 'abc'.split(/(?:)/), '\ud83d\ude00x'.replace(/(?:)/gu, '.'), '\ud83d\ude00x'.replace(/(?:)/g, '.').length);

// replaceAll with strings expands $ patterns too.
console.log('aXbXc'.replaceAll('X', '$$'), 'aXbXc'.replaceAll('X', '[$&]'), 'aXb'.replaceAll('X', "$`"), 'aXb'.replaceAll('X', "$'"));
console.log('aaa'.replaceAll('a', 'b'), 'aaa'.replaceAll('', '.'), 'a.b.c'.replaceAll(/\./g, '/'));

// search.
var sr = /o/g;
sr.lastIndex = 2;
console.log('hello world'.search(/o/), 'hello'.search(/z/), 'hello'.search('l'), sr.lastIndex, 'x'.search(sr), sr.lastIndex);

// split.
console.log('a, b,c ,d'.split(/\s*,\s*/));
console.log('a1b2c3'.split(/(\d)/));
console.log('a1b2c3'.split(/(\d)/, 3));
console.log('a1b2c3'.split(/\d/, 0), ''.split(/x/), ''.split(/(?:)/), 'abc'.split(/(a)|(z)/));
console.log('one  two   three'.split(/\s+/), 'x'.split(/x/), 'test'.split(/(?=s)/));

// includes/startsWith/endsWith refuse regexps.
['includes', 'startsWith', 'endsWith'].forEach(function (m) {
  try { console.log('a/a/'[m](/a/)); } catch (e) { console.log(e.name, e.message); }
  console.log('a/a/'[m]('/a/'));
});
