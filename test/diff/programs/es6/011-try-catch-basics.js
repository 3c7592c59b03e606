// try/catch with and without binding, nesting
try {
  console.log('in try');
} catch (e) {
  console.log('never');
}
try {
  throw new Error('no binding needed');
} catch {
  console.log('caught without binding');
}
function safeDiv(a, b) {
  try {
    if (b === 0) throw new RangeError('division by zero');
    return a / b;
  } catch (e) {
    return e.name + ': ' + e.message;
  }
}
console.log(safeDiv(10, 4), safeDiv(1, 0));
// nested try/catch
try {
  try {
    throw 'inner';
  } catch (e) {
    console.log('inner caught', e);
    throw 'from inner catch';
  }
} catch (e2) {
  console.log('outer caught', e2);
}
// catch variable is block scoped and can be reassigned
try { throw 1; } catch (x) { x = x + 1; console.log('x in catch', x); }
console.log(typeof x);
// var inside catch hoists to function
function hoist() {
  try { throw 'a'; } catch (err) { var inCatch = 'var from catch'; }
  return inCatch;
}
console.log(hoist());
// try/catch in loops with continue/break
const results = [];
for (let i = 0; i < 6; i++) {
  try {
    if (i % 2 === 0) throw i;
    results.push('ok' + i);
  } catch (v) {
    if (v === 4) break;
    results.push('err' + v);
    continue;
  }
  results.push('after' + i);
}
console.log(results);
// catching and returning values from functions
function parseNum(s) {
  try {
    const n = Number(s);
    if (isNaN(n)) throw new TypeError('not a number: ' + s);
    return n;
  } catch (e) {
    return e.message;
  }
}
console.log(['1', 'x', '2.5', ''].map(parseNum));
// exceptions cross callbacks
function each(arr, f) { for (const a of arr) f(a); }
try {
  each([1, 2, 3], v => { if (v === 2) throw new Error('stop at ' + v); console.log('visit', v); });
} catch (e) {
  console.log(e.message);
}
// try inside catch inside try
let trail = '';
try {
  trail += 'a';
  throw 0;
} catch (z) {
  trail += 'b';
  try { trail += 'c'; throw 1; } catch (y) { trail += 'd' + y; }
  trail += 'e';
}
console.log(trail);
