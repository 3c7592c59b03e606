// CodeBlock: write pointer and bounds, overflow reporting, labels, comments,
// the inline/outlined pair and in-place re-targeting of emitted branches.
// Branch targets are checked both with CodeBlock.branchAt() and with iced-x86.

import { describe, expect, it } from 'vitest';
import {
  AsmError, CodeBlock, createCodeBlockPair, decode, disassembleBlock, hex,
  call, cmp, int3, jcc, je, jmp, jne, mov, nop, ret, ripTo, mem,
  EAX, RAX, RBX,
} from '../../src/x86asm';

/** The single instruction at `pos`, decoded by iced-x86 at its absolute address. */
function decodedAt(cb: CodeBlock, pos: number) {
  const [d] = decode(cb.code(pos, Math.min(pos + 15, cb.writePos)), cb.addrOf(pos));
  return d;
}

describe('write pointer and raw writes', () => {
  it('tracks position, addresses and bytes', () => {
    const cb = new CodeBlock(32, 0x1000);
    expect(cb.writePos).toBe(0);
    expect(cb.write_pos).toBe(0);
    expect(cb.addrOf()).toBe(0x1000);
    cb.byte(0x90);
    cb.u16(0x1234);
    cb.u32(-2);
    expect(hex(cb.code())).toBe('90 34 12 fe ff ff ff');
    expect(cb.writePos).toBe(7);
    expect(cb.addrOf()).toBe(0x1007);
    expect(cb.addrOf(3)).toBe(0x1003);
    expect(cb.posOf(0x1003)).toBe(3);
    expect(cb.posOf(0x0fff)).toBe(-1);
    expect(cb.remaining).toBe(25);
    cb.setPos(1);
    cb.byte(0xcc);
    expect(cb.writePos).toBe(2);
    expect(hex(cb.code(0, 7))).toBe('90 cc 12 fe ff ff ff');
  });

  it('setPos rejects positions outside the block', () => {
    const cb = new CodeBlock(8);
    expect(() => cb.setPos(9)).toThrow(AsmError);
    expect(() => cb.setPos(-1)).toThrow(AsmError);
    cb.setPos(8);
    expect(cb.writePos).toBe(8);
  });

  it('wraps an existing buffer, and align() pads with nops in absolute addresses', () => {
    const buf = new Uint8Array(64);
    const cb = new CodeBlock(buf, 0x2003);
    expect(cb.mem).toBe(buf);
    int3(cb);
    cb.align(8);
    expect(cb.addrOf() % 8).toBe(0);
    expect(hex(cb.code())).toBe('cc 0f 1f 40 00'); // 0x2004 + 4-byte nop = 0x2008
    cb.align(8);
    expect(cb.writePos).toBe(5);
  });
});

