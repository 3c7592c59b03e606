// throwing arbitrary values
function thrower(v) { throw v; }
const values = [42, 'a string', true, null, undefined, { code: 7, msg: 'obj' }, [1, 2], -0, NaN, new Error('err'), new TypeError('te')];
for (const v of values) {
  try {
    thrower(v);
    console.log('not reached');
  } catch (e) {
    const kind = e === null ? 'null' : typeof e;
    let shown;
    if (e instanceof Error) shown = e.name + ': ' + e.message;
    else shown = e;
    console.log('caught', kind, shown, e === v || (e !== e && v !== v));
  }
}
// throwing a class instance that is not an Error
class Signal { constructor(kind) { this.kind = kind; } }
try { throw new Signal('stop'); } catch (s) { console.log(s, s instanceof Signal, s instanceof Error); }
// throw from nested calls propagates up
function level3() { throw 'deep'; }
function level2() { level3(); return 'no'; }
function level1() { try { return level2(); } catch (e) { return 'level1 caught ' + e; } }
console.log(level1());
// throw in expression position via helper
const r = (function () { try { return [1, 2, thrower('mid-array'), 4]; } catch (e) { return 'caught ' + e; } })();
console.log(r);
// throw inside loop breaks out of it
const seen = [];
try {
  for (let i = 0; i < 10; i++) {
    seen.push(i);
    if (i === 3) throw { at: i };
  }
} catch (e) {
  console.log('loop stopped at', e.at, seen);
}
// error object fields
try {
  const e = new Error('with fields');
  e.code = 'E42';
  e.data = [1, 2];
  throw e;
} catch (err) {
  console.log(err.message, err.code, err.data, err instanceof Error);
}
// catch param scoping
let e = 'outer';
try { throw 'inner'; } catch (e) { console.log('inside catch', e); }
console.log('after catch', e);
// throw from a method and constructor
class Strict {
  constructor(v) { if (v < 0) throw new RangeError('negative: ' + v); this.v = v; }
  check() { if (this.v > 10) throw new Error('too big'); return 'ok'; }
}
for (const v of [5, -1, 50]) {
  try { console.log(new Strict(v).check()); } catch (err) { console.log(err.name, err.message); }
}
