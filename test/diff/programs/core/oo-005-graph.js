// Differential variant of bench/oo/oo-graph.js (the benchmark itself, loaded
// through the harness's collect mode) at a tiny size: dominators, natural loops, loop nesting and SCCs over a generated CFG.
// Node is the oracle for every printed result.
const harness = require('../../../../bench/yjit-bench-ports/harness');
harness.setCollectMode(true);
require('../../../../bench/oo/oo-graph.js');
const spec = harness.collectedSpecs()[0];
const cfg = { seed: 21, depth: 4, irregular: 2, passes: 2, expect: 'none' };
const state = spec.setup ? spec.setup(cfg) : cfg;
for (let i = 0; i < 3; i++) {
  const result = spec.benchmark(state);
  console.log(i, typeof result === 'string' ? result : JSON.stringify(result));
}
console.log(spec.name, 'check on its own expectation:', spec.check(spec.benchmark(state), state));
