// "Are We Fast Yet"-style run of the Storage benchmark; only verification results are printed
const { Run } = require('./lib/awfy/harness');
const Storage = require('./lib/awfy/storage.js');
const ok = new Run('Storage', Storage, 3, 3).runBenchmark();
process.stdout.write('Storage overall: ' + (ok ? 'PASS' : 'FAIL') + '\n');
