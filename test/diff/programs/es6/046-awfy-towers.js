// "Are We Fast Yet"-style run of the Towers benchmark; only verification results are printed
const { Run } = require('./lib/awfy/harness');
const Towers = require('./lib/awfy/towers');
const ok = new Run('Towers', Towers, 3, 2).runBenchmark();
process.stdout.write('Towers overall: ' + (ok ? 'PASS' : 'FAIL') + '\n');
