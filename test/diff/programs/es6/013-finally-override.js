// finally overriding return values and exceptions
function a() {
  try { return 'try'; } finally { return 'finally'; }
}
function b() {
  try { throw new Error('lost'); } finally { return 'finally swallowed error'; }
}
function c() {
  try { return 'try'; } finally { throw new Error('finally throws'); }
}
function d() {
  try { throw new Error('first'); } catch (e) { throw new Error('second from catch'); } finally { console.log('  d finally runs'); }
}
function e() {
  try { throw new Error('first'); } catch (x) { return 'catch'; } finally { return 'finally wins'; }
}
function f() {
  for (let i = 0; i < 3; i++) {
    try { return 'returned at ' + i; } finally { if (i < 2) continue; }
  }
  return 'fell out';
}
function g() {
  let out = 'start';
  do {
    try { return 'try-return'; } finally { out = 'finally-break'; break; }
  } while (false);
  return out;
}
function h() {
  let count = 0;
  try {
    try { count++; return count; }
    finally { count += 10; }
  } finally {
    count += 100;
    console.log('  h outer finally count', count);
  }
}
const fns = [['a', a], ['b', b], ['c', c], ['d', d], ['e', e], ['f', f], ['g', g], ['h', h]];
for (const pair of fns) {
  try {
    console.log(pair[0], '->', pair[1]());
  } catch (err) {
    console.log('threw', err.message);
  }
}
// nested finally overriding in order
function nested() {
  const seq = [];
  try {
    try {
      seq.push(1);
      throw 'x';
    } finally {
      seq.push(2);
    }
  } catch (v) {
    seq.push('caught ' + v);
  } finally {
    seq.push(3);
  }
  return seq;
}
console.log(nested());
