// Host API: process, performance.

import { ExitSignal } from '../errors';
import { L } from '../layout';
import type { VM } from '../vm';
import { argHi, argLo, argStr, method, valueProp } from './util';

export function installHost(vm: VM, global: (name: string, lo: number, hi: number) => void): void {
  const proc = vm.newObject(vm.objectProto);
  global('process', proc, L.TAG_OBJECT);
  vm.pinnedRefs.add(proc);

  const argv = vm.newStringArray(vm.argv);
  valueProp(vm, proc, 'argv', argv, L.TAG_ARRAY, false);
  const env = vm.newObject(vm.objectProto);
  valueProp(vm, proc, 'env', env, L.TAG_OBJECT, false);
  for (const k of ['HOME', 'PATH', 'USER', 'LANG']) {
    const v = process.env[k];
    if (v !== undefined) {
      vm.retString(v);
      vm.defineOwn(env, k, vm.rlo, vm.rhi);
    }
  }
  vm.retString(process.platform);
  valueProp(vm, proc, 'platform', vm.rlo, vm.rhi, false);
  vm.retString(process.version);
  valueProp(vm, proc, 'version', vm.rlo, vm.rhi, false);

  const stdout = vm.newObject(vm.objectProto);
  valueProp(vm, proc, 'stdout', stdout, L.TAG_OBJECT, false);
  method(vm, stdout, 'write', 1, (vm, args, argc) => {
    vm.stdout(argStr(vm, args, argc, 0));
    vm.retBool(true);
  });
  const stderr = vm.newObject(vm.objectProto);
  valueProp(vm, proc, 'stderr', stderr, L.TAG_OBJECT, false);
  method(vm, stderr, 'write', 1, (vm, args, argc) => {
    vm.stderr(argStr(vm, args, argc, 0));
    vm.retBool(true);
  });

  processObjects.set(vm, proc);
  method(vm, proc, 'exit', 1, (vm, args, argc) => {
    const code = argHi(vm, args, argc, 0) === L.TAG_UNDEF ? processExitCode(vm) : exitStatus(vm, argLo(vm, args, argc, 0), argHi(vm, args, argc, 0));
    throw new ExitSignal(code);
  });
  method(vm, proc, 'hrtime', 1, (vm, args, argc) => {
    let r: [number, number];
    if (argHi(vm, args, argc, 0) === L.TAG_ARRAY) {
      const prev = argLo(vm, args, argc, 0);
      vm.arrayGet(prev, 0);
      const s = vm.toNumber(vm.rlo, vm.rhi);
      vm.arrayGet(prev, 1);
      const ns = vm.toNumber(vm.rlo, vm.rhi);
      r = process.hrtime([s, ns]);
    } else r = process.hrtime();
    vm.retValue(vm.newArrayFrom([r[0], L.TAG_INT, r[1], L.TAG_INT]), L.TAG_ARRAY);
  });
  method(vm, proc, 'cwd', 0, (vm) => vm.retString(process.cwd()));
  method(vm, proc, 'memoryUsage', 0, (vm) => {
    const o = vm.newObject(vm.objectProto);
    vm.protect(o, L.TAG_OBJECT);
    const m = process.memoryUsage();
    for (const k of ['rss', 'heapTotal', 'heapUsed'] as const) {
      vm.retNumber(k === 'heapUsed' ? vm.heap.liveBytes : k === 'heapTotal' ? vm.heap.usedBytes : m[k]);
      vm.defineOwn(o, k, vm.rlo, vm.rhi);
    }
    vm.unprotect(1);
    vm.retValue(o, L.TAG_OBJECT);
  });

  const perf = vm.newObject(vm.objectProto);
  global('performance', perf, L.TAG_OBJECT);
  method(vm, perf, 'now', 0, (vm) => vm.retNumber(performance.now()));

  // Date: src/vm/builtins/date.ts.
}

const processObjects = new WeakMap<VM, number>();

/**
 * The status a program ends with when it finishes normally or calls
 * process.exit(): `process.exitCode` (0 when unset), as node takes it: an
 * integer or an integer string, else a RangeError; the OS keeps the low 8 bits.
 */
export function processExitCode(vm: VM): number {
  const proc = processObjects.get(vm);
  if (proc === undefined) return 0;
  vm.getProp(proc, L.TAG_OBJECT, 'exitCode');
  return exitStatus(vm, vm.rlo, vm.rhi);
}

function exitStatus(vm: VM, lo: number, hi: number): number {
  if (hi === L.TAG_UNDEF || hi === L.TAG_NULL) return 0;
  const n = hi === L.TAG_STRING ? (/^\s*-?\d+\s*$/.test(vm.str(lo)) ? Number(vm.str(lo)) : NaN) : hi === L.TAG_INT || hi < L.TAG_BASE ? vm.toNumber(lo, hi) : NaN;
  if (!Number.isInteger(n)) {
    const shown = hi === L.TAG_STRING ? `type string ('${vm.str(lo)}')` : hi === L.TAG_INT || hi < L.TAG_BASE ? String(n) : 'a non-number';
    vm.throwError('RangeError', `The value of "code" is out of range. It must be an integer. Received ${shown}`);
  }
  return n & 0xff;
}
