// finally ordering with return, break, continue, throw
const log = [];
function f1() {
  try { log.push('try'); return 'ret-try'; }
  finally { log.push('finally'); }
}
console.log(f1(), log.join(' > '));
log.length = 0;
function f2() {
  try { log.push('try'); throw new Error('x'); }
  catch (e) { log.push('catch'); return 'ret-catch'; }
  finally { log.push('finally'); }
}
console.log(f2(), log.join(' > '));
log.length = 0;
function f3() {
  for (let i = 0; i < 5; i++) {
    try {
      log.push('t' + i);
      if (i === 1) continue;
      if (i === 3) break;
      log.push('body' + i);
    } finally {
      log.push('f' + i);
    }
  }
  return 'loop done';
}
console.log(f3(), log.join(' '));
log.length = 0;
function f4() {
  let i = 0;
  while (true) {
    try {
      try {
        i++;
        if (i < 3) throw 'retry';
        return 'finished after ' + i;
      } catch (e) {
        log.push('catch ' + e + ' ' + i);
        if (i === 2) continue;
        log.push('after-continue-check');
      } finally {
        log.push('inner finally ' + i);
      }
    } finally {
      log.push('outer finally ' + i);
    }
  }
}
console.log(f4());
console.log(log);
log.length = 0;
// break inside catch
for (const v of [1, 2, 3]) {
  try {
    throw v;
  } catch (e) {
    log.push('catch' + e);
    if (e === 2) break;
  } finally {
    log.push('finally' + v);
  }
}
console.log(log.join(' '));
log.length = 0;
// return value computed before finally runs
function f5() {
  let x = 1;
  try { return x; }
  finally { x = 100; log.push('finally sets x=' + x); }
}
console.log(f5(), log);
log.length = 0;
// finally runs when exception propagates
function f6() {
  try { throw new Error('propagates'); }
  finally { log.push('f6 finally'); }
}
try { f6(); } catch (e) { log.push('outer caught ' + e.message); }
console.log(log);
log.length = 0;
// switch inside try inside loop
for (let i = 0; i < 3; i++) {
  try {
    switch (i) {
      case 0: log.push('zero'); break;
      case 1: log.push('one'); continue;
      default: log.push('other');
    }
    log.push('after switch ' + i);
  } finally {
    log.push('fin ' + i);
  }
}
console.log(log.join(', '));