describe('overflow', () => {
  it('sets dropped instead of throwing, and later writes are no-ops', () => {
    const cb = new CodeBlock(8);
    mov(cb, RAX, mem(64, RBX, 8)); // 4 bytes
    expect(cb.dropped).toBe(false);
    mov(cb, RAX, 0x123456789n); // 10 bytes: does not fit
    expect(cb.dropped).toBe(true);
    expect(cb.hasOverflowed).toBe(true);
    expect(cb.writePos).toBeLessThanOrEqual(8);
    const pos = cb.writePos;
    ret(cb);
    nop(cb, 9);
    expect(cb.writePos).toBe(pos);
    expect(cb.dropped).toBe(true);
  });

  it('never writes past the end of the underlying buffer', () => {
    const buf = new Uint8Array(16).fill(0xaa);
    const cb = new CodeBlock(buf.subarray(0, 6));
    jmp(cb, 0x1000, { rel32: true }); // 5 bytes
    jmp(cb, 0x1000, { rel32: true }); // 5 more: only 1 fits
    expect(cb.dropped).toBe(true);
    expect(hex(buf.subarray(6))).toBe('aa aa aa aa aa aa aa aa aa aa');
  });

  it('rewind() to a checkpoint clears the flag and the state written after it', () => {
    const cb = new CodeBlock(16);
    ret(cb);
    const checkpoint = cb.writePos;
    cb.comment('attempt');
    const l = cb.newLabel('x');
    cb.bindLabel(l);
    jmp(cb, cb.newLabel('fwd')); // pending fixup
    for (let i = 0; i < 10; i++) mov(cb, RAX, 1);
    expect(cb.dropped).toBe(true);
    cb.rewind(checkpoint);
    expect(cb.dropped).toBe(false);
    expect(cb.writePos).toBe(1);
    expect(cb.commentsAt(1)).toEqual([]);
    expect(l.bound).toBe(false);
    expect(cb.pendingFixups).toBe(0);
    ret(cb);
    expect(hex(cb.code())).toBe('c3 c3');
  });

  it('linkLabels skips references whose bytes were dropped', () => {
    const cb = new CodeBlock(7);
    const l = cb.newLabel();
    jmp(cb, l); // 5 bytes, fixup at 1
    jne(cb, l); // 6 bytes: dropped, fixup beyond the end
    cb.bindLabel(l);
    expect(cb.dropped).toBe(true);
    expect(() => cb.linkLabels()).not.toThrow();
    expect(cb.branchAt(0)?.target).toBe(cb.writePos);
  });
});

describe('labels', () => {
  it('resolves forward references at link time (rel32 by default)', () => {
    const cb = new CodeBlock(64, 0x400000);
    const done = cb.newLabel('done');
    const j1 = jmp(cb, done);
    const j2 = je(cb, done);
    const c1 = call(cb, done);
    mov(cb, EAX, 1);
    cb.bindLabel(done);
    ret(cb);
    expect(cb.pendingFixups).toBe(3);
    cb.linkLabels();
    expect(cb.pendingFixups).toBe(0);
    for (const p of [j1, j2, c1]) {
      expect(cb.branchAt(p)?.target).toBe(done.address);
      expect(decodedAt(cb, p).target).toBe(done.address);
    }
    expect(cb.branchAt(j1)).toMatchObject({ kind: 'jmp', size: 5, rel: 32 });
    expect(cb.branchAt(j2)).toMatchObject({ kind: 'jcc', cc: 4, size: 6, rel: 32 });
    expect(cb.branchAt(c1)).toMatchObject({ kind: 'call', size: 5 });
  });

  it('uses rel8 for a bound label in range, rel32 when forced or far', () => {
    const cb = new CodeBlock(512);
    const top = cb.newLabel('top');
    cb.bindLabel(top);
    nop(cb, 3);
    const short = jne(cb, top);
    const forced = jne(cb, top, { rel32: true });
    expect(hex(cb.code(short, short + 2))).toBe('75 fb');
    expect(cb.branchAt(forced)).toMatchObject({ rel: 32, target: 0 });
    nop(cb, 200);
    const far = jmp(cb, top);
    expect(cb.branchAt(far)).toMatchObject({ rel: 32, size: 5, target: 0 });
  });

  it('forward rel8 references: linked when in range, an error when not', () => {
    const cb = new CodeBlock(512);
    const near = cb.newLabel('near');
    const p = jmp(cb, near, { rel8: true });
    nop(cb, 127);
    cb.bindLabel(near);
    cb.linkLabels();
    expect(cb.branchAt(p)).toMatchObject({ rel: 8, target: 129 });

    const far = cb.newLabel('far');
    jmp(cb, far, { rel8: true });
    nop(cb, 128);
    cb.bindLabel(far);
    expect(() => cb.linkLabels()).toThrow(/out of rel8 range/);
  });

  it('reports unbound and doubly bound labels', () => {
    const cb = new CodeBlock(64);
    const l = cb.newLabel('nowhere');
    jmp(cb, l);
    expect(() => cb.linkLabels()).toThrow(/nowhere.*never bound/);
    const m = cb.newLabel();
    cb.bindLabel(m);
    expect(() => cb.bindLabel(m)).toThrow(/already bound/);
    const other = new CodeBlock(8);
    expect(() => other.bindLabel(cb.newLabel())).toThrow(/belongs to/);
    expect(() => jmp(cb, cb.newLabel('x'), { rel8: true, rel32: true })).toThrow(AsmError);
  });

  it('rip-relative references to labels account for trailing immediates', () => {
    const cb = new CodeBlock(64, 0x1000);
    const data = cb.newLabel('data');
    const p = cb.writePos;
    cmp(cb, ripTo(32, data), 1000); // disp32 followed by imm32
    const q = cb.writePos;
    mov(cb, RAX, ripTo(64, data));
    ret(cb);
    cb.bindLabel(data);
    cb.linkLabels();
    // disp = label - end of instruction
    expect(cb.readI32(p + 2)).toBe(data.pos - q);
    expect(decodedAt(cb, p).text).toBe(`cmp dword ptr [rip+${data.pos - q}], 0x3e8`); // small numbers print in decimal
    // backward (already bound) labels and absolute addresses are resolved immediately
    const r = cb.writePos;
    mov(cb, RAX, ripTo(64, data));
    expect(cb.readI32(r + 3)).toBe(data.pos - cb.writePos);
    const s = cb.writePos;
    mov(cb, RAX, ripTo(64, 0x1000));
    expect(cb.readI32(s + 3)).toBe(-cb.writePos);
  });

  it('clearLabels requires every reference to be linked', () => {
    const cb = new CodeBlock(64);
    const l = cb.newLabel();
    jmp(cb, l);
    expect(() => cb.clearLabels()).toThrow(/not linked/);
    cb.bindLabel(l);
    cb.linkLabels();
    cb.clearLabels();
    expect(cb.newLabel().id).toBe(0);
  });
});

