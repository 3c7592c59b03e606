// Entering machine code and calling back into JS (native/src/enter.S, lbbv_callback).
import * as path from 'path';
import { Worker } from 'worker_threads';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as X from '../../src/x86asm';
import { ADDON_PATH, CALLBACK_ERROR, RT, type CodeMemory, type VMMemory } from '../../src/native';
import { native, skipReason } from './helpers';
import { Programs, bytesOf } from './programs';

describe.skipIf(!native)(`enter and callbacks ${skipReason}`, () => {
  const nat = native!;
  let code: CodeMemory;
  let mem: VMMemory;
  let asm: Programs;
  let rt64: BigInt64Array;

  beforeAll(() => {
    code = nat.createCodeMemory(1);
    mem = nat.reserveMemory(16 << 20, 1 << 20);
    asm = new Programs(code);
    rt64 = new BigInt64Array(nat.runtime);
  });
  afterAll(() => {
    nat.setCallback(null);
    code.release();
    mem.release();
  });

  it('returns a constant', () => {
    expect(nat.enter(asm.ret42(), mem.address, 0, 0)).toBe(42);
    expect(nat.lastResult()).toBe(42n);
  });

  it('returns full 64-bit rax and rdx through the runtime block', () => {
    const r = nat.enter(asm.ret64(), mem.address, 0, 0);
    expect(r).toBe(Number(0x123456789abcdef0n));
    expect(nat.lastResult()).toBe(0x123456789abcdef0n);
    expect(nat.lastResult2()).toBe(0x0fedcba987654321n);
    expect(rt64[RT.RET_RAX / 8]).toBe(0x123456789abcdef0n);
  });

  it('loads the VM registers of ARCHITECTURE §6', () => {
    expect(nat.enter(asm.getReg(X.R12), mem.address, 0x1000, 0x2000)).toBe(mem.address);
    expect(nat.enter(asm.getReg(X.R13, true), mem.address, 0x1000, 0x2000)).toBe(0x1000);
    expect(nat.enter(asm.getReg(X.RBX, true), mem.address, 0x1000, 0x2000)).toBe(0x2000);
    expect(nat.enter(asm.getReg(X.R15), mem.address, 0, 0)).toBe(nat.runtimeAddress);
  });

  it('enters with rsp = 8 (mod 16), like any called function', () => {
    expect(nat.enter(asm.rspMod16(), mem.address, 0, 0)).toBe(8);
  });

  it('restores every callee-saved register the code clobbers', () => {
    const f = asm.clobber();
    for (let i = 0; i < 100; i++) expect(nat.enter(f, mem.address, 8, 16)).toBe(1);
  });

  it('reads and writes VM memory through r12, r13 and rbx', () => {
    const u32 = new Uint32Array(mem.buffer, 0, 1 << 18);
    const fp = 0x1000;
    const sp = 0x2000;
    u32[fp / 4] = 40000;
    u32[fp / 4 + 1] = 1; // [fp] = 2^32 + 40000
    u32[sp / 4] = 2;
    u32[sp / 4 + 1] = 0;
    nat.enter(asm.memAdd(), mem.address, fp, sp);
    expect(new BigUint64Array(mem.buffer, 0x100, 1)[0]).toBe((1n << 32n) + 40002n);
  });

  it('calls back into JS with System V arguments and returns the result', () => {
    const f = asm.callback();
    const dv = new DataView(mem.buffer);
    dv.setBigInt64(0x1000, 123456789012n, true); // [fp]
    dv.setBigInt64(0x2000, -5n, true); // [sp]
    const seen: number[][] = [];
    nat.setCallback((id, a, b, c) => {
      seen.push([id, a, b, c]);
      expect(Number(rt64[RT.DEPTH / 8])).toBe(1);
      return id + a + b + c;
    });
    expect(nat.enter(f, mem.address, 0x1000, 0x2000)).toBe(7 + 123456789012 - 5 + 3);
    expect(seen).toEqual([[7, 123456789012, -5, 3]]);
    expect(Number(rt64[RT.DEPTH / 8])).toBe(0);
    // bigint results carry all 64 bits
    nat.setCallback(() => -(1n << 62n) - 1n);
    nat.enter(f, mem.address, 0x1000, 0x2000);
    expect(nat.lastResult()).toBe(-(1n << 62n) - 1n);
    nat.setCallback(() => -1);
    expect(nat.enter(f, mem.address, 0x1000, 0x2000)).toBe(-1);
  });

  it('passes the callback arguments through the runtime block when asked to', () => {
    const f = asm.callback();
    const dv = new DataView(mem.buffer);
    dv.setBigInt64(0x1000, 123456789012n, true); // [fp]
    dv.setBigInt64(0x2000, -5n, true); // [sp]
    const args = new Float64Array(nat.runtime, RT.CALLBACK_ARGS, 4);
    let arity = -1;
    nat.setCallback(function (this: unknown, ...xs: unknown[]) {
      arity = xs.length;
      return args[0] * 1000 + args[3] + (args[1] === 123456789012 && args[2] === -5 ? 1 : 0);
    } as never, true);
    expect(nat.enter(f, mem.address, 0x1000, 0x2000)).toBe(7 * 1000 + 3 + 1);
    expect(arity).toBe(0);
    // Back to JS arguments.
    nat.setCallback((id, a, b, c) => id + a + b + c);
    expect(nat.enter(f, mem.address, 0x1000, 0x2000)).toBe(7 + 123456789012 - 5 + 3);
  });

  it('the dispatcher registered with argsInRuntime: exceptions are rethrown as they are, bigint and bad results handled', () => {
    const f = asm.callback();
    const boom = new Error('boom');
    for (const v of [boom, 42, 'str', undefined, { x: 1 }]) {
      nat.setCallback(() => {
        throw v;
      }, true);
      let got: unknown = 'nothing';
      try {
        nat.enter(f, mem.address, 0x1000, 0x2000);
      } catch (e) {
        got = e;
      }
      expect(got).toBe(v);
      expect(rt64[RT.PENDING / 8]).toBe(0n);
    }
    nat.setCallback(() => -(1n << 62n) - 1n, true);
    nat.enter(f, mem.address, 0x1000, 0x2000);
    expect(nat.lastResult()).toBe(-(1n << 62n) - 1n);
    nat.setCallback(() => 'not a number' as never, true);
    expect(() => nat.enter(f, mem.address, 0x1000, 0x2000)).toThrow(TypeError);
    nat.setCallback(() => 5, true);
    expect(nat.enter(f, mem.address, 0x1000, 0x2000)).toBe(5);
  });

  it('can also call lbbv_callback by its absolute address', () => {
    const dv = new DataView(mem.buffer);
    dv.setBigInt64(0x1000, 10n, true);
    dv.setBigInt64(0x2000, 20n, true);
    nat.setCallback((id, a, b, c) => id * a * b * c);
    expect(nat.enter(asm.callback(nat.callbackAddress), mem.address, 0x1000, 0x2000)).toBe(7 * 10 * 20 * 3);
  });

  it('exposes lbbv_callback at [r15 + RT.CALLBACK]', () => {
    expect(Number(rt64[RT.CALLBACK / 8])).toBe(nat.callbackAddress);
  });

  it('publishes a native stack limit below the current rsp', () => {
    const rsp = nat.enter(asm.getReg(X.RSP), mem.address, 0, 0);
    const limit = Number(rt64[RT.STACK_LIMIT / 8]);
    expect(limit).toBeGreaterThan(0);
    expect(limit).toBeLessThan(rsp);
    expect(rsp - limit).toBeLessThan(1 << 30);
  });

  it('re-enters recursively: JIT → JS → enter → JIT …', () => {
    // ~2.2 KiB of native stack per level (README): 200 levels fit V8's default 984 KiB
    const f = asm.recurse();
    const DEPTH = 200;
    let maxDepth = 0;
    nat.setCallback((id, fp, sp) => {
      expect(id).toBe(1);
      const depth = fp / 8;
      maxDepth = Math.max(maxDepth, Number(rt64[RT.DEPTH / 8]));
      if (depth === DEPTH) return 0;
      // a deeper frame: the code stores the inner result at [fp], returns it + 1
      return nat.enter(f, mem.address, fp + 8, sp + 8);
    });
    expect(nat.enter(f, mem.address, 8, 0x10000)).toBe(DEPTH);
    expect(maxDepth).toBe(DEPTH);
    // each level's r13 survived the nested entries: [8k] holds level k+1's result
    const dv = new DataView(mem.buffer);
    for (let k = 1; k <= DEPTH; k++) expect(Number(dv.getBigInt64(8 * k, true))).toBe(DEPTH - k);
    expect(Number(rt64[RT.DEPTH / 8])).toBe(0);
  });

  const inWorker = (data: { depth: number; throwAt: number }, stackSizeMb: number) =>
    new Promise<{ result: number | null; error: string | null; deepest: number; framesOk: boolean; depthAfter: number; pendingAfter: number }>(
      (resolve, reject) => {
        const w = new Worker(path.join(__dirname, 'deep-worker.js'), {
          workerData: { addon: ADDON_PATH, recurse: bytesOf((p) => p.recurse()), ...data },
          resourceLimits: { stackSizeMb },
        });
        w.once('message', resolve);
        w.once('error', reject);
        w.once('exit', (code) => reject(new Error(`worker exited with ${code}`)));
      },
    );

  it('re-enters 1000 deep (and 10000 deep) on a thread with a bigger stack', async () => {
    const r = await inWorker({ depth: 1000, throwAt: -1 }, 8);
    expect(r).toEqual({ result: 1000, error: null, deepest: 1000, framesOk: true, depthAfter: 0, pendingAfter: 0 });
    const r2 = await inWorker({ depth: 10000, throwAt: -1 }, 64);
    expect(r2).toEqual({ result: 10000, error: null, deepest: 10000, framesOk: true, depthAfter: 0, pendingAfter: 0 });
  });

  it('propagates an exception thrown 1000 deep through every level', async () => {
    const r = await inWorker({ depth: 2000, throwAt: 1000 }, 8);
    expect(r).toEqual({ result: null, error: 'thrown', deepest: 1000, framesOk: true, depthAfter: 0, pendingAfter: 0 });
  });

  it.each([
    ['the RT.PENDING flag', false],
    ['rax == CALLBACK_ERROR', true],
  ])('rethrows the original exception of a callback; the code tests %s', (_how, bySentinel) => {
    const f = asm.recurse(bySentinel);
    const boom = new Error('boom');
    nat.setCallback(() => {
      throw boom;
    });
    let caught: unknown;
    try {
      nat.enter(f, mem.address, 8, 0x10000);
    } catch (e) {
      caught = e;
    }
    expect(caught).toBe(boom);
    expect(nat.lastResult()).toBe(BigInt(CALLBACK_ERROR)); // recurse returned the callback's rax unchanged
    expect(rt64[RT.PENDING / 8]).toBe(0n);
    // non-Error values are rethrown as they are
    for (const v of [42, 'str', undefined, null, { x: 1 }]) {
      nat.setCallback(() => {
        throw v;
      });
      let got: unknown = 'nothing';
      try {
        nat.enter(f, mem.address, 8, 0x10000);
      } catch (e) {
        got = e;
      }
      expect(got).toBe(v);
    }
    // and everything still works afterwards
    nat.setCallback(() => 99);
    expect(nat.enter(f, mem.address, 8, 0x10000)).toBe(100);
  });

  it('lets a callback catch the exception of a nested enter and carry on', () => {
    const f = asm.recurse();
    const inner = new Error('inner');
    let caught: unknown;
    nat.setCallback((_id, fp, sp) => {
      if (fp / 8 === 3) throw inner; // level 3 throws
      if (fp / 8 === 2) {
        try {
          return nat.enter(f, mem.address, fp + 8, sp + 8);
        } catch (e) {
          caught = e;
          return 40; // level 2 recovers
        }
      }
      return nat.enter(f, mem.address, fp + 8, sp + 8);
    });
    expect(nat.enter(f, mem.address, 8, 0x10000)).toBe(42); // level 2 returns 41, level 1 returns 42
    expect(caught).toBe(inner);
    expect(rt64[RT.PENDING / 8]).toBe(0n);
  });

  it('rethrows even if the code ignores the sentinel, and runs no more JS meanwhile', () => {
    const f = asm.ignoreCallback();
    const err = new RangeError('ignored?');
    let calls = 0;
    nat.setCallback(() => {
      calls++;
      throw err;
    });
    expect(() => nat.enter(f, mem.address, 0, 0)).toThrow(err);
    expect(calls).toBe(1);
  });

  it('unwinds an exception thrown 100 levels deep through every level', () => {
    const f = asm.recurse();
    const deep = new Error('deep');
    let entered = 0;
    nat.setCallback((_id, fp, sp) => {
      entered++;
      if (fp / 8 === 100) throw deep;
      return nat.enter(f, mem.address, fp + 8, sp + 8);
    });
    expect(() => nat.enter(f, mem.address, 8, 0x10000)).toThrow(deep);
    expect(entered).toBe(100);
    expect(rt64[RT.DEPTH / 8]).toBe(0n);
    expect(rt64[RT.PENDING / 8]).toBe(0n);
  });

  it('turns a JS stack overflow in deep re-entry into a RangeError', () => {
    const f = asm.recurse();
    nat.setCallback((_id, fp, sp) => nat.enter(f, mem.address, fp + 8, sp + 8)); // endless
    expect(() => nat.enter(f, mem.address, 8, 0x10000)).toThrow(RangeError);
    expect(rt64[RT.DEPTH / 8]).toBe(0n);
    nat.setCallback(() => 1);
    expect(nat.enter(f, mem.address, 8, 0x10000)).toBe(2);
  });

  it('reports bad callback results and a missing callback as exceptions', () => {
    const f = asm.callback();
    for (const bad of ['12', undefined, NaN, Infinity, 2 ** 63, -(2 ** 63), 1n << 64n, -(1n << 63n)]) {
      nat.setCallback(() => bad as number);
      expect(() => nat.enter(f, mem.address, 0x1000, 0x2000)).toThrow(TypeError);
    }
    nat.setCallback(null);
    expect(() => nat.enter(f, mem.address, 0x1000, 0x2000)).toThrow(/no callback/);
  });

  it('refuses addresses outside every code region', () => {
    expect(() => nat.enter(mem.address, mem.address, 0, 0)).toThrow(/not in an lbbv code region/);
    expect(() => nat.enter(code.rxBase + code.size, mem.address, 0, 0)).toThrow(/not in an lbbv code region/);
    expect(() => nat.enter(-1, 0, 0, 0)).toThrow(TypeError);
    expect(() => (nat.enter as (...a: unknown[]) => number)('x', 0, 0, 0)).toThrow(TypeError);
  });
});
