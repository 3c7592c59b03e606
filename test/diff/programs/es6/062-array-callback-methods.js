// Array methods that take callbacks (self-hosted: compiled like user code):
// holes, mutation during iteration, thisArg, errors, names and lengths.
'use strict';
const a = [3, 1, , 4, 1, 5];
const log = [];
a.forEach(function (x, i, arr) { log.push(x + ':' + i + ':' + (arr === a)); });
console.log(log.join(' '));
console.log(a.map((x, i) => x * i), a.filter((x) => x > 1), a.some((x) => x > 4), a.every((x) => x > 0), a.find((x) => x === undefined), a.findIndex((x) => x === 4));
console.log(a.reduce((s, x) => s + x), a.reduce((s, x) => s + x, 100), [[1], [2, 3]].reduce((acc, x) => acc.concat(x), []));
console.log([1, 2, 3].map(function (x) { return this.k * x; }, { k: 10 }), [, , 5].map((x) => x));
const grow = [1, 2, 3]; grow.forEach((x) => { if (grow.length < 6) grow.push(x); }); console.log(grow);
const shrink = [1, 2, 3, 4]; console.log(shrink.map((x) => { shrink.pop(); return x * 2; }));
console.log(typeof [].forEach, [].forEach.name, [].map.length, [].reduce.length, String([].filter).slice(0, 20));
for (const bad of [undefined, null, 3, 'f', {}, [1]]) {
  try { [1].map(bad); } catch (e) { console.log(e.name, e.message); }
}
try { [].reduce((a, b) => a); } catch (e) { console.log(e.name, e.message); }
try { [, ,].reduce((a, b) => a); } catch (e) { console.log(e.name, e.message); }
console.log([, , 7].reduce((a, b) => a + b), [0, '', null, NaN, 'x', {}, [], -0].filter((x) => x).length);
console.log([1, 2, 3].some((x) => ({})), [1, 2].every((x) => 'x'), [1, 2].find((x) => 0), [5, 6].findIndex((x) => NaN));
let total = 0;
for (let r = 0; r < 3000; r++) total += [r, r + 1, r + 2].map((x) => x * 2).filter((x) => x % 3 !== 0).reduce((s, x) => s + x, 0);
console.log(total);
try { const fe = [].forEach; new fe(); } catch (e) { console.log(e.name, e.message); }
function thrower() { [1, 2].forEach((x) => { if (x === 2) throw new Error('inner ' + x); }); }
try { thrower(); } catch (e) { console.log(e.message, e.stack.split('\n').length > 1); }
class Foo {}; for (const v of [new Foo(), {}, [2]]) { try { [1].filter(v); } catch (e) { console.log(e.message); } }