describe('inline / outlined pair', () => {
  it('splits one buffer into two blocks with consecutive base addresses', () => {
    const buf = new Uint8Array(4096);
    const { inline, outlined } = createCodeBlockPair(buf, 0x7f0000001000, 3072);
    expect(inline.base).toBe(0x7f0000001000);
    expect(inline.capacity).toBe(3072);
    expect(outlined.base).toBe(0x7f0000001000 + 3072);
    expect(outlined.capacity).toBe(1024);
    outlined.byte(0xcc);
    expect(buf[3072]).toBe(0xcc);
    const half = createCodeBlockPair(100);
    expect([half.inline.capacity, half.outlined.capacity, half.outlined.base]).toEqual([50, 50, 50]);
  });

  it('jumps both ways between the blocks with absolute targets and labels', () => {
    const { inline, outlined } = createCodeBlockPair(1 << 16, 0x10000);
    const exit = outlined.newLabel('exit');
    const back = inline.newLabel('back');
    const j = jne(inline, exit, { rel32: true }); // forward reference into the other block
    inline.bindLabel(back);
    ret(inline);
    outlined.bindLabel(exit);
    mov(outlined, EAX, 7);
    const k = jmp(outlined, back); // backward reference into the other block
    const c = call(outlined, inline.addrOf(0));
    inline.linkLabels();
    outlined.linkLabels();
    expect(decodedAt(inline, j).target).toBe(outlined.base);
    expect(decodedAt(outlined, k).target).toBe(inline.base + 6);
    expect(decodedAt(outlined, c).target).toBe(inline.base);
  });
});

