// Operand constructors, error reporting, overflow safety of every form, the
// forms table and its generated docs, CPU feature detection and lazy iced-x86.

import { readFileSync } from 'fs';
import { join } from 'path';
import { describe, expect, it } from 'vitest';
import * as X from '../../src/x86asm';
import * as codeblock from '../../src/x86asm/codeblock';
import * as cpu from '../../src/x86asm/cpu';
import { formsDocMarkdown, withFormsSummary } from '../../src/x86asm/forms';
import * as insns from '../../src/x86asm/insns';
import * as operands from '../../src/x86asm/operands';
import * as sse from '../../src/x86asm/sse';
import { generate } from '../../src/x86asm/gen';

const { AsmError, CodeBlock, mem, qword, dword, byte } = X;
const { RAX, RBX, RSP, R8, R12, EAX, EBX, AX, AH, SIL, CL, BL, XMM0, XMM15 } = X;

function bytesOf(emit: (cb: X.CodeBlock) => unknown): string {
  const cb = new CodeBlock(32);
  emit(cb);
  return X.hex(cb.code());
}

describe('index', () => {
  it('re-exports every value of the public modules', () => {
    const index = X as unknown as Record<string, unknown>;
    for (const mod of [operands, codeblock, insns, sse, cpu] as Record<string, unknown>[]) {
      for (const [k, v] of Object.entries(mod)) {
        if (k !== '__esModule') expect(index[k], k).toBe(v);
      }
    }
  });
});

describe('registers and operands', () => {
  it('exports every register at every width', () => {
    expect([X.R8.name, X.R8D.name, X.R8W.name, X.R8B.name]).toEqual(['r8', 'r8d', 'r8w', 'r8b']);
    expect([X.RSP.name, X.ESP.name, X.SP.name, X.SPL.name]).toEqual(['rsp', 'esp', 'sp', 'spl']);
    expect(X.GPR64.length + X.GPR32.length + X.GPR16.length + X.GPR8.length + X.GPR8H.length + X.XMM.length).toBe(84);
    expect(XMM15).toMatchObject({ kind: 'reg', num: 15, bits: 128, xmm: true });
    expect(X.resize(R8, 32)).toBe(X.R8D);
    expect(X.resize(X.EDI, 8)).toBe(X.DIL);
    expect(X.regByName('R13W')).toBe(X.R13W);
    expect(X.regByName('bh')).toBe(X.BH);
    expect(() => X.resize(AH, 64)).toThrow(AsmError);
    expect(Object.isFrozen(RAX)).toBe(true);
  });

  it('builds memory operands and validates them', () => {
    expect(mem(64, RBX, 8, R12, 4)).toEqual({ kind: 'mem', bits: 64, base: RBX, index: R12, scale: 4, disp: 8 });
    expect(X.word(null, 16)).toMatchObject({ bits: 16, base: null, index: null });
    expect(X.rip(64, -4)).toEqual({ kind: 'rip', bits: 64, disp: -4, target: null });
    expect(X.imm(5n)).toEqual({ kind: 'imm', value: 5n });
    expect(() => mem(64, RAX, 0, RSP)).toThrow(/rsp cannot be an index/);
    expect(() => mem(64, RAX, 0, RBX, 3)).toThrow(/scale/);
    expect(() => mem(64, EAX)).toThrow(/64-bit/);
    expect(() => mem(64, RAX, 0, XMM0)).toThrow(/64-bit/);
    expect(() => mem(64, RAX, 0x80000000)).toThrow(/32 bits/);
    expect(() => X.rip(64, -0x80000001)).toThrow(/32 bits/);
  });

  it('formats operands in GNU Intel syntax', () => {
    expect(X.fmtOperand(qword(RBX, -8, R12, 8))).toBe('qword ptr [rbx + r12*8 - 8]');
    expect(X.fmtOperand(dword(null, 16))).toBe('dword ptr [16]');
    expect(X.fmtOperand(X.rip(8, 3))).toBe('byte ptr [rip + 3]');
    expect(X.fmtOperand(X.ripTo(64, 0x1000))).toBe('qword ptr [rip + 0x1000]');
    expect(X.fmtOperand(X.imm(-1))).toBe('-1');
  });

  it('accepts immediates as numbers, bigints or imm(), signed or unsigned', () => {
    const same = ['83 c0 ff', '83 c0 ff', '83 c0 ff', '83 c0 ff'];
    expect([
      bytesOf((cb) => X.add(cb, EAX, -1)),
      bytesOf((cb) => X.add(cb, EAX, 0xffffffff)),
      bytesOf((cb) => X.add(cb, EAX, X.imm(0xffffffffn))),
      bytesOf((cb) => X.add(cb, EAX, -1n)),
    ]).toEqual(same);
    expect(bytesOf((cb) => X.mov(cb, RAX, 0xffffffffffffffffn))).toBe('48 c7 c0 ff ff ff ff');
    expect(bytesOf((cb) => X.movabs(cb, RAX, X.imm(-2)))).toBe('48 b8 fe ff ff ff ff ff ff ff');
  });

  it('condition codes: names, aliases, numbers and inversion', () => {
    expect(X.ccCode('nae')).toBe(2);
    expect(X.ccCode(15)).toBe(15);
    expect(X.CC_NAMES[X.invertCC('l')]).toBe('ge');
    expect(X.CC_NAMES[X.invertCC('e')]).toBe('ne');
    expect(() => X.ccCode('xx' as X.CC)).toThrow(AsmError);
    expect(() => X.ccCode(16)).toThrow(AsmError);
    expect(bytesOf((cb) => X.jz(cb, 0x10))).toBe(bytesOf((cb) => X.jcc(cb, 4, 0x10)));
    expect(bytesOf((cb) => X.setnz(cb, AH))).toBe('0f 95 c4');
    expect(bytesOf((cb) => X.cmovc(cb, EAX, EBX))).toBe('0f 42 c3');
  });
});

