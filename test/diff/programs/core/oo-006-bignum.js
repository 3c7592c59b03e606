// Differential variant of bench/oo/oo-bignum.js (the benchmark itself, loaded
// through the harness's collect mode) at a tiny size: 16-bit limbs, Montgomery modexp, an RSA-style round trip, a factorial.
// Node is the oracle for every printed result.
const harness = require('../../../../bench/yjit-bench-ports/harness');
harness.setCollectMode(true);
require('../../../../bench/oo/oo-bignum.js');
const spec = harness.collectedSpecs()[0];
const cfg = { seed: 4, bits: 32, messages: 1, fact: 25, expect: 'none' };
const state = spec.setup ? spec.setup(cfg) : cfg;
for (let i = 0; i < 3; i++) {
  const result = spec.benchmark(state);
  console.log(i, typeof result === 'string' ? result : JSON.stringify(result));
}
console.log(spec.name, 'check on its own expectation:', spec.check(spec.benchmark(state), state));
