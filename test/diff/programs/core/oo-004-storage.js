// Differential variant of bench/oo/oo-storage.js (the benchmark itself, loaded
// through the harness's collect mode) at a tiny size: random trees of four leaf classes, hash-consed through an open-addressing table.
// Node is the oracle for every printed result.
const harness = require('../../../../bench/yjit-bench-ports/harness');
harness.setCollectMode(true);
require('../../../../bench/oo/oo-storage.js');
const spec = harness.collectedSpecs()[0];
const cfg = { seed: 9, rounds: 1, trees: 6, depth: 4, arrayDepth: 2, expect: 'none' };
const state = spec.setup ? spec.setup(cfg) : cfg;
for (let i = 0; i < 3; i++) {
  const result = spec.benchmark(state);
  console.log(i, typeof result === 'string' ? result : JSON.stringify(result));
}
console.log(spec.name, 'check on its own expectation:', spec.check(spec.benchmark(state), state));
