// runtime errors are catchable with Node's exact names and messages
function attempt(label, fn) {
  try {
    const r = fn();
    console.log(label, '-> no error', r);
  } catch (e) {
    console.log(label, '->', e.name + ': ' + e.message);
  }
}
let undef;
const nul = null;
const obj = { inner: undefined, n: null, num: 5, str: 'x', arr: [] };
attempt('read prop of undefined', () => undef.x);
attempt('read prop of null', () => nul.x);
attempt('read nested undefined', () => obj.inner.deep);
attempt('read numeric key of undefined', () => undef[0]);
attempt('read computed key of null', () => { const k = 'key'; return nul[k]; });
attempt('write prop of undefined', () => { undef.x = 1; });
attempt('write prop of null', () => { obj.n.y = 2; });
attempt('undeclared variable', () => notDeclared + 1);
attempt('undeclared call', () => notDeclaredFn());
attempt('call undefined var', () => { const f = undefined; return f(); });
attempt('call missing method', () => obj.missing());
attempt('call number prop', () => obj.num());
attempt('call string prop', () => obj.str());
attempt('call null prop', () => obj.n());
attempt('call nested missing', () => obj.arr.nothing());
attempt('call result of call', () => { const mk = () => 5; return mk()(); });
attempt('call array element', () => { const fs = [1]; return fs[0](); });
attempt('new non-constructor', () => { const a = () => 1; return new a(); });
attempt('TDZ let', () => { const r = later; let later = 1; return r; });
attempt('TDZ const', () => { tdz++; const tdz = 1; });
attempt('assign const', () => { const c = 1; c = 2; });
attempt('compound assign const', () => { const c = 1; c += 2; });
attempt('stack overflow', () => { function rec(n) { return rec(n + 1) + 1; } return rec(0); });
attempt('for-of non-iterable object', () => { const plain = { a: 1 }; for (const x of plain) {} });
attempt('for-of undefined', () => { for (const x of undef) {} });
attempt('for-of number', () => { const n = 5; for (const x of n) {} });
attempt('toFixed range', () => (1).toFixed(101));
attempt('toString radix', () => (10).toString(1));
attempt('invalid array length', () => new Array(-1));
attempt('invalid array length set', () => { const a = []; a.length = -1; });
attempt('instanceof non-callable', () => ({}) instanceof obj);
attempt('in-range ok', () => (1.5).toFixed(100).length);
attempt('property of undefined method result', () => obj.arr.pop().x);
attempt('typeof undeclared is fine', () => typeof alsoNotDeclared);