describe('invalid operands throw AsmError and write nothing', () => {
  const cases: [string, (cb: X.CodeBlock) => unknown][] = [
    ['size mismatch', (cb) => X.mov(cb, RAX, EBX)],
    ['mem size mismatch', (cb) => X.add(cb, RAX, dword(RBX))],
    ['unsized memory', (cb) => X.inc(cb, mem(0, RBX))],
    ['ah next to a REX register', (cb) => X.mov(cb, AH, SIL)],
    ['ah with an extended base', (cb) => X.mov(cb, byte(R8), AH)],
    ['ah with REX.W-free but REX-needing r8b', (cb) => X.add(cb, X.R8B, AH)],
    ['64-bit immediate that is not a simm32', (cb) => X.add(cb, RAX, 0x80000000)],
    ['immediate wider than the operand', (cb) => X.add(cb, EAX, 0x100000000)],
    ['8-bit immediate out of range', (cb) => X.mov(cb, BL, 256)],
    ['unsafe number', (cb) => X.mov(cb, RAX, 2 ** 60)],
    ['memory to memory', (cb) => X.mov(cb, qword(RAX), qword(RBX))],
    ['immediate destination', (cb) => X.add(cb, 5 as unknown as X.RM, 1)],
    ['lea from a register', (cb) => X.lea(cb, RAX, RBX)],
    ['lea into an 8-bit register', (cb) => X.lea(cb, BL, qword(RBX))],
    ['push a 32-bit register', (cb) => X.push(cb, EAX)],
    ['push a wide immediate', (cb) => X.push(cb, 0x80000000)],
    ['pop into an immediate', (cb) => X.pop(cb, X.imm(1) as unknown as X.RM)],
    ['shift by a register other than cl', (cb) => X.shl(cb, RAX, BL)],
    ['shift count out of range', (cb) => X.shl(cb, RAX, 256)],
    ['jmp through a 32-bit register', (cb) => X.jmp(cb, EAX)],
    ['call through xmm', (cb) => X.call(cb, XMM0)],
    ['movzx from a same-size register', (cb) => X.movzx(cb, EAX, EBX)],
    ['movzx r16 from r/m16', (cb) => X.movzx(cb, AX, X.BX)],
    ['movsxd from a 64-bit register', (cb) => X.movsxd(cb, RAX, RBX)],
    ['imul with 8-bit registers', (cb) => X.imul(cb, BL, CL)],
    ['setcc into a 32-bit register', (cb) => X.sete(cb, EAX)],
    ['cmov into an 8-bit register', (cb) => X.cmove(cb, BL, CL)],
    ['bt on 8-bit operands', (cb) => X.bt(cb, BL, 1)],
    ['ret with a 17-bit immediate', (cb) => X.ret(cb, 0x10000)],
    ['nop of negative length', (cb) => X.nop(cb, -1)],
    ['addsd from a general register', (cb) => X.addsd(cb, XMM0, RAX)],
    ['movsd memory to memory', (cb) => X.movsd(cb, qword(RAX), qword(RBX))],
    ['movq from a 32-bit register', (cb) => X.movq(cb, XMM0, EAX)],
    ['movd from a 64-bit register', (cb) => X.movd(cb, XMM0, RAX)],
    ['cvtsi2sd from a 16-bit register', (cb) => X.cvtsi2sd(cb, XMM0, AX)],
    ['cvttsd2si into xmm', (cb) => X.cvttsd2si(cb, XMM0, XMM0)],
    ['roundsd mode out of range', (cb) => X.roundsd(cb, XMM0, XMM0, 256)],
    ['rel32 out of range', (cb) => X.jmp(cb, 0x100000000)],
    ['forced rel8 out of range', (cb) => X.jmp(cb, 1000, { rel8: true })],
    ['rip target out of range', (cb) => X.mov(cb, RAX, X.ripTo(64, 0x100000000))],
  ];
  it.each(cases)('%s', (_name, emit) => {
    const cb = new CodeBlock(32);
    expect(() => emit(cb)).toThrow(AsmError);
    expect(cb.writePos).toBe(0);
  });
});

