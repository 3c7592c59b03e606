// Operands of the x86-64 assembler: a small tagged union.
//
//   Reg  { kind: 'reg' }  a general register at 8/16/32/64 bits, or an xmm register
//   Mem  { kind: 'mem' }  [base + index*scale + disp] with an operand size in bits
//   Rip  { kind: 'rip' }  [rip + disp], or rip-relative to an absolute address / label
//   Imm  { kind: 'imm' }  an immediate (plain numbers and bigints are accepted too)
//
// Every object here is created by one factory per kind so V8 sees one hidden
// class per kind; registers are frozen singletons, compared by identity.

/** Programmer errors (impossible operand combinations, out-of-range values). */
export class AsmError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'AsmError';
  }
}

/** REX requirement of a register. */
export const REX_ANY = 0; // works with or without a REX prefix
export const REX_NEEDED = 1; // spl bpl sil dil: only addressable with a REX prefix
export const REX_FORBIDDEN = 2; // ah ch dh bh: only addressable without one

export interface Reg {
  readonly kind: 'reg';
  readonly name: string;
  /** Hardware number 0..15 (ah..bh use 4..7 with rex = REX_FORBIDDEN). */
  readonly num: number;
  /** Width in bits: 8, 16, 32, 64 for general registers, 128 for xmm. */
  readonly bits: number;
  readonly xmm: boolean;
  readonly rex: number;
}

export interface Mem {
  readonly kind: 'mem';
  /** Operand size in bits (8/16/32/64/128); 0 = unspecified (lea). */
  readonly bits: number;
  readonly base: Reg | null;
  readonly index: Reg | null;
  readonly scale: number;
  readonly disp: number;
}

/** Something a rip-relative operand or a branch can point at (see codeblock.ts). */
/**
 * What operands need to know about a label (the Label class lives in codeblock.ts):
 * its position once bound (-1 before) in the CodeBlock `cb`, whose base address
 * turns the position into an absolute address.
 */
export interface LabelLike {
  readonly kind: 'label';
  readonly name: string;
  readonly pos: number;
  readonly cb: { readonly base: number };
}

export interface Rip {
  readonly kind: 'rip';
  readonly bits: number;
  /** Raw displacement from the end of the instruction (used when target is null). */
  readonly disp: number;
  /** Absolute address or label; the displacement is computed at emit/link time. */
  readonly target: number | LabelLike | null;
}

export interface Imm {
  readonly kind: 'imm';
  readonly value: number | bigint;
}

export type MemOpnd = Mem | Rip;
export type RM = Reg | MemOpnd;
export type Operand = Reg | Mem | Rip | Imm;
/** Immediates may be given bare. */
export type ImmLike = Imm | number | bigint;
export type Src = RM | ImmLike;

function mkReg(name: string, num: number, bits: number, xmm: boolean, rex: number): Reg {
  return Object.freeze({ kind: 'reg' as const, name, num, bits, xmm, rex });
}

// ---- general registers, at every width ------------------------------------

const NAMES64 = ['rax', 'rcx', 'rdx', 'rbx', 'rsp', 'rbp', 'rsi', 'rdi'];
const NAMES32 = ['eax', 'ecx', 'edx', 'ebx', 'esp', 'ebp', 'esi', 'edi'];
const NAMES16 = ['ax', 'cx', 'dx', 'bx', 'sp', 'bp', 'si', 'di'];
const NAMES8 = ['al', 'cl', 'dl', 'bl', 'spl', 'bpl', 'sil', 'dil'];

function gprName(n: number, bits: number): string {
  if (n < 8) return (bits === 64 ? NAMES64 : bits === 32 ? NAMES32 : bits === 16 ? NAMES16 : NAMES8)[n];
  return 'r' + n + (bits === 64 ? '' : bits === 32 ? 'd' : bits === 16 ? 'w' : 'b');
}

function makeGprs(bits: number): readonly Reg[] {
  const out: Reg[] = [];
  for (let n = 0; n < 16; n++) {
    const rex = bits === 8 && n >= 4 && n < 8 ? REX_NEEDED : REX_ANY;
    out.push(mkReg(gprName(n, bits), n, bits, false, rex));
  }
  return Object.freeze(out);
}

/** General registers indexed by hardware number, per width. */
export const GPR64 = makeGprs(64);
export const GPR32 = makeGprs(32);
export const GPR16 = makeGprs(16);
export const GPR8 = makeGprs(8);
/** The legacy high-byte registers; they cannot be used in an instruction that needs REX. */
export const GPR8H: readonly Reg[] = Object.freeze(
  ['ah', 'ch', 'dh', 'bh'].map((name, i) => mkReg(name, 4 + i, 8, false, REX_FORBIDDEN)),
);
export const XMM: readonly Reg[] = Object.freeze(
  Array.from({ length: 16 }, (_, n) => mkReg('xmm' + n, n, 128, true, REX_ANY)),
);

export const [RAX, RCX, RDX, RBX, RSP, RBP, RSI, RDI, R8, R9, R10, R11, R12, R13, R14, R15] = GPR64;
export const [EAX, ECX, EDX, EBX, ESP, EBP, ESI, EDI, R8D, R9D, R10D, R11D, R12D, R13D, R14D, R15D] = GPR32;
export const [AX, CX, DX, BX, SP, BP, SI, DI, R8W, R9W, R10W, R11W, R12W, R13W, R14W, R15W] = GPR16;
export const [AL, CL, DL, BL, SPL, BPL, SIL, DIL, R8B, R9B, R10B, R11B, R12B, R13B, R14B, R15B] = GPR8;
export const [AH, CH, DH, BH] = GPR8H;
export const [XMM0, XMM1, XMM2, XMM3, XMM4, XMM5, XMM6, XMM7] = XMM;
export const [, , , , , , , , XMM8, XMM9, XMM10, XMM11, XMM12, XMM13, XMM14, XMM15] = XMM;

