// "Are We Fast Yet"-style run of the Mandelbrot benchmark; only verification results are printed
const { Run } = require('./lib/awfy/harness');
const Mandelbrot = require('./lib/awfy/mandelbrot');
const ok = new Run('Mandelbrot', Mandelbrot, 2, 100).runBenchmark();
process.stdout.write('Mandelbrot overall: ' + (ok ? 'PASS' : 'FAIL') + '\n');
