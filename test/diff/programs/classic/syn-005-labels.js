// Labelled statements: break and continue to outer loops of every kind,
// labelled blocks and ifs, several labels on one statement, and labelled
// jumps that cross try/finally, catch scopes and per-iteration let scopes.
var log = [];
outer: for (var i = 0; i < 4; i++) {
  for (var j = 0; j < 4; j++) {
    if (j === 2) continue outer;
    if (i === 3) break outer;
    log.push(i + '' + j);
  }
}
console.log(log.join(' '));
log = [];
var n = 0;
loop1: while (true) {
  n++;
  loop2: do {
    n += 10;
    if (n > 100) break loop1;
    if (n % 3 === 0) continue loop1;
    continue loop2;
  } while (n < 50);
}
console.log(n);
// for...of and for...in with labels.
var found = null;
search: for (const row of [[1, 2], [3, 4], [5, 6]]) {
  for (const k in row) {
    if (row[k] === 4) { found = 'row ' + row + ' key ' + k; break search; }
  }
}
console.log(found);
var skipped = [];
rows: for (const row of [[1, -2, 3], [4, 5], [-6]]) {
  for (const v of row) if (v < 0) { skipped.push(String(row)); continue rows; }
  skipped.push('ok:' + row);
}
console.log(skipped.join(' | '));
// Labelled blocks and ifs: break leaves the statement.
block: {
  log.push('in block');
  if (log.length > 0) break block;
  log.push('never');
}
check: if (true) {
  log.push('in if');
  break check;
}
console.log(log.join(', '));
// Several labels on one loop, both usable.
var c = 0;
a: b: for (var x = 0; x < 5; x++) {
  if (x === 1) continue a;
  if (x === 3) continue b;
  if (x === 4) break a;
  c += x;
}
console.log(c, x);
// Across try/finally: the finally bodies run, innermost first.
var trace = [];
out: for (var p = 0; p < 3; p++) {
  try {
    for (var q = 0; q < 3; q++) {
      try {
        if (q === 1) continue out;
        if (p === 2) break out;
        trace.push('body' + p + q);
      } finally {
        trace.push('inner' + p + q);
      }
    }
  } finally {
    trace.push('outer' + p);
  }
}
console.log(trace.join(' '));
// Out of a catch block and a labelled block with a try.
fin: {
  try {
    throw new Error('boom');
  } catch (e) {
    trace = ['caught ' + e.message];
    break fin;
  } finally {
    trace.push('finally');
  }
}
console.log(trace.join(', '));
// Closures over per-iteration let bindings, labelled continue between them.
var fns = [];
lets: for (let r = 0; r < 4; r++) {
  for (let s = 0; s < 4; s++) {
    if (s > r) continue lets;
    fns.push(() => r * 10 + s);
  }
}
console.log(fns.map((f) => f()).join());
// A labelled switch inside a loop: break label leaves the loop, plain break the switch.
var res = [];
sw: for (var t = 0; t < 6; t++) {
  switch (t % 3) {
    case 0: res.push('zero'); break;
    case 1: res.push('one'); continue sw;
    default: if (t > 4) break sw; res.push('two');
  }
  res.push('after' + t);
}
console.log(res.join());
// A label used only by a nested function's own loop of the same name.
function inner() {
  outer: for (var k = 0; k < 3; k++) { if (k === 1) break outer; }
  return k;
}
outer: for (var z = 0; z < 2; z++) { if (inner() === 1) continue outer; }
console.log(z, inner());
// Hot: a matrix search with labelled continue, so the JIT compiles the jumps.
var grid = [];
for (var gi = 0; gi < 40; gi++) { grid.push([]); for (var gj = 0; gj < 40; gj++) grid[gi].push((gi * 7 + gj * 13) % 17); }
var rowsWithout = 0, total = 0;
for (var rep = 0; rep < 20; rep++) {
  scan: for (var ri = 0; ri < 40; ri++) {
    for (var rj = 0; rj < 40; rj++) {
      if (grid[ri][rj] === 16) continue scan;
      total += grid[ri][rj];
    }
    rowsWithout++;
  }
}
console.log(rowsWithout, total);
