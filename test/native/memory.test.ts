// Code memory (W^X, two views of one memfd) and the VM's reserved linear memory.
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import { describe, expect, it } from 'vitest';
import { ADDON_PATH, DEFAULT_JIT_MEM_MIB, MAX_VM_MEMORY, RT } from '../../src/native';
import * as X from '../../src/x86asm';
import { native, skipReason } from './helpers';
import { Programs, bytesOf } from './programs';

interface MapLine {
  start: number;
  end: number;
  perms: string;
  name: string;
}

function maps(): MapLine[] {
  return fs
    .readFileSync('/proc/self/maps', 'utf8')
    .trim()
    .split('\n')
    .map((line) => {
      const [range, perms, , , , ...name] = line.split(/\s+/);
      const [s, e] = range.split('-');
      return { start: parseInt(s, 16), end: parseInt(e, 16), perms, name: name.join(' ') };
    });
}

/** The mappings overlapping [start, start + size). */
const within = (start: number, size: number) => maps().filter((m) => m.end > start && m.start < start + size);

/** Writable and executable permissions in a /proc/self/maps line ("rwxp", "-wxs", …). */
const WX = /^.wx/;

const MiB = 1 << 20;
const GiB = 1 << 30;

describe.skipIf(!native)(`code memory ${skipReason}`, () => {
  const nat = native!;

  it('maps one memfd twice: rw-s for writing, r-xs for running, never both', () => {
    const code = nat.createCodeMemory(2);
    try {
      expect(code.size).toBe(2 * MiB);
      expect(code.rw.byteLength).toBe(code.size);
      expect(code.rxBase % nat.pageSize).toBe(0);
      const mem = nat.reserveMemory(64 * MiB, MiB);
      const f = new Programs(code).ret42();
      expect(nat.enter(f, mem.address, 0, 0)).toBe(42);

      const rx = within(code.rxBase, code.size);
      expect(rx.map((m) => m.perms)).toEqual(['r-xs']);
      expect(rx[0].name).toMatch(/^\/memfd:lbbv-jit/);
      const rwAddr = maps().find((m) => m.name.startsWith('/memfd:lbbv-jit') && m.perms === 'rw-s' && m.end - m.start === code.size);
      expect(rwAddr).toBeDefined();
      // no mapping of ours is writable and executable (V8's own code space may be: see the --jitless test)
      for (const m of [...rx, ...within(mem.address, mem.reserved)]) expect(m.perms).not.toMatch(WX);
      for (const m of maps()) if (WX.test(m.perms)) expect(m.name).not.toMatch(/lbbv/);
      mem.release();
    } finally {
      code.release();
    }
  });

  it('leaves no rwx mapping at all in a process whose V8 is --jitless', () => {
    const script = `
      const mod = { exports: {} };
      process.dlopen(mod, ${JSON.stringify(ADDON_PATH)});
      const a = mod.exports;
      const code = a.createCodeMemory(1 << 20);
      new Uint8Array(code.rw).set(${JSON.stringify(bytesOf((p) => p.callback()))});
      const mem = a.reserveMemory(1 << 24);
      a.commit(mem.buffer, 1 << 20);
      a.setCallback((id, x, y, z) => id + x + y + z);
      const r = a.enter(code.rxBase, mem.address, 0x1000, 0x2000);
      const rwx = require('fs').readFileSync('/proc/self/maps', 'utf8').split('\\n').filter((l) => /^\\S+ .wx/.test(l));
      console.log(JSON.stringify({ r, rwx }));`;
    const out = spawnSync(process.execPath, ['--jitless', '-e', script], { encoding: 'utf8' });
    expect(out.stderr).not.toMatch(/Error/); // (--jitless warns that it disables wasm)
    expect(JSON.parse(out.stdout)).toEqual({ r: 10, rwx: [] });
  });

  it('faults (in a child process) when machine code writes to its own code', () => {
    const script = `
      const mod = { exports: {} };
      process.dlopen(mod, ${JSON.stringify(ADDON_PATH)});
      const a = mod.exports;
      const code = a.createCodeMemory(1 << 20);
      new Uint8Array(code.rw).set(${JSON.stringify(bytesOf((p) => p.selfWrite()))});
      a.enter(code.rxBase, 0, 0, 0);
      console.log('survived');`;
    const out = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
    expect(out.stdout).toBe('');
    expect(out.signal).toBe('SIGSEGV');
  });

  it('runs code written after the first run (patching through the RW view)', () => {
    const code = nat.createCodeMemory(1);
    const cb = new X.CodeBlock(code.bytes, code.rxBase);
    const f = cb.addrOf(0);
    const retConst = (n: number) => {
      cb.setPos(0);
      X.mov(cb, X.EAX, n);
      X.ret(cb);
      code.flush(0, cb.writePos);
    };
    retConst(42);
    expect(nat.enter(f, 0, 0, 0)).toBe(42);
    retConst(43);
    expect(nat.enter(f, 0, 0, 0)).toBe(43);
    code.release();
    expect(code.rw.byteLength).toBe(0); // detached
    expect(() => nat.enter(f, 0, 0, 0)).toThrow(/not in an lbbv code region/);
  });

  it(`defaults to ${DEFAULT_JIT_MEM_MIB} MiB and validates the size`, () => {
    const code = nat.createCodeMemory();
    expect(code.size).toBe(DEFAULT_JIT_MEM_MIB * MiB);
    code.release();
    expect(() => nat.createCodeMemory(0)).toThrow(RangeError);
    expect(() => nat.createCodeMemory(4096)).toThrow(RangeError);
    expect(() => nat.createCodeMemory(NaN)).toThrow(RangeError);
    const small = nat.createCodeMemory(0.001); // rounded up to a page
    expect(small.size).toBe(nat.pageSize);
    small.release();
  });

  it('has a runtime block with the documented fields', () => {
    const rt = new BigInt64Array(nat.runtime);
    expect(nat.runtime.byteLength).toBe(4096);
    expect(Number(rt[RT.CALLBACK / 8])).toBe(nat.callbackAddress);
    expect(rt[RT.PENDING / 8]).toBe(0n);
    expect(rt[RT.DEPTH / 8]).toBe(0n);
    expect(nat.runtimeAddress % 4096).toBe(0);
  });
});

