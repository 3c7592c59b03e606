// "Are We Fast Yet"-style suite runner: every benchmark once, plus a failing one
const { runAll } = require('./lib/awfy/harness.js');
const Benchmark = require('./lib/awfy/benchmark');
const names = ['richards', 'sieve', 'permute', 'queens', 'towers', 'list', 'bounce', 'storage', 'mandelbrot', 'nbody', 'json-bench'];
const classes = names.map(n => require('./lib/awfy/' + n));
class Broken extends Benchmark {
  benchmark() { return 41; }
  verifyResult(r) { return r === 42; }
}
class Abstract extends Benchmark {}
const entries = [];
for (let i = 0; i < names.length; i++) {
  const inner = names[i] === 'mandelbrot' ? 50 : names[i] === 'nbody' ? 1 : 1;
  entries.push([names[i], classes[i], 1, inner]);
}
entries.push(['Broken', Broken, 2, 1]);
entries.push(['Abstract', Abstract, 1, 1]);
const failures = runAll(entries);
process.stdout.write('exit status would be ' + (failures > 0 ? 1 : 0) + '\n');
console.log(typeof classes[0], classes.length, classes[1] === require('./lib/awfy/sieve.js'));
