// "Are We Fast Yet"-style run of the List benchmark; only verification results are printed
const { Run } = require('./lib/awfy/harness');
const List = require('./lib/awfy/list.js');
const ok = new Run('List', List, 3, 5).runBenchmark();
process.stdout.write('List overall: ' + (ok ? 'PASS' : 'FAIL') + '\n');
