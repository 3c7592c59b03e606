#!/usr/bin/env node
// Measures the cost of JS -> machine code -> JS callback -> back, through the
// built loader (dist/native, so run `npx tsc -p tsconfig.json` first).
//   node native/bench-roundtrip.js [batches] [iterations per batch]
// Prints the median ns per operation over the batches (after a warm-up).
'use strict';
const path = require('path');

const { loadNative } = require(path.join(__dirname, '..', 'dist', 'native', 'index.js'));
const { native, reason } = loadNative();
if (!native) {
  console.log(`native addon unavailable: ${reason}`);
  process.exit(0);
}

// Hand-assembled (checked with GNU as/objdump):
const RET42 = [0xb8, 0x2a, 0x00, 0x00, 0x00, 0xc3]; // mov eax, 42 ; ret
// sub rsp, 8 ; mov edi, 7 ; mov rsi, [r13] ; mov rdx, [rbx] ; mov ecx, 3 ; call [r15 + 8] ; add rsp, 8 ; ret
const CALLBACK = [
  0x48, 0x83, 0xec, 0x08, 0xbf, 0x07, 0x00, 0x00, 0x00, 0x49, 0x8b, 0x75, 0x00, 0x48, 0x8b, 0x13, 0xb9, 0x03, 0x00, 0x00,
  0x00, 0x41, 0xff, 0x57, 0x08, 0x48, 0x83, 0xc4, 0x08, 0xc3,
];

const batches = Number(process.argv[2]) || 31;
const iters = Number(process.argv[3]) || 100000;

const code = native.createCodeMemory(1);
code.bytes.set(RET42, 0);
code.bytes.set(CALLBACK, 64);
const ret42 = code.address(0);
const callback = code.address(64);
const mem = native.reserveMemory(1 << 20, 1 << 20);
const base = mem.address;
native.setCallback((id, a, b, c) => id + a + b + c);

function median(xs) {
  const s = [...xs].sort((x, y) => x - y);
  return s[s.length >> 1];
}

function measure(name, body) {
  body(iters); // warm-up
  const ns = [];
  for (let b = 0; b < batches; b++) {
    const t0 = process.hrtime.bigint();
    body(iters);
    ns.push(Number(process.hrtime.bigint() - t0) / iters);
  }
  console.log(`${name.padEnd(44)} median ${median(ns).toFixed(1)} ns  (min ${Math.min(...ns).toFixed(1)}, ${batches} × ${iters})`);
}

function noop() {}
const enter = native.enter;
let sink = 0;
measure('JS -> JS (empty call, for scale)', (n) => {
  for (let i = 0; i < n; i++) noop(i);
});
measure('JS -> machine code -> return', (n) => {
  for (let i = 0; i < n; i++) sink += enter(ret42, base, 0x100, 0x200);
});
measure('JS -> machine code -> JS callback -> return', (n) => {
  for (let i = 0; i < n; i++) sink += enter(callback, base, 0x100, 0x200);
});
const args = new Float64Array(native.runtime, 224, 4); // RT.CALLBACK_ARGS
native.setCallback(() => args[0] + args[1] + args[2] + args[3], true);
measure('... with the arguments in the runtime block', (n) => {
  for (let i = 0; i < n; i++) sink += enter(callback, base, 0x100, 0x200);
});
if (sink === 0) console.log('(unexpected)');
native.setCallback(null);
