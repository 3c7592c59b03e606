// Differential variant of bench/oo/oo-scheduler.js (the benchmark itself, loaded
// through the harness's collect mode) at a tiny size: tasks, packets, inboxes, held/waiting bits, an LCG masked with & 0xffff.
// Node is the oracle for every printed result.
const harness = require('../../../../bench/yjit-bench-ports/harness');
harness.setCollectMode(true);
require('../../../../bench/oo/oo-scheduler.js');
const spec = harness.collectedSpecs()[0];
const cfg = { rounds: 100, repeat: 2, expect: 'none' };
const state = spec.setup ? spec.setup(cfg) : cfg;
for (let i = 0; i < 4; i++) {
  const result = spec.benchmark(state);
  console.log(i, typeof result === 'string' ? result : JSON.stringify(result));
}
console.log(spec.name, 'check on its own expectation:', spec.check(spec.benchmark(state), state));
