// switch and do...while corner cases
const out = [];
for (let i = 0; i < 7; i++) {
  switch (i % 4) {
    case 0:
      if (i > 3) { out.push('skip' + i); continue; }
      out.push('zero' + i);
      break;
    case 1: {
      let local = i * 10;
      out.push('one' + local);
    }
    // falls through
    case 2:
      out.push('two-ish' + i);
      break;
    default:
      out.push('def' + i);
  }
  out.push('|');
}
console.log(out.join(' '));
// do-while whose body throws on the last iteration
let n = 0;
try {
  do {
    n++;
    if (n === 4) throw new Error('at ' + n);
  } while (true);
} catch (e) {
  console.log(e.message, n);
}
// do-while with continue skipping to condition (condition has side effects)
let checks = 0;
let k = 0;
const picked = [];
do {
  k++;
  if (k % 3 !== 0) continue;
  picked.push(k);
} while ((checks++, k < 12));
console.log(picked, checks);
// switch on expression results, case with function calls
function sw(v) {
  switch (typeof v) {
    case 'number':
      switch (true) {
        case v < 0: return 'negative number';
        case v === 0: return 'zero';
        case v % 2 === 0: return 'even number';
        default: return 'odd number';
      }
    case 'string': return v.length === 0 ? 'empty string' : 'string of ' + v.length;
    case 'object': return v === null ? 'null' : 'object';
    default: return typeof v;
  }
}
console.log([-3, 0, 4, 7, '', 'abc', null, {}, undefined, true, () => 1].map(sw).join(', '));
// switch with let in different cases (separate blocks) inside a loop with closures
const fns = [];
for (let i = 0; i < 3; i++) {
  switch (i) {
    case 0: { const msg = 'first'; fns.push(() => msg + i); break; }
    case 1: { const msg = 'second'; fns.push(() => msg + i); break; }
    default: { const msg = 'other'; fns.push(() => msg + i); }
  }
}
console.log(fns.map(f => f()));
// switch with return inside try/finally
function tricky(v) {
  const log = [];
  try {
    switch (v) {
      case 'a': log.push('case a'); return log;
      case 'b': log.push('case b'); throw new Error('b!');
      default: log.push('default');
    }
  } catch (e) {
    log.push('caught ' + e.message);
  } finally {
    log.push('finally');
  }
  log.push('end');
  return log;
}
console.log(tricky('a'), tricky('b'), tricky('c'));
// do-while false with break/continue
let dw = '';
do { dw += 'once'; if (dw) break; dw += 'never'; } while (false);
do { dw += '+cont'; continue; } while (false);
console.log(dw);
// nested do-while
let outerI = 0, total = 0;
do {
  let innerJ = 0;
  do { total += outerI * innerJ; innerJ++; } while (innerJ < 4);
  outerI++;
} while (outerI < 5);
console.log(total);