describe('re-targeting emitted branches', () => {
  it('patches rel32 jmp, jcc and call forward and backward', () => {
    const cb = new CodeBlock(4096, 0x5000);
    const j = jmp(cb, 0x5000, { rel32: true });
    const c = jcc(cb, 'l', 0x5000, { rel32: true });
    const k = call(cb, 0x5000);
    nop(cb, 100);
    const before = cb.writePos;
    for (const [pos, size] of [[j, 5], [c, 6], [k, 5]]) {
      expect(cb.patchJump(pos, 0x5000 + 3000)).toEqual({ ok: true });
      expect(decodedAt(cb, pos).target).toBe(0x5000 + 3000);
      expect(decodedAt(cb, pos).length).toBe(size);
      expect(cb.patchJump(pos, 0x4000)).toEqual({ ok: true }); // backward, before the block
      expect(cb.branchAt(pos)?.target).toBe(0x4000);
    }
    expect(decodedAt(cb, c).text).toBe('jl 0x4000');
    expect(cb.writePos).toBe(before);
  });

  it('a rel8 branch stays rel8: in-range targets patch, others are an error', () => {
    const cb = new CodeBlock(256);
    nop(cb, 50);
    const j = jmp(cb, 60); // rel8
    const c = je(cb, 0); // rel8, backward
    expect(cb.branchAt(j)).toMatchObject({ rel: 8, size: 2 });
    expect(cb.patchJump(j, j + 2 + 127)).toEqual({ ok: true });
    expect(cb.branchAt(j)?.target).toBe(j + 2 + 127);
    expect(cb.patchJump(c, c + 2 - 128)).toEqual({ ok: true });
    const snapshot = hex(cb.code());
    const r = cb.patchJump(j, j + 2 + 128);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error).toMatch(/rel8 range/);
    expect(cb.patchJump(c, c + 2 - 129).ok).toBe(false);
    expect(hex(cb.code())).toBe(snapshot); // untouched
  });

  it('patches branches of the inline block into the outlined block and back', () => {
    const { inline, outlined } = createCodeBlockPair(1 << 20, 0x100000);
    const j = je(inline, inline.addrOf(), { rel32: true });
    const stub = outlined.addrOf();
    int3(outlined);
    const back = jmp(outlined, outlined.addrOf(), { rel32: true });
    expect(inline.patchJump(j, stub).ok).toBe(true);
    expect(outlined.patchJump(back, inline.addrOf(j + 6)).ok).toBe(true);
    expect(decodedAt(inline, j).target).toBe(stub);
    expect(decodedAt(outlined, back).target).toBe(inline.base + 6);
    // a label in the other block works too
    const l = outlined.newLabel();
    outlined.bindLabel(l);
    expect(inline.patchJump(j, l).ok).toBe(true);
    expect(inline.branchAt(j)?.target).toBe(l.address);
  });

  it('refuses positions that hold no relative branch, and unbound labels', () => {
    const cb = new CodeBlock(64);
    mov(cb, RAX, RBX);
    const j = jmp(cb, 0, { rel32: true });
    expect(cb.patchJump(0, 10).ok).toBe(false);
    expect(cb.patchJump(999, 10).ok).toBe(false);
    expect(cb.patchJump(j, cb.newLabel()).ok).toBe(false);
    jmp(cb, RAX); // indirect: not patchable
    expect(cb.patchJump(j + 5, 10).ok).toBe(false);
  });

  it('patching a branch supersedes its pending label reference', () => {
    const cb = new CodeBlock(64);
    const l = cb.newLabel();
    const j = jmp(cb, l);
    expect(cb.patchJump(j, 40).ok).toBe(true);
    cb.bindLabel(l);
    cb.linkLabels();
    expect(cb.branchAt(j)?.target).toBe(40);
  });

  it('rewrites a slot with another branch shape, padded with nops', () => {
    const cb = new CodeBlock(256, 0x8000);
    const j5 = jmp(cb, 0x8000, { rel32: true }); // 5-byte slot
    const j6 = jne(cb, 0x8000, { rel32: true }); // 6-byte slot
    const j2 = jmp(cb, 0x8000); // 2-byte slot
    const end = cb.writePos;

    // jmp rel32 slot -> nop5
    expect(cb.rewriteBranch(j5, 5, { kind: 'nop' }).ok).toBe(true);
    expect(hex(cb.code(j5, j5 + 5))).toBe('0f 1f 44 00 00');
    // -> jcc: rel32 needs 6 bytes, so rel8 + 3 bytes of nop when in range
    expect(cb.rewriteBranch(j5, 5, { kind: 'jcc', cc: 'e', target: 0x8000 + 40 }).ok).toBe(true);
    expect(hex(cb.code(j5, j5 + 5))).toBe('74 26 0f 1f 00');
    // ... and an error (slot untouched) when out of rel8 range
    const r = cb.rewriteBranch(j5, 5, { kind: 'jcc', cc: 'e', target: 0x9000 });
    expect(r.ok).toBe(false);
    expect(hex(cb.code(j5, j5 + 5))).toBe('74 26 0f 1f 00');
    // -> call rel32, stays patchable
    expect(cb.rewriteBranch(j5, 5, { kind: 'call', target: 0x9000 }).ok).toBe(true);
    expect(cb.branchAt(j5)).toMatchObject({ kind: 'call', target: 0x9000 });
    expect(cb.patchJump(j5, 0x9100).ok).toBe(true);

    // jcc rel32 slot -> jmp rel32 + 1-byte nop
    expect(cb.rewriteBranch(j6, 6, { kind: 'jmp', target: 0xa000 }).ok).toBe(true);
    expect(cb.branchAt(j6)).toMatchObject({ kind: 'jmp', size: 5, target: 0xa000 });
    expect(cb.mem[j6 + 5]).toBe(0x90);
    // ... and back to a jcc rel32 with another condition
    expect(cb.rewriteBranch(j6, 6, { kind: 'jcc', cc: 'g', target: 0xa000 }).ok).toBe(true);
    expect(decodedAt(cb, j6).text).toBe('jg 0xa000');

    // 2-byte slot: no room for a call
    expect(cb.rewriteBranch(j2, 2, { kind: 'call', target: 0x8000 }).ok).toBe(false);
    expect(cb.rewriteBranch(j2, 2, { kind: 'jcc', cc: 'b', target: cb.addrOf(j2) }).ok).toBe(true);
    expect(hex(cb.code(j2, j2 + 2))).toBe('72 fe');
    expect(cb.writePos).toBe(end);
    expect(decode(cb.code()).map((d) => d.valid)).not.toContain(false);
  });

  it('overwrite() leaves the slot and block state untouched on failure', () => {
    const cb = new CodeBlock(32);
    const p = jmp(cb, 0, { rel32: true });
    const before = hex(cb.code());
    const r = cb.overwrite(p, 5, (c) => mov(c, RAX, 0x1234567890n));
    expect(r.ok).toBe(false);
    expect(hex(cb.code())).toBe(before);
    expect(cb.dropped).toBe(false);
    expect(cb.writePos).toBe(5);
    const bad = cb.overwrite(p, 5, () => {
      throw new AsmError('boom');
    });
    expect(bad).toEqual({ ok: false, error: 'boom' });
    expect(cb.overwrite(p, 40, () => undefined).ok).toBe(false);
  });
});

describe('comments', () => {
  it('records comments at the write position and shows them in the listing', () => {
    const cb = new CodeBlock(64, 0x1000);
    cb.comment('entry');
    mov(cb, EAX, 1);
    cb.comment('exit');
    cb.comment('second');
    ret(cb);
    expect(cb.commentsAt(0)).toEqual(['entry']);
    expect(cb.commentsAt(5)).toEqual(['exit', 'second']);
    expect(cb.allComments()).toEqual([[0, 'entry'], [5, 'exit'], [5, 'second']]);
    const text = disassembleBlock(cb);
    expect(text.split('\n')).toEqual([
      '  ; entry',
      '  0x1000: b8 01 00 00 00                 mov eax, 1',
      '  ; exit',
      '  ; second',
      '  0x1005: c3                             ret',
    ]);
    cb.commentsEnabled = false;
    cb.comment('ignored');
    expect(cb.commentsAt(6)).toEqual([]);
  });
});
