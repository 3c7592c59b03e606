// "Are We Fast Yet"-style run of the Bounce benchmark; only verification results are printed
const { Run } = require('./lib/awfy/harness');
const Bounce = require('./lib/awfy/bounce');
const ok = new Run('Bounce', Bounce, 3, 5).runBenchmark();
process.stdout.write('Bounce overall: ' + (ok ? 'PASS' : 'FAIL') + '\n');
