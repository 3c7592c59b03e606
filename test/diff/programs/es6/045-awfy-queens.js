// "Are We Fast Yet"-style run of the Queens benchmark; only verification results are printed
const { Run } = require('./lib/awfy/harness');
const Queens = require('./lib/awfy/queens.js');
const ok = new Run('Queens', Queens, 3, 5).runBenchmark();
process.stdout.write('Queens overall: ' + (ok ? 'PASS' : 'FAIL') + '\n');
