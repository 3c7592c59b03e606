// nested try/finally, rethrow, error wrapping
const events = [];
function risky(level) {
  events.push('enter ' + level);
  try {
    if (level === 0) throw new Error('bottom');
    return risky(level - 1);
  } finally {
    events.push('leave ' + level);
  }
}
try { risky(3); } catch (e) { events.push('caught ' + e.message); }
console.log(events.join(' | '));
// rethrow selectively
function handle(v) {
  try {
    if (v === 'type') throw new TypeError('bad type');
    if (v === 'range') throw new RangeError('bad range');
    if (v === 'plain') throw 'plain string';
    return 'fine';
  } catch (e) {
    if (e instanceof TypeError) return 'handled TypeError';
    throw e;
  }
}
for (const v of ['ok', 'type', 'range', 'plain']) {
  try {
    console.log(v, '=>', handle(v));
  } catch (e) {
    console.log(v, '=> rethrown', e instanceof Error ? e.name + ': ' + e.message : e);
  }
}
// wrapping errors with a cause-like property
class WrappedError extends Error {
  constructor(msg, inner) { super(msg); this.name = 'WrappedError'; this.inner = inner; }
}
function loadConfig() {
  try { JSONish(); } catch (e) { throw new WrappedError('config failed', e); }
}
function JSONish() { throw new SyntaxErrorLike('unexpected token'); }
class SyntaxErrorLike extends Error { constructor(m) { super(m); this.name = 'SyntaxErrorLike'; } }
try { loadConfig(); } catch (e) {
  console.log(e.name, e.message, '<-', e.inner.name, e.inner.message, e instanceof WrappedError, e.inner instanceof SyntaxErrorLike);
}
// deeply nested try blocks in one function
function deep() {
  const out = [];
  try {
    out.push('L1');
    try {
      out.push('L2');
      try {
        out.push('L3');
        throw 'boom';
      } finally {
        out.push('F3');
      }
    } catch (e) {
      out.push('C2:' + e);
      throw 'rethrow-' + e;
    } finally {
      out.push('F2');
    }
  } catch (e) {
    out.push('C1:' + e);
  } finally {
    out.push('F1');
  }
  return out.join(',');
}
console.log(deep());
// error thrown inside finally replaces original
try {
  try { throw new Error('original'); }
  finally { throw new Error('replacement'); }
} catch (e) { console.log('got', e.message); }
// retry loop
let attempts = 0;
function flaky() { attempts++; if (attempts < 4) throw new Error('fail #' + attempts); return 'success after ' + attempts; }
let result;
for (let i = 0; i < 10; i++) {
  try { result = flaky(); break; } catch (e) { console.log('retrying:', e.message); }
}
console.log(result);
