// Cross-check with an independent decoder, iced-x86: our bytes for random
// instances of every form must decode to exactly one valid instruction of the
// emitted length, and the decoded instruction, formatted, must say the same thing
// as the source line we assembled (compared after parsing both into canonical
// operands: registers, memory terms, immediate values).

import { describe, expect, it } from 'vitest';
import type * as Iced from 'iced-x86';
import { CodeBlock, CC_CODES, CC_NAMES, decode, hex, nop } from '../../src/x86asm';
import { loadIced } from '../../src/x86asm/disasm';
import { generate, type Instance } from '../../src/x86asm/gen';

const BASE = 0x400000;

/** Our bytes for each instance, each assembled at BASE. */
function assembleAll(insts: Instance[]): Uint8Array[] {
  return insts.map((inst) => {
    const cb = new CodeBlock(32, BASE);
    inst.emit(cb);
    expect(cb.dropped).toBe(false);
    return cb.code().slice();
  });
}

const WIDTH: Record<string, number> = { r8: 8, r16: 16, r32: 32, r64: 64, m8: 8, m16: 16, m32: 32, m64: 64, al: 8, ax: 16, eax: 32, rax: 64 };

/** Operand size used to compare immediates (they may be spelled signed or unsigned). */
function immBits(inst: Instance): number {
  if (inst.form.mnem === 'push') return 64;
  for (const k of inst.form.ops) if (WIDTH[k]) return WIDTH[k];
  return 64;
}

function parseNum(s: string): bigint {
  const neg = s.startsWith('-');
  const v = BigInt(neg ? s.slice(1) : s);
  return neg ? -v : v;
}

/**
 * Canonical form of one Intel-syntax instruction: lower case, canonical condition
 * names, memory operands as "size[base+index*scale+disp]" with the displacement as
 * a signed 64-bit value, immediates as signed values of `bits` bits.
 */
function canonical(text: string, bits: number): string {
  const t = text.toLowerCase().replace(/\{disp(8|32)\}\s*/g, '').trim();
  const sp = t.indexOf(' ');
  let mnem = sp < 0 ? t : t.slice(0, sp);
  const rest = sp < 0 ? '' : t.slice(sp + 1);
  const m = /^(j|set|cmov)([a-z]+)$/.exec(mnem);
  if (m && m[2] in CC_CODES) mnem = m[1] + CC_NAMES[CC_CODES[m[2] as keyof typeof CC_CODES]];
  if (mnem === 'movabs') mnem = 'mov';
  const ops = rest === '' ? [] : rest.split(',').map((o) => o.trim());
  const canonOps = ops.map((o) => {
    const mm = /^(?:(\w+) ptr )?\[(.*)\]$/.exec(o);
    if (mm) {
      let base = '';
      let index = '';
      let disp = 0n;
      for (const term of mm[2].replace(/\s+/g, '').replace(/-/g, '+-').split('+').filter((x) => x)) {
        const sm = /^(\w+)\*(\d)$/.exec(term);
        if (sm) index = `${sm[1]}*${sm[2]}`;
        else if (/^-?(0x[0-9a-f]+|\d+)$/.test(term)) disp += parseNum(term);
        else if (base === '') base = term;
        else index = `${term}*1`;
      }
      return `${mm[1] ?? ''}[${base}|${index}|${BigInt.asIntN(64, disp)}]`;
    }
    if (/^-?(0x[0-9a-f]+|\d+)$/.test(o)) return BigInt.asIntN(bits, parseNum(o)).toString();
    return o;
  });
  // imul r, r, imm is printed as imul r, imm by iced
  if (mnem === 'imul' && canonOps.length === 3 && canonOps[0] === canonOps[1]) canonOps.shift();
  return [mnem, ...canonOps].join(' ');
}