describe('running out of space', () => {
  it('never throws, for any form, at any remaining size', () => {
    const insts = generate(X.FORMS.length, 99);
    for (let room = 0; room < 16; room++) {
      for (const inst of insts) {
        const buf = new Uint8Array(room + 8).fill(0xee);
        const cb = new CodeBlock(buf.subarray(0, room), 0x10000);
        inst.emit(cb);
        expect(cb.writePos).toBeLessThanOrEqual(room);
        expect(buf[room]).toBe(0xee); // nothing written past the block
        // Whether it overflowed is exactly whether the full encoding is longer than the room.
        const full = new CodeBlock(32, 0x10000);
        inst.emit(full);
        expect(cb.dropped).toBe(full.writePos > room);
      }
    }
  });
});

describe('forms table', () => {
  it('every form has an exported function and a unique description', () => {
    const api = X as unknown as Record<string, unknown>;
    const seen = new Set<string>();
    for (const f of X.FORMS) {
      expect(typeof api[f.mnem], f.mnem).toBe('function');
      const key = `${f.mnem} ${f.ops.join(',')}`;
      expect(seen.has(key), key).toBe(false);
      seen.add(key);
    }
    expect(X.FORMS.length).toBeGreaterThan(600);
  });

  it('the README summary and docs/x86asm-forms.md are up to date (node dist/x86asm/verify.js --docs)', () => {
    const root = join(__dirname, '..', '..');
    const readme = readFileSync(join(root, 'src', 'x86asm', 'README.md'), 'utf8');
    expect(readme).toBe(withFormsSummary(readme));
    expect(readFileSync(join(root, 'docs', 'x86asm-forms.md'), 'utf8')).toBe(formsDocMarkdown());
  });
});

describe('CPU features', () => {
  it('reads /proc/cpuinfo flags once', () => {
    const a = X.cpuFlags();
    expect(X.cpuFlags()).toBe(a);
    expect(typeof X.hasSSE41()).toBe('boolean');
    if (process.platform === 'linux') expect(X.hasCpuFeature('sse2')).toBe(true);
    expect(X.hasCpuFeature('no-such-feature')).toBe(false);
  });
});

describe('disassembler', () => {
  it('loads iced-x86 only when first used', () => {
    const loaded = (): boolean => Object.keys(require.cache).some((k) => k.includes('iced-x86'));
    expect(loaded()).toBe(false); // importing the assembler did not load it
    const text = X.disassemble(new Uint8Array([0x48, 0x89, 0xc8, 0xc3]), 0x1000);
    expect(loaded()).toBe(true);
    expect(text).toBe('  0x1000: 48 89 c8                       mov rax, rcx\n  0x1003: c3                             ret');
  });

  it('marks undecodable bytes and shows movabs immediates correctly', () => {
    const d = X.decode(new Uint8Array([0x48, 0xb8, 1, 0, 0, 0, 0, 0, 0, 0x80, 0x06]));
    expect(d[0].text).toBe('mov rax, 0x8000000000000001');
    expect(d[1]).toMatchObject({ valid: false, text: '(bad)', length: 1 });
  });
});