/** The same general register at another width (e.g. resize(R8, 32) === R8D). */
export function resize(r: Reg, bits: number): Reg {
  if (r.xmm || r.rex === REX_FORBIDDEN) throw new AsmError(`cannot resize ${r.name}`);
  switch (bits) {
    case 64: return GPR64[r.num];
    case 32: return GPR32[r.num];
    case 16: return GPR16[r.num];
    case 8: return GPR8[r.num];
    default: throw new AsmError(`bad register width ${bits}`);
  }
}

const BY_NAME = new Map<string, Reg>();
for (const r of [...GPR64, ...GPR32, ...GPR16, ...GPR8, ...GPR8H, ...XMM]) BY_NAME.set(r.name, r);

/** Looks a register up by its (lower-case) name: 'rax', 'r8d', 'sil', 'xmm3'... */
export function regByName(name: string): Reg | undefined {
  return BY_NAME.get(name.toLowerCase());
}

// ---- memory operands --------------------------------------------------------

const INT32_MIN = -0x80000000;
const INT32_MAX = 0x7fffffff;

export function isInt32(v: number): boolean {
  return v >= INT32_MIN && v <= INT32_MAX && Number.isInteger(v);
}

/**
 * [base + index*scale + disp], `bits` wide (0 = unspecified, e.g. for lea).
 * base may be null (index-only, or absolute [disp32] when index is null too).
 * Only 64-bit address registers are supported; rsp cannot be an index.
 */
export function mem(bits: number, base: Reg | null, disp = 0, index: Reg | null = null, scale = 1): Mem {
  if (base !== null && (base.bits !== 64 || base.xmm)) throw new AsmError(`base must be a 64-bit register, got ${base.name}`);
  if (index !== null) {
    if (index.bits !== 64 || index.xmm) throw new AsmError(`index must be a 64-bit register, got ${index.name}`);
    if (index.num === 4) throw new AsmError('rsp cannot be an index register');
  }
  if (scale !== 1 && scale !== 2 && scale !== 4 && scale !== 8) throw new AsmError(`bad scale ${scale}`);
  if (!isInt32(disp)) throw new AsmError(`displacement ${disp} does not fit in 32 bits`);
  return { kind: 'mem', bits, base, index, scale, disp };
}

/** Shorthands for the common sizes: qword(RBX, 8) is mem(64, RBX, 8). */
export const qword = (base: Reg | null, disp = 0, index: Reg | null = null, scale = 1): Mem => mem(64, base, disp, index, scale);
export const dword = (base: Reg | null, disp = 0, index: Reg | null = null, scale = 1): Mem => mem(32, base, disp, index, scale);
export const word = (base: Reg | null, disp = 0, index: Reg | null = null, scale = 1): Mem => mem(16, base, disp, index, scale);
export const byte = (base: Reg | null, disp = 0, index: Reg | null = null, scale = 1): Mem => mem(8, base, disp, index, scale);

/** [rip + disp]: disp is relative to the end of the instruction. */
export function rip(bits: number, disp: number): Rip {
  if (!isInt32(disp)) throw new AsmError(`displacement ${disp} does not fit in 32 bits`);
  return { kind: 'rip', bits, disp, target: null };
}

/** rip-relative reference to an absolute address or a label (resolved at emit or link time). */
export function ripTo(bits: number, target: number | LabelLike): Rip {
  return { kind: 'rip', bits, disp: 0, target };
}

/** A tagged immediate; bare numbers/bigints are accepted everywhere an Imm is. */
export function imm(value: number | bigint): Imm {
  return { kind: 'imm', value };
}

export function isImm(o: unknown): o is ImmLike {
  return typeof o === 'number' || typeof o === 'bigint' || (typeof o === 'object' && o !== null && (o as Imm).kind === 'imm');
}

/** Operand in Intel syntax as GNU as accepts it (used by comments, errors and the verifier). */
export function fmtOperand(o: Operand | number | bigint): string {
  if (typeof o === 'number' || typeof o === 'bigint') return String(o);
  switch (o.kind) {
    case 'reg': return o.name;
    case 'imm': return String(o.value);
    case 'mem': {
      let s = '';
      if (o.base) s = o.base.name;
      if (o.index) s += (s ? ' + ' : '') + o.index.name + '*' + o.scale;
      if (!s) s = String(o.disp);
      else if (o.disp !== 0) s += o.disp < 0 ? ' - ' + -o.disp : ' + ' + o.disp;
      return sizePtr(o.bits) + '[' + s + ']';
    }
    case 'rip': {
      const t = o.target;
      if (t === null) return sizePtr(o.bits) + '[rip' + (o.disp < 0 ? ' - ' + -o.disp : ' + ' + o.disp) + ']';
      return sizePtr(o.bits) + '[rip + ' + (typeof t === 'number' ? '0x' + t.toString(16) : t.name) + ']';
    }
  }
}

/** 'qword ptr ' etc. for an operand size in bits ('' for 0). */
export function sizePtr(bits: number): string {
  switch (bits) {
    case 8: return 'byte ptr ';
    case 16: return 'word ptr ';
    case 32: return 'dword ptr ';
    case 64: return 'qword ptr ';
    case 128: return 'xmmword ptr ';
    default: return '';
  }
}
