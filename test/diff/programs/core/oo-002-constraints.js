// Differential variant of bench/oo/oo-constraints.js (the benchmark itself, loaded
// through the harness's collect mode) at a tiny size: a chain and a projection test of the incremental constraint solver.
// Node is the oracle for every printed result.
const harness = require('../../../../bench/yjit-bench-ports/harness');
harness.setCollectMode(true);
require('../../../../bench/oo/oo-constraints.js');
const spec = harness.collectedSpecs()[0];
const cfg = { chain: 12, steps: 10, projection: 8, rounds: 3, repeat: 1, expect: 'none' };
const state = spec.setup ? spec.setup(cfg) : cfg;
for (let i = 0; i < 4; i++) {
  const result = spec.benchmark(state);
  console.log(i, typeof result === 'string' ? result : JSON.stringify(result));
}
console.log(spec.name, 'check on its own expectation:', spec.check(spec.benchmark(state), state));
