// "Are We Fast Yet"-style run of the JsonBench benchmark; only verification results are printed
const { Run } = require('./lib/awfy/harness');
const JsonBench = require('./lib/awfy/json-bench');
const ok = new Run('JsonBench', JsonBench, 3, 10).runBenchmark();
process.stdout.write('JsonBench overall: ' + (ok ? 'PASS' : 'FAIL') + '\n');
