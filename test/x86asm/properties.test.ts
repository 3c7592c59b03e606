// Property-based tests (fast-check): branch re-targeting, label resolution and
// overflow behave as specified for arbitrary positions, targets and sizes.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CodeBlock, CC_NAMES, call, decode, hex, jcc, jmp, nop, type Label } from '../../src/x86asm';
import { generate } from '../../src/x86asm/gen';

const OPTS = { numRuns: 300, seed: 4242 };
const INT32 = 0x7fffffff;

type Kind = 'jmp' | 'jcc' | 'call';

function emitBranch(cb: CodeBlock, kind: Kind, cc: number, target: number, rel32: boolean): number {
  if (kind === 'call') return call(cb, target);
  if (kind === 'jmp') return jmp(cb, target, rel32 ? { rel32: true } : undefined);
  return jcc(cb, cc, target, rel32 ? { rel32: true } : undefined);
}

describe('patchJump', () => {
  it('re-targets rel32 branches anywhere in rel32 range, changing only the displacement', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2 ** 32, max: 2 ** 40 }), // base: targets stay positive
        fc.integer({ min: 0, max: 200 }),
        fc.constantFrom<Kind>('jmp', 'jcc', 'call'),
        fc.integer({ min: 0, max: 15 }),
        fc.integer({ min: -INT32 + 16, max: INT32 - 16 }),
        (base, pad, kind, cc, delta) => {
          const cb = new CodeBlock(512, base);
          nop(cb, pad);
          const p = emitBranch(cb, kind, cc, base, true);
          nop(cb, 7);
          const before = cb.code().slice();
          const target = cb.addrOf(p) + delta;
          expect(cb.patchJump(p, target)).toEqual({ ok: true });
          const b = cb.branchAt(p);
          expect(b).toMatchObject({ kind, rel: 32, target, size: kind === 'jcc' ? 6 : 5 });
          const [d] = decode(cb.code(p, p + b!.size), cb.addrOf(p));
          expect(d.target).toBe(target);
          if (kind === 'jcc') expect(d.text.startsWith('j' + CC_NAMES[cc])).toBe(true);
          // only the displacement bytes changed
          const after = cb.code();
          for (let i = 0; i < after.length; i++) if (i < p + b!.size - 4 || i >= p + b!.size) expect(after[i]).toBe(before[i]);
        },
      ),
      OPTS,
    );
  });

  it('re-targets rel8 branches exactly when the new displacement fits in 8 bits', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2 ** 32 }),
        fc.constantFrom<Kind>('jmp', 'jcc'),
        fc.integer({ min: 0, max: 15 }),
        fc.integer({ min: -400, max: 400 }),
        (base, kind, cc, delta) => {
          const cb = new CodeBlock(1024, base);
          nop(cb, 300);
          const p = emitBranch(cb, kind, cc, cb.addrOf(), false);
          expect(cb.branchAt(p)?.rel).toBe(8);
          const before = hex(cb.code());
          const target = cb.addrOf(p) + 2 + delta;
          const r = cb.patchJump(p, target);
          expect(r.ok).toBe(delta >= -128 && delta <= 127);
          if (r.ok) expect(cb.branchAt(p)?.target).toBe(target);
          else expect(hex(cb.code())).toBe(before);
        },
      ),
      OPTS,
    );
  });
});

describe('labels', () => {
  it('every reference resolves to its label, forward or backward, across two blocks', () => {
    const step = fc.oneof(
      fc.record({ op: fc.constant('bind' as const), label: fc.nat(7) }),
      fc.record({ op: fc.constant('ref' as const), label: fc.nat(7), kind: fc.constantFrom<Kind>('jmp', 'jcc', 'call'), other: fc.boolean() }),
      fc.record({ op: fc.constant('pad' as const), n: fc.integer({ min: 1, max: 300 }) }),
    );
    fc.assert(
      fc.property(fc.array(step, { maxLength: 60 }), fc.integer({ min: 0, max: 2 ** 36 }), (steps, base) => {
        const a = new CodeBlock(1 << 16, base, 'a');
        const b = new CodeBlock(1 << 16, base + (1 << 16), 'b');
        const labels: Label[] = Array.from({ length: 8 }, (_, i) => a.newLabel('l' + i));
        const refs: [CodeBlock, number, Label][] = [];
        for (const s of steps) {
          if (s.op === 'bind') {
            if (!labels[s.label].bound) a.bindLabel(labels[s.label]);
          } else if (s.op === 'pad') {
            nop(a, s.n);
          } else {
            const cb = s.other ? b : a;
            const l = labels[s.label];
            const p = s.kind === 'call' ? call(cb, l) : s.kind === 'jmp' ? jmp(cb, l) : jcc(cb, 'ne', l);
            refs.push([cb, p, l]);
          }
        }
        for (const l of labels) if (!l.bound) a.bindLabel(l);
        a.linkLabels();
        b.linkLabels();
        for (const [cb, p, l] of refs) {
          expect(cb.branchAt(p)?.target).toBe(l.address);
        }
      }),
      { ...OPTS, numRuns: 150 },
    );
  });
});

describe('overflow', () => {
  const insts = generate(2000, 777);
  it('a block of any capacity either holds exactly the unbounded output or reports dropped', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: insts.length - 40 }), fc.integer({ min: 1, max: 40 }), fc.integer({ min: 0, max: 300 }), (start, count, cap) => {
        const seq = insts.slice(start, start + count);
        const full = new CodeBlock(1024, 0x1000);
        for (const i of seq) i.emit(full);
        const buf = new Uint8Array(cap + 4).fill(0xee);
        const cb = new CodeBlock(buf.subarray(0, cap), 0x1000);
        for (const i of seq) i.emit(cb); // never throws
        expect(cb.dropped).toBe(full.writePos > cap);
        expect(hex(buf.subarray(cap))).toBe('ee ee ee ee');
        if (!cb.dropped) expect(hex(cb.code())).toBe(hex(full.code()));
      }),
      OPTS,
    );
  });
});
