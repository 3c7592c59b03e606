// "Are We Fast Yet"-style run of the Sieve benchmark; only verification results are printed
const { Run } = require('./lib/awfy/harness');
const Sieve = require('./lib/awfy/sieve.js');
const ok = new Run('Sieve', Sieve, 3, 5).runBenchmark();
process.stdout.write('Sieve overall: ' + (ok ? 'PASS' : 'FAIL') + '\n');
