// benchmark harness: runs iterations, times them with process.hrtime, prints only verification
class Run {
  constructor(name, BenchmarkClass, numIterations, innerIterations) {
    this.name = name;
    this.BenchmarkClass = BenchmarkClass;
    this.numIterations = numIterations;
    this.innerIterations = innerIterations;
    this.totalMicros = 0;
  }
  measure(bench) {
    const start = process.hrtime();
    const ok = bench.innerBenchmarkLoop(this.innerIterations);
    const diff = process.hrtime(start);
    const micros = diff[0] * 1000000 + diff[1] / 1000;
    this.totalMicros += micros;
    return ok;
  }
  runBenchmark() {
    process.stdout.write('Starting ' + this.name + ' benchmark ...\n');
    const bench = new this.BenchmarkClass();
    let allOk = true;
    for (let i = 0; i < this.numIterations; i++) {
      let ok;
      try {
        ok = this.measure(bench);
      } catch (e) {
        process.stdout.write(this.name + ': iteration ' + i + ' threw ' + e.name + ': ' + e.message + '\n');
        ok = false;
      }
      if (!ok) allOk = false;
      process.stdout.write(this.name + ': iteration ' + i + (ok ? ' verified' : ' FAILED') + ' result=' + bench.lastResult + '\n');
    }
    process.stdout.write(this.name + ': iterations=' + this.numIterations + ' innerIterations=' + this.innerIterations);
    process.stdout.write(' allVerified=' + allOk + ' timeNonNegative=' + (this.totalMicros >= 0) + '\n');
    return allOk;
  }
}
function runAll(entries) {
  let failures = 0;
  for (const e of entries) {
    const run = new Run(e[0], e[1], e[2], e[3]);
    if (!run.runBenchmark()) failures++;
  }
  process.stdout.write('Benchmarks run: ' + entries.length + ', failures: ' + failures + '\n');
  return failures;
}
module.exports = { Run, runAll };