/** Our source line with branch/rip targets made absolute and known spelling differences applied. */
function ourText(inst: Instance, len: number): string {
  let t = inst.text;
  // $L is the instruction's own address: branch targets become absolute addresses,
  // rip-relative label targets become [rip + disp] from the end of the instruction.
  t = t.replace(/\[rip \+ \$L([+-](?:0x[0-9a-f]+|\d+))\]/, (_, d: string) => `[rip + ${parseNum(d.replace('+', '')) - BigInt(len)}]`);
  t = t.replace(/\$L([+-](?:0x[0-9a-f]+|\d+))/, (_, d: string) => String(BigInt(BASE) + parseNum(d.replace('+', ''))));
  const ops = inst.form.ops;
  // mov r64, imm32 (zero-extending) is encoded as mov r32, imm32
  if (inst.form.mnem === 'mov' && ops[1] === 'uimm32') t = t.replace(/^mov (\w+)/, (_, r: string) => `mov ${r64to32(r)}`);
  // test r, m is encoded as test m, r
  if (inst.form.mnem === 'test' && ops[0].startsWith('r') && ops[1].startsWith('m')) t = t.replace(/^test ([^,]+), (.+)$/, 'test $2, $1');
  return t;
}

function r64to32(r: string): string {
  return /^r\d+$/.test(r) ? r + 'd' : 'e' + r.slice(1);
}

let fmt: Iced.Formatter | null = null;
function formatter(): Iced.Formatter {
  if (fmt) return fmt;
  const ic = loadIced();
  const f = new ic.Formatter(ic.FormatterSyntax.Intel);
  f.hexPrefix = '0x';
  f.hexSuffix = '';
  f.uppercaseHex = false;
  f.memorySizeOptions = ic.MemorySizeOptions.Always;
  f.showBranchSize = false;
  f.branchLeadingZeros = false;
  f.ripRelativeAddresses = true;
  f.alwaysShowScale = true;
  fmt = f;
  return f;
}

/**
 * iced-x86's Intel text for one instruction's bytes at BASE. iced-x86 1.21's JS
 * formatter misprints 64-bit immediates with the top bit set (movabs), so those
 * are formatted from the decoded value instead.
 */
function icedText(bytes: Uint8Array): string {
  const ic = loadIced();
  const d = new ic.Decoder(64, bytes, ic.DecoderOptions.None);
  d.ip = BigInt(BASE);
  const insn = d.decode();
  try {
    const f = formatter();
    if (insn.op1Kind === ic.OpKind.Immediate64) return `${f.formatMnemonic(insn)} ${f.formatOperand(insn, 0)}, ${insn.immediate(1)}`;
    return f.format(insn);
  } finally {
    insn.free();
    d.free();
  }
}

describe('iced-x86 cross-check', () => {
  const insts = generate(4000, 20240601);
  const ours = assembleAll(insts);

  it('decodes every instance as one valid instruction of the emitted length', () => {
    // All instances back to back at their own addresses, decoded as one stream.
    const total = ours.reduce((n, b) => n + b.length, 0);
    const stream = new Uint8Array(total);
    let off = 0;
    for (const b of ours) {
      stream.set(b, off);
      off += b.length;
    }
    const decoded = decode(stream, BASE);
    const bad: string[] = [];
    let at = 0;
    ours.forEach((b, i) => {
      const d = decoded[i];
      if (!d || !d.valid || d.length !== b.length || d.address !== BASE + at) bad.push(`${insts[i].text}: ${hex(b)} decoded as ${d?.text} (${d?.length} bytes)`);
      at += b.length;
    });
    expect(bad).toEqual([]);
    expect(decoded.length).toBe(insts.length);
  });

  it('the decoded text matches the assembled source', () => {
    const bad: string[] = [];
    insts.forEach((inst, i) => {
      if (inst.form.mnem === 'nop') return; // nops are spelled differently on purpose (see below)
      const bits = immBits(inst);
      const a = canonical(ourText(inst, ours[i].length), bits);
      const b = canonical(icedText(ours[i]), bits);
      if (a !== b) bad.push(`${inst.text}\n    ours: ${a}\n    iced: ${b}`);
    });
    expect(bad.slice(0, 20)).toEqual([]);
    expect(bad.length).toBe(0);
  });

  it('nops of every length decode as a single nop', () => {
    for (let n = 1; n <= 9; n++) {
      const cb = new CodeBlock(16);
      nop(cb, n);
      const d = decode(cb.code());
      expect(d.length).toBe(1);
      expect(d[0].length).toBe(n);
      expect(d[0].text).toMatch(n === 2 ? /^xchg ax, ax$/ : /^nop\b/);
    }
  });
});
