// Worker for enter.test.ts: deep JIT -> JS -> enter -> JIT recursion on a
// thread whose stack size the test chooses. Plain JS on the raw addon, because
// worker threads do not run TypeScript. workerData: { addon, recurse, depth, throwAt }.
'use strict';
const { parentPort, workerData } = require('worker_threads');
const { addon: addonPath, recurse, depth, throwAt } = workerData;
const mod = { exports: {} };
process.dlopen(mod, addonPath);
const a = mod.exports;
const code = a.createCodeMemory(1 << 20);
new Uint8Array(code.rw).set(recurse, 0);
const mem = a.reserveMemory(1 << 20);
a.commit(mem.buffer, 1 << 20);
const thrown = new Error('thrown at depth ' + throwAt);
let deepest = 0;
a.setCallback((_id, fp, sp) => {
  const level = fp / 8;
  deepest = Math.max(deepest, level);
  if (level === throwAt) throw thrown;
  if (level === depth) return 0;
  return a.enter(code.rxBase, mem.address, fp + 8, sp + 8);
});
let result = null;
let error = null;
try {
  result = a.enter(code.rxBase, mem.address, 8, 0x10000);
} catch (e) {
  error = e === thrown ? 'thrown' : String(e);
}
const rt = new BigInt64Array(a.runtime);
const dv = new DataView(mem.buffer);
let framesOk = true;
if (result !== null) for (let k = 1; k <= depth; k++) framesOk &&= Number(dv.getBigInt64(8 * k, true)) === depth - k;
parentPort.postMessage({ result, error, deepest, framesOk, depthAfter: Number(rt[6]), pendingAfter: Number(rt[0]) });
