// base class for "Are We Fast Yet"-style benchmarks
class Benchmark {
  constructor() {
    this.lastResult = undefined;
  }
  innerBenchmarkLoop(innerIterations) {
    for (let i = 0; i < innerIterations; i++) {
      const result = this.benchmark();
      this.lastResult = result;
      if (!this.verifyResult(result)) return false;
    }
    return true;
  }
  benchmark() {
    throw new Error('subclass responsibility: benchmark()');
  }
  verifyResult(result) {
    throw new Error('subclass responsibility: verifyResult(' + result + ')');
  }
}
module.exports = Benchmark;
