// "Are We Fast Yet"-style run of the Permute benchmark; only verification results are printed
const { Run } = require('./lib/awfy/harness');
const Permute = require('./lib/awfy/permute');
const ok = new Run('Permute', Permute, 3, 5).runBenchmark();
process.stdout.write('Permute overall: ' + (ok ? 'PASS' : 'FAIL') + '\n');