describe.skipIf(!native)(`VM memory ${skipReason}`, () => {
  const nat = native!;

  it('grows at a stable address: old data intact, new pages zero and writable', () => {
    const mem = nat.reserveMemory(256 * MiB);
    expect(mem.reserved).toBe(256 * MiB);
    expect(mem.buffer.byteLength).toBe(256 * MiB);
    expect(mem.committed).toBe(0);
    const address = mem.address;
    expect(mem.commit(MiB)).toBe(true);
    expect(mem.committed).toBe(MiB);
    const u8 = new Uint8Array(mem.buffer);
    for (let i = 0; i < MiB; i += 4096) u8[i] = i / 4096 + 1;
    u8[MiB - 1] = 0xee;
    expect(mem.commit(MiB + 1)).toBe(true); // page-rounded
    expect(mem.committed).toBe(MiB + nat.pageSize);
    expect(mem.commit(100 * MiB)).toBe(true);
    expect(mem.address).toBe(address);
    expect(mem.buffer.byteLength).toBe(256 * MiB);
    for (let i = 0; i < MiB; i += 4096) expect(u8[i]).toBe((i / 4096 + 1) & 0xff);
    expect(u8[MiB - 1]).toBe(0xee);
    for (let i = MiB; i < 100 * MiB; i += 4096 * 7) {
      expect(u8[i]).toBe(0);
      u8[i] = 0x5a;
      expect(u8[i]).toBe(0x5a);
    }
    // never shrinks; beyond the reservation fails without throwing
    expect(mem.commit(10)).toBe(true);
    expect(mem.committed).toBe(100 * MiB);
    expect(mem.commit(256 * MiB + 1)).toBe(false);
    expect(mem.lastError).toMatch(/reserved/);
    expect(mem.commit(256 * MiB)).toBe(true);
    expect(mem.lastError).toBe(null);
    mem.release();
    expect(mem.buffer.byteLength).toBe(0);
    expect(within(address, 256 * MiB)).toEqual([]);
  });

  it('keeps only the committed part read-write', () => {
    const mem = nat.reserveMemory(16 * MiB, 3 * MiB);
    const parts = within(mem.address, mem.reserved);
    const rw = parts.filter((m) => m.perms.startsWith('rw'));
    const none = parts.filter((m) => m.perms.startsWith('---'));
    expect(rw.reduce((n, m) => n + Math.min(m.end, mem.address + mem.reserved) - Math.max(m.start, mem.address), 0)).toBe(3 * MiB);
    expect(none.reduce((n, m) => n + Math.min(m.end, mem.address + mem.reserved) - Math.max(m.start, mem.address), 0)).toBe(13 * MiB);
    mem.release();
  });

  it('machine code sees the memory at r12 and writes JS reads back', () => {
    const mem = nat.reserveMemory(64 * MiB, 64 * MiB);
    const code = nat.createCodeMemory(1);
    const asm = new Programs(code);
    expect(nat.enter(asm.getReg(X.R12), mem.address, 0, 0)).toBe(mem.address);
    const dv = new DataView(mem.buffer);
    const fp = 60 * MiB;
    const sp = 63 * MiB;
    dv.setBigUint64(fp, 5n, true);
    dv.setBigUint64(sp, 6n, true);
    nat.enter(asm.memAdd(), mem.address, fp, sp);
    expect(dv.getBigUint64(0x100, true)).toBe(11n);
    code.release();
    mem.release();
  });

  it('reserves 4 GiB and commits 1 GiB in 64 MiB steps at a stable address', () => {
    const mem = nat.reserveMemory(MAX_VM_MEMORY);
    expect(mem.reserved).toBe(4 * GiB);
    const u8 = new Uint8Array(mem.buffer); // 2^32 elements
    expect(u8.length).toBe(4 * GiB);
    const address = mem.address;
    for (let c = 64 * MiB; c <= GiB; c += 64 * MiB) {
      expect(mem.commit(c)).toBe(true);
      expect(mem.address).toBe(address);
      // touch the first and last page of the new step only (keeps RSS small)
      expect(u8[c - 64 * MiB]).toBe(0);
      u8[c - 64 * MiB] = 1;
      u8[c - 1] = 2;
    }
    expect(mem.committed).toBe(GiB);
    for (let c = 64 * MiB; c <= GiB; c += 64 * MiB) expect(u8[c - 64 * MiB] + u8[c - 1]).toBe(3);
    mem.release();
  });

  it('rejects bad reservations and commits with errors, not crashes', () => {
    expect(() => nat.reserveMemory(0)).toThrow(/reservation size/);
    expect(() => nat.reserveMemory(-1)).toThrow(TypeError);
    expect(() => nat.reserveMemory(MAX_VM_MEMORY + 1)).toThrow(/4 GiB/);
    const mem = nat.reserveMemory(MiB);
    expect(mem.commit(2 * MiB)).toBe(false);
    mem.release();
    expect(() => mem.release()).toThrow(/not a live lbbv mapping/);
    expect(mem.commit(MiB)).toBe(false); // released
    expect(mem.lastError).toMatch(/not a live VM memory reservation|commit/);
  });
});
