'use strict';
// promise-chains: long then() chains, async functions awaiting each other, and
// Promise.all fan-out — the job-queue work of a server handling requests.
const { runAsync } = require('../yjit-bench-ports/harness');

function chain(n, start) {
  let p = Promise.resolve(start);
  for (let i = 0; i < n; i++) p = p.then((v) => (v * 31 + i) % 1000003);
  return p;
}

async function leaf(x) {
  await null;
  return x + 1;
}
async function middle(x) {
  const a = await leaf(x);
  const b = await leaf(a);
  return a + b;
}
async function request(id) {
  let acc = 0;
  for (let i = 0; i < 10; i++) acc = (acc + (await middle(id + i))) % 1000003;
  return acc;
}

function iteration(cfg) {
  const work = [];
  for (let k = 0; k < cfg.chains; k++) work.push(chain(cfg.length, k));
  for (let k = 0; k < cfg.requests; k++) work.push(request(k));
  return Promise.all(work).then((vs) => {
    let h = 0;
    for (let i = 0; i < vs.length; i++) h = (h * 33 + vs[i]) % 1000003;
    return h;
  });
}

runAsync({
  name: 'promise-chains',
  config: { chains: 100, length: 200, requests: 300, expect: 196256 },
  small: { chains: 10, length: 20, requests: 10, expect: 55329 },
  benchmark: iteration,
  check: function (result, cfg) {
    return result === cfg.expect || 'expected ' + cfg.expect + ', got ' + result;
  },
});
