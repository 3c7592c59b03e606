// Random instruction generator for the differential verifier: for each row of
// FORMS it draws random operands (all registers, all scales, boundary and
// negative displacements, imm8/imm32 edges, rip-relative, branch ranges) and
// produces both a GNU as source line and a closure emitting the same
// instruction with our assembler.

import { CodeBlock } from './codeblock';
import { CC_CODES, type CC } from './encode';
import { FORMS, type Form, type OpKind } from './forms';
import * as insns from './insns';
import {
  AsmError, AL, AX, EAX, RAX, CL, GPR8, GPR8H, GPR16, GPR32, GPR64, XMM,
  imm, mem, rip, ripTo, sizePtr, type Operand, type Reg,
} from './operands';
import * as sse from './sse';

/** A deterministic PRNG (mulberry32). */
export class Rng {
  private s: number;
  constructor(seed: number) {
    this.s = seed >>> 0;
  }
  /** Uniform in [0, 1). */
  next(): number {
    let t = (this.s = (this.s + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  /** Integer in [lo, hi] (inclusive, |values| < 2^53). */
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }
  pick<T>(xs: readonly T[]): T {
    return xs[Math.floor(this.next() * xs.length)];
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
}

/** One generated instruction. */
export interface Instance {
  form: Form;
  formIndex: number;
  /** GNU as source (Intel syntax); `$L` stands for the instruction's own label. */
  text: string;
  /** Emits the instruction with our assembler; cb.base must be the instruction's address. */
  emit: (cb: CodeBlock) => void;
  /** Assemble with `as -O1` (see Form.gasO1). */
  gasO1: boolean;
}

type Api = (cb: CodeBlock, ...args: unknown[]) => unknown;
const API: Record<string, Api> = { ...insns, ...sse } as unknown as Record<string, Api>;

const CC_LIST = Object.keys(CC_CODES) as CC[];

/** GNU as spellings of our nops, by length (pseudo-prefixes force the displacement size). */
const NOP_TEXT = [
  '',
  'nop',
  'xchg ax, ax',
  'nop dword ptr [rax]',
  '{disp8} nop dword ptr [rax]',
  '{disp8} nop dword ptr [rax + rax*1]',
  '{disp8} nop word ptr [rax + rax*1]',
  '{disp32} nop dword ptr [rax]',
  '{disp32} nop dword ptr [rax + rax*1]',
  '{disp32} nop word ptr [rax + rax*1]',
];

const INT32_MIN = -0x80000000;
const INT32_MAX = 0x7fffffff;
// Displacements around the disp8/disp32 boundary and the ends of the int32 range.
const DISP_EDGES = [-129, -128, -127, -1, 1, 126, 127, 128, 129, 255, 256, -256, INT32_MIN, INT32_MAX, INT32_MIN + 1, INT32_MAX - 1];

/** A displacement: 0 (tests the rbp/r13 special case), an edge, a small or any int32 value. */
function disp(r: Rng): number {
  const x = r.next();
  if (x < 0.25) return 0;
  if (x < 0.5) return r.pick(DISP_EDGES);
  if (x < 0.75) return r.int(-200, 200);
  return r.int(INT32_MIN, INT32_MAX);
}

/** Signed number as GNU as source text (hex for larger values). */
function num(v: number | bigint): string {
  const neg = v < 0;
  const a = neg ? -v : v;
  const s = a < 10 ? a.toString() : '0x' + a.toString(16);
  return neg ? '-' + s : s;
}

function plusNum(v: number): string {
  return v < 0 ? ' - ' + num(-v) : ' + ' + num(v);
}

/** Draws a value, with a good share of boundary values. */
function ranged(r: Rng, lo: number, hi: number, edges: readonly number[], ok: (v: number) => boolean = () => true): number {
  for (;;) {
    const v = r.chance(0.35) ? r.pick(edges) : r.chance(0.5) ? r.int(Math.max(lo, -300), Math.min(hi, 300)) : r.int(lo, hi);
    if (v >= lo && v <= hi && ok(v)) return v;
  }
}

const isSimm8 = (v: number): boolean => v >= -128 && v <= 127;

/**
 * Immediate for kind `k` (see OpKind in forms.ts) at operand size `bits`: values are
 * drawn so that exactly the encoding of that form row is selected, and include the
 * unsigned spellings of negative values (0xFFFFFF80 for a 32-bit simm8...).
 */
function immediate(r: Rng, k: OpKind, bits: number): number | bigint {
  const E = [-129, -128, -127, -1, 0, 1, 2, 126, 127, 128, 129, 255, 256, 0x7fff, 0x8000, 0xff80, 0xffff, 0x10000,
    INT32_MIN, INT32_MIN + 1, INT32_MAX, 0x80000000, 0xffffff80, 0xffffff7f, 0xffffffff];
  // an unsigned spelling of a sign-extended imm8 at this width
  const alias = (v: number): boolean => (bits === 16 && v >= 0xff80 && v <= 0xffff) || (bits === 32 && v >= 0xffffff80 && v <= 0xffffffff);
  switch (k) {
    case 'imm8': return ranged(r, -128, 255, E);
    case 'u8': return ranged(r, 0, 255, E);
    case 'count': return ranged(r, 0, 255, E, (v) => v !== 1);
    case 'simm8': return ranged(r, -128, bits === 16 ? 0xffff : bits === 32 ? 0xffffffff : 127, E, (v) => isSimm8(v) || alias(v));
    case 'imm16': return ranged(r, -0x8000, 0xffff, E);
    case 'u16': return ranged(r, 0, 0xffff, E);
    case 'imm32': return ranged(r, INT32_MIN, 0xffffffff, E);
    case 'imm16w': return ranged(r, -0x8000, 0xffff, E, (v) => !isSimm8(v) && !alias(v));
    case 'imm32w': return ranged(r, INT32_MIN, 0xffffffff, E, (v) => !isSimm8(v) && !alias(v));
    case 'simm32': return ranged(r, INT32_MIN, INT32_MAX, E);
    case 'simm32w': return ranged(r, INT32_MIN, INT32_MAX, E, (v) => !isSimm8(v));
    case 'nimm32': return ranged(r, INT32_MIN, -1, E);
    case 'uimm32': return ranged(r, 0, 0xffffffff, E);
    case 'imm64':
    case 'imm64w': {
      // bigints (sometimes safe numbers), signed or unsigned spelling
      const E64 = [-(1n << 63n), (1n << 64n) - 1n, (1n << 63n) - 1n, 1n << 63n, 1n << 32n, -(1n << 31n) - 1n, 0x123456789abcdef0n];
      for (;;) {
        let v: bigint;
        if (r.chance(0.3)) v = r.pick(E64);
        else if (k === 'imm64' && r.chance(0.3)) v = BigInt(r.int(-1000, 1000));
        else v = (BigInt(r.int(0, 0xffffffff)) << 32n) | BigInt(r.int(0, 0xffffffff));
        if (r.chance(0.3) && v >= 1n << 63n) v -= 1n << 64n; // signed spelling
        const sv = BigInt.asIntN(64, v);
        if (k === 'imm64w' && sv >= -(1n << 31n) && sv < 1n << 32n) continue;
        return v >= -0x1fffffffffffffn && v <= 0x1fffffffffffffn && r.chance(0.5) ? Number(v) : v;
      }
    }
    default:
      throw new Error(`not an immediate kind: ${k}`);
  }
}

const REG_KIND_BITS: Partial<Record<OpKind, number>> = { r8: 8, r16: 16, r32: 32, r64: 64 };
const MEM_KIND_BITS: Partial<Record<OpKind, number>> = { m8: 8, m16: 16, m32: 32, m64: 64, m128: 128, m: 0 };
const FIXED: Partial<Record<OpKind, Reg>> = { al: AL, ax: AX, eax: EAX, rax: RAX, cl: CL };

/** Operand size of a form: the first register/memory operand's width. */
function formBits(form: Form): number {
  for (const k of form.ops) {
    const b = REG_KIND_BITS[k] ?? MEM_KIND_BITS[k] ?? FIXED[k]?.bits;
    if (b !== undefined && b !== 0) return b;
  }
  return 64;
}

/** A random general register of a width; 8-bit picks include ah..bh (redrawn if REX is needed). */
function gpr(r: Rng, bits: number): Reg {
  if (bits === 8 && r.chance(0.2)) return r.pick(GPR8H);
  return r.pick(bits === 64 ? GPR64 : bits === 32 ? GPR32 : bits === 16 ? GPR16 : GPR8);
}

/** A random memory operand: [base+disp], [base+index*scale+disp], [index*scale+disp], [disp], [rip+disp], [rip+label]. */
function memory(r: Rng, bits: number): { text: string; make: (cb: CodeBlock) => Operand } {
  const x = r.next();
  const ptr = sizePtr(bits);
  if (x < 0.08) {
    const d = disp(r);
    return { text: `${ptr}[rip${plusNum(d)}]`, make: () => rip(bits, d) };
  }
  if (x < 0.15) {
    const d = r.int(-1 << 30, 1 << 30); // relative to the instruction's own start
    return { text: `${ptr}[rip + $L${d < 0 ? '-' + num(-d) : '+' + num(d)}]`, make: (cb) => ripTo(bits, cb.base + d) };
  }
  const d = disp(r);
  if (x < 0.2) return { text: `${ptr}[${num(d)}]`, make: () => mem(bits, null, d) };
  const scale = r.pick([1, 2, 4, 8]);
  const index = r.pick(GPR64.filter((g) => g.num !== 4));
  if (x < 0.27) return { text: `${ptr}[${index.name}*${scale}${plusNum(d)}]`, make: () => mem(bits, null, d, index, scale) };
  const base = r.pick(GPR64);
  if (x < 0.6) return { text: `${ptr}[${base.name}${plusNum(d)}]`, make: () => mem(bits, base, d) };
  return { text: `${ptr}[${base.name} + ${index.name}*${scale}${plusNum(d)}]`, make: () => mem(bits, base, d, index, scale) };
}

/** Branch displacement (from the branch's own start) for a rel8 or rel32 form of `size` bytes. */
function branchDelta(r: Rng, kind: 'rel8' | 'rel32', shortSize: number, longSize: number, canShort: boolean): { d: number; force: boolean } {
  if (kind === 'rel8') return { d: ranged(r, shortSize - 128, shortSize + 127, [shortSize - 128, shortSize + 127, 0, shortSize]), force: false };
  const force = canShort && r.chance(0.4);
  const lo = INT32_MIN + longSize;
  const hi = INT32_MAX + longSize - 16;
  const edges = [shortSize - 129, shortSize + 128, lo, hi, longSize, 0];
  const d = ranged(r, lo, hi, edges, (v) => force || !canShort || v < shortSize - 128 || v > shortSize + 127);
  return { d, force };
}

/**
 * One random instance of `form`: for each operand kind, its GNU as text and a maker
 * producing our operand (makers run at emit time: branch and rip targets depend on
 * the block's base address, which is the instruction's own address).
 */
export function instance(r: Rng, form: Form, formIndex: number): Instance {
  const bits = formBits(form);
  const texts: string[] = [];
  const makers: ((cb: CodeBlock) => unknown)[] = [];
  let mnem = form.mnem;
  let prefix = '';
  let opts: object | undefined;
  for (const k of form.ops) {
    const rb = REG_KIND_BITS[k];
    const mb = MEM_KIND_BITS[k];
    if (rb !== undefined) {
      const g = gpr(r, rb);
      texts.push(g.name);
      makers.push(() => g);
    } else if (k === 'xmm') {
      const x = r.pick(XMM);
      texts.push(x.name);
      makers.push(() => x);
    } else if (mb !== undefined) {
      const m = memory(r, mb);
      texts.push(m.text);
      makers.push(m.make);
    } else if (FIXED[k] !== undefined) {
      const g = FIXED[k] as Reg;
      texts.push(g.name);
      makers.push(() => g);
    } else if (k === '1') {
      texts.push('1');
      makers.push(() => 1);
    } else if (k === 'cc') {
      const cc = r.pick(CC_LIST);
      mnem = mnem.replace('cc', cc);
      makers.push(() => cc);
    } else if (k === 'len') {
      const n = r.int(1, 9);
      mnem = NOP_TEXT[n];
      makers.push(() => n);
    } else if (k === 'rel8' || k === 'rel32') {
      // target = own address + d; a near rel32 target is forced with {disp32} / { rel32: true }
      const isCall = form.mnem === 'call';
      const isJcc = form.mnem === 'jcc';
      const { d, force } = branchDelta(r, k, 2, isJcc ? 6 : 5, !isCall);
      if (force) {
        prefix = '{disp32} ';
        opts = { rel32: true };
      }
      texts.push('$L' + (d < 0 ? '-' + num(-d) : '+' + num(d)));
      makers.push((cb) => cb.base + d);
    } else {
      const v = immediate(r, k, bits);
      texts.push(num(v));
      // also exercise the tagged form imm(v)
      const tagged = r.chance(0.2);
      makers.push(() => (tagged ? imm(v) : v));
    }
  }
  const fn = API[form.mnem];
  if (fn === undefined) throw new Error(`no function for ${form.mnem}`);
  const text = prefix + mnem + (texts.length ? ' ' + texts.join(', ') : '');
  const emit = (cb: CodeBlock): void => {
    const args = makers.map((m) => m(cb));
    if (opts !== undefined) args.push(opts);
    fn(cb, ...args);
  };
  return { form, formIndex, text, emit, gasO1: form.gasO1 === true };
}

/**
 * `count` instances cycling through every form (so any count >= FORMS.length covers
 * them all), operands drawn from a PRNG seeded with `seed`. Combinations our
 * encoder rejects by design (ah..bh next to a REX prefix) are redrawn.
 */
export function generate(count: number, seed: number): Instance[] {
  const r = new Rng(seed);
  const out: Instance[] = [];
  const scratch = new CodeBlock(64, 0x10000);
  for (let i = 0; i < count; i++) {
    const fi = i % FORMS.length;
    for (let attempt = 0; ; attempt++) {
      const inst = instance(r, FORMS[fi], fi);
      scratch.rewind(0);
      try {
        inst.emit(scratch);
      } catch (e) {
        if (e instanceof AsmError && /REX/.test(e.message) && attempt < 100) continue;
      }
      out.push(inst);
      break;
    }
  }
  return out;
}
