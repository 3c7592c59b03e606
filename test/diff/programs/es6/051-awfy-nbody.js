// "Are We Fast Yet"-style run of the NBody benchmark; only verification results are printed
const { Run } = require('./lib/awfy/harness');
const NBody = require('./lib/awfy/nbody.js');
const ok = new Run('NBody', NBody, 2, 1000).runBenchmark();
process.stdout.write('NBody overall: ' + (ok ? 'PASS' : 'FAIL') + '\n');
