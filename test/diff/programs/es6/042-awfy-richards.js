// "Are We Fast Yet"-style run of the Richards benchmark; only verification results are printed
const { Run } = require('./lib/awfy/harness');
const Richards = require('./lib/awfy/richards');
const ok = new Run('Richards', Richards, 3, 2).runBenchmark();
process.stdout.write('Richards overall: ' + (ok ? 'PASS' : 'FAIL') + '\n');
