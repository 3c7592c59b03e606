// Shared encoders: legacy prefix, REX, opcode, ModRM/SIB/displacement, immediates,
// relative branches and multi-byte nops. Every instruction in insns.ts / sse.ts is
// a thin wrapper choosing opcode bytes and calling one of these.
//
// Instruction layout (Intel SDM vol. 2, ch. 2):
//   [66|F2|F3] [REX 0100WRXB] opcode(1-3) [ModRM mod|reg|rm] [SIB ss|index|base] [disp8/32] [imm]

import type { CodeBlock } from './codeblock';
import {
  AsmError, REX_FORBIDDEN, REX_NEEDED, isInt32,
  type ImmLike, type LabelLike, type Reg, type RM, type Rip,
} from './operands';

/** Prefix argument values (0 = none). 0x66 doubles as the 16-bit operand-size prefix. */
export const P_NONE = 0;
export const P_66 = 0x66;
export const P_F2 = 0xf2;
export const P_F3 = 0xf3;

const SCALE_BITS = [0, 0, 1, 0, 2, 0, 0, 0, 3];

/** Writes 1..3 opcode bytes packed big-endian in `op` (e.g. 0x0fb6, len 2). */
export function opcode(cb: CodeBlock, op: number, len: number): void {
  if (len === 3) cb.byte((op >>> 16) & 0xff);
  if (len >= 2) cb.byte((op >>> 8) & 0xff);
  cb.byte(op & 0xff);
}

/** REX need of one register: returns [bit to OR into the flags]. */
function rexFlagsOf(r: Reg): number {
  return r.rex === REX_NEEDED ? 1 : r.rex === REX_FORBIDDEN ? 2 : 0;
}

function rexConflict(name: string): never {
  throw new AsmError(`${name} cannot be encoded in an instruction that needs a REX prefix`);
}

/**
 * Emits [pfx] [REX] opcode ModRM [SIB] [disp] for ModRM.reg = `regNum` (a register
 * number 0..15 or a /digit opcode extension) and ModRM.rm = `rm`.
 * `regOp` is the register in ModRM.reg (null for /digit forms; used for REX rules).
 * `immBytes` is the size of the immediate that follows (rip-relative displacements
 * are relative to the end of the whole instruction).
 */
export function emitModRM(
  cb: CodeBlock, pfx: number, w: boolean, op: number, opLen: number,
  regNum: number, regOp: Reg | null, rm: RM, immBytes: number,
): void {
  let rex = (w ? 8 : 0) | ((regNum & 8) >> 1);
  let flags = regOp === null ? 0 : rexFlagsOf(regOp);
  if (rm.kind === 'reg') {
    rex |= (rm.num & 8) >> 3;
    flags |= rexFlagsOf(rm);
  } else if (rm.kind === 'mem') {
    if (rm.base !== null) rex |= (rm.base.num & 8) >> 3;
    if (rm.index !== null) rex |= (rm.index.num & 8) >> 2;
  }
  const hasRex = rex !== 0 || (flags & 1) !== 0;
  if (hasRex && (flags & 2) !== 0) rexConflict(regOp !== null && regOp.rex === REX_FORBIDDEN ? regOp.name : (rm as Reg).name);
  // A rip-relative displacement is computed (and range-checked) before writing anything.
  let ripD = 0;
  if (rm.kind === 'rip') {
    const end = cb.writePos + (pfx !== 0 ? 1 : 0) + (hasRex ? 1 : 0) + opLen + 5 + immBytes;
    ripD = ripDisp(cb, rm, end);
  }
  if (pfx !== 0) cb.byte(pfx);
  if (hasRex) cb.byte(0x40 | rex);
  opcode(cb, op, opLen);

  const reg3 = (regNum & 7) << 3;
  if (rm.kind === 'reg') {
    cb.byte(0xc0 | reg3 | (rm.num & 7));
    return;
  }
  if (rm.kind === 'rip') {
    cb.byte(0x05 | reg3); // mod=00 rm=101: [rip + disp32]
    // An unbound label gets a fixup for the disp32 about to be written at writePos.
    if (rm.target !== null && typeof rm.target !== 'number' && rm.target.pos < 0) cb.addFixup(cb.writePos, cb.writePos + 4 + immBytes, 4, rm.target);
    cb.u32(ripD);
    return;
  }
  const base = rm.base;
  const index = rm.index;
  const disp = rm.disp;
  if (base === null) {
    // mod=00 rm=100, SIB base=101: [index*scale + disp32] or, with index=100, [disp32]
    cb.byte(0x04 | reg3);
    cb.byte(index === null ? 0x25 : (SCALE_BITS[rm.scale] << 6) | ((index.num & 7) << 3) | 5);
    cb.u32(disp);
    return;
  }
  const b3 = base.num & 7;
  // mod: 00 no disp (not possible for rbp/r13: that means rip/disp32), 01 disp8, 10 disp32
  const mod = disp === 0 && b3 !== 5 ? 0 : disp >= -128 && disp <= 127 ? 0x40 : 0x80;
  if (index !== null || b3 === 4) {
    // rsp/r12 as base, or any index, needs a SIB byte (index=100 means none)
    cb.byte(mod | reg3 | 4);
    cb.byte(index === null ? 0x20 | b3 : (SCALE_BITS[rm.scale] << 6) | ((index.num & 7) << 3) | b3);
  } else {
    cb.byte(mod | reg3 | b3);
  }
  if (mod === 0x40) cb.byte(disp & 0xff);
  else if (mod === 0x80) cb.u32(disp);
}

/** The disp32 of a rip-relative operand for an instruction ending at `end` (0 for an unbound label). */
function ripDisp(cb: CodeBlock, m: Rip, end: number): number {
  const t = m.target;
  if (t === null) return m.disp;
  if (typeof t !== 'number' && t.pos < 0) return 0; // forward label: fixed by linkLabels()
  const d = targetAddr(t) - (cb.base + end);
  if (!isInt32(d)) throw new AsmError(`rip-relative target out of rel32 range (${d})`);
  return d;
}

/** Emits [pfx] [REX] opcode+reg (the register number in the low 3 opcode bits). */
export function emitOpReg(cb: CodeBlock, pfx: number, w: boolean, op: number, opLen: number, reg: Reg): void {
  const rex = (w ? 8 : 0) | ((reg.num & 8) >> 3);
  const needRex = rex !== 0 || reg.rex === REX_NEEDED;
  if (needRex && reg.rex === REX_FORBIDDEN) rexConflict(reg.name);
  if (pfx !== 0) cb.byte(pfx);
  if (needRex) cb.byte(0x40 | rex);
  opcode(cb, op + (reg.num & 7), opLen);
}

/** Emits [pfx] [REX.W] opcode, for instructions without operands (cqo, ret...). */
export function emitPlain(cb: CodeBlock, pfx: number, w: boolean, op: number, opLen: number): void {
  if (pfx !== 0) cb.byte(pfx);
  if (w) cb.byte(0x48);
  opcode(cb, op, opLen);
}

// ---- immediates ---------------------------------------------------------------

const TWO32 = 0x100000000;
const I64_MIN = -(1n << 63n);
const I64_END = 1n << 63n;
const U64_END = 1n << 64n;
const SAFE_MIN = -0x1fffffffffffffn;
const SAFE_MAX = 0x1fffffffffffffn;

/** An immediate as a number when it is a safe integer, else as a bigint. */
export function immValue(src: ImmLike): number | bigint {
  const v = typeof src === 'object' ? src.value : src;
  if (typeof v === 'number') {
    if (!Number.isSafeInteger(v)) throw new AsmError(`immediate ${v} is not a safe integer (use a bigint)`);
    return v;
  }
  return v >= SAFE_MIN && v <= SAFE_MAX ? Number(v) : v;
}

/** A 64-bit immediate (given signed or unsigned) as its signed value; a number when safe. */
export function imm64Signed(src: ImmLike): number | bigint {
  const v = typeof src === 'object' ? src.value : src;
  if (typeof v === 'number') {
    if (!Number.isSafeInteger(v)) throw new AsmError(`immediate ${v} is not a safe integer (use a bigint)`);
    return v;
  }
  if (v < I64_MIN || v >= U64_END) throw new AsmError(`immediate ${v} does not fit in 64 bits`);
  const s = v >= I64_END ? v - U64_END : v;
  return s >= SAFE_MIN && s <= SAFE_MAX ? Number(s) : s;
}

/**
 * Checks that immediate `v` is valid for a `bits`-wide operand (signed or unsigned
 * spelling: -1 and 0xFFFFFFFF are the same 32-bit value) and returns its signed value.
 * For bits = 64 the value must be a sign-extended 32-bit immediate, the only kind
 * 64-bit operations take (movabs aside).
 */
export function immSigned(src: ImmLike, bits: number): number {
  let v = immValue(src);
  if (typeof v === 'bigint') {
    // Only reachable for 64-bit values outside the safe range
    if (bits !== 64 || v < I64_MIN || v >= U64_END) throw new AsmError(`immediate ${v} does not fit in ${bits} bits`);
    v = BigInt.asIntN(64, v);
    if (v < -0x80000000n || v > 0x7fffffffn) throw new AsmError(`immediate ${v} is not a sign-extended 32-bit value`);
    return Number(v);
  }
  if (bits === 64) {
    if (!isInt32(v)) throw new AsmError(`immediate ${v} is not a sign-extended 32-bit value`);
    return v;
  }
  const span = bits === 32 ? TWO32 : 1 << bits;
  if (v < -span / 2 || v >= span) throw new AsmError(`immediate ${v} does not fit in ${bits} bits`);
  return v >= span / 2 ? v - span : v;
}

/** Unsigned immediate in [0, 2^bits) (shift counts, ret imm16, bt, roundsd). */
export function immUnsigned(src: ImmLike, bits: number): number {
  const v = immValue(src);
  if (typeof v !== 'number' || v < 0 || v >= 2 ** bits) throw new AsmError(`immediate ${v} is not an unsigned ${bits}-bit value`);
  return v;
}

export function fitsImm8(v: number): boolean {
  return v >= -128 && v <= 127;
}

/** Writes a signed value as a `bits`-wide little-endian immediate (bits <= 32). */
export function writeImm(cb: CodeBlock, v: number, bits: number): void {
  if (bits === 8) cb.byte(v & 0xff);
  else if (bits === 16) cb.u16(v);
  else cb.u32(v);
}

/** Writes a 64-bit immediate already checked by imm64Signed(). */
export function writeImm64(cb: CodeBlock, v: number | bigint): void {
  if (typeof v === 'number') {
    cb.u32(v >>> 0);
    cb.u32(Math.floor(v / TWO32) >>> 0);
    return;
  }
  cb.u32(Number(BigInt.asUintN(32, v)));
  cb.u32(Number(BigInt.asUintN(32, v >> 32n)));
}

// ---- condition codes ------------------------------------------------------------

/** Condition code names (GNU spellings, aliases included) or the 4-bit code itself. */
export type CC =
  | 'o' | 'no' | 'b' | 'c' | 'nae' | 'ae' | 'nb' | 'nc' | 'e' | 'z' | 'ne' | 'nz'
  | 'be' | 'na' | 'a' | 'nbe' | 's' | 'ns' | 'p' | 'pe' | 'np' | 'po'
  | 'l' | 'nge' | 'ge' | 'nl' | 'le' | 'ng' | 'g' | 'nle';

export const CC_CODES: Readonly<Record<CC, number>> = Object.freeze({
  o: 0, no: 1, b: 2, c: 2, nae: 2, ae: 3, nb: 3, nc: 3, e: 4, z: 4, ne: 5, nz: 5,
  be: 6, na: 6, a: 7, nbe: 7, s: 8, ns: 9, p: 10, pe: 10, np: 11, po: 11,
  l: 12, nge: 12, ge: 13, nl: 13, le: 14, ng: 14, g: 15, nle: 15,
});

/** Canonical name of each code 0..15. */
export const CC_NAMES: readonly CC[] = ['o', 'no', 'b', 'ae', 'e', 'ne', 'be', 'a', 's', 'ns', 'p', 'np', 'l', 'ge', 'le', 'g'];

export function ccCode(cc: CC | number): number {
  if (typeof cc === 'number') {
    if (cc >>> 0 !== cc || cc > 15) throw new AsmError(`bad condition code ${cc}`);
    return cc;
  }
  const c = CC_CODES[cc];
  if (c === undefined) throw new AsmError(`bad condition code ${cc}`);
  return c;
}

/** The opposite condition (e <-> ne, l <-> ge, ...): flips the low bit. */
export function invertCC(cc: CC | number): number {
  return ccCode(cc) ^ 1;
}

// ---- branches and nops -------------------------------------------------------------

/** Options of relative branches. */
export interface JumpOpts {
  /** Always use the rel32 form: required for anything that may be patched later. */
  rel32?: boolean;
  /** Always use the rel8 form (an AsmError if the target is known and too far). */
  rel8?: boolean;
}

export type Target = number | LabelLike;

/** Absolute address of a jump target (a number is already an absolute address). */
export function targetAddr(t: Target): number {
  if (typeof t === 'number') return t;
  if (t.pos < 0) throw new AsmError(`label ${t.name} is not bound`);
  return t.cb.base + t.pos;
}

/**
 * Emits a relative branch: `op8 rel8` (op8 < 0: no short form) or `op32 rel32`.
 * Picks rel8 when the target is known and fits, unless opts.rel32; a forward label
 * gets rel32 (or rel8 with opts.rel8) and a fixup resolved by linkLabels().
 * Returns the position of the first byte of the branch.
 */
export function emitBranch(cb: CodeBlock, op8: number, op32: number, op32Len: number, target: Target, opts?: JumpOpts): number {
  const start = cb.writePos;
  const long = opts !== undefined && opts.rel32 === true;
  const short = op8 >= 0 && opts !== undefined && opts.rel8 === true;
  if (long && short) throw new AsmError('rel8 and rel32 both requested');
  if (typeof target !== 'number' && target.pos < 0) {
    if (short) {
      cb.byte(op8);
      cb.addFixup(cb.writePos, cb.writePos + 1, 1, target);
      cb.byte(0);
    } else {
      opcode(cb, op32, op32Len);
      cb.addFixup(cb.writePos, cb.writePos + 4, 4, target);
      cb.u32(0);
    }
    return start;
  }
  const addr = targetAddr(target);
  if (op8 >= 0 && !long) {
    const d8 = addr - (cb.base + start + 2);
    if (d8 >= -128 && d8 <= 127) {
      cb.byte(op8);
      cb.byte(d8 & 0xff);
      return start;
    }
    if (short) throw new AsmError(`rel8 branch target out of range (displacement ${d8})`);
  }
  const d32 = addr - (cb.base + start + op32Len + 4);
  if (!isInt32(d32)) throw new AsmError(`branch target out of rel32 range (displacement ${d32})`);
  opcode(cb, op32, op32Len);
  cb.u32(d32);
  return start;
}

/** Intel's recommended multi-byte nops (SDM vol. 2B, NOP), by length 1..9. */
export const NOPS: readonly (readonly number[])[] = [
  [],
  [0x90], //                                   nop
  [0x66, 0x90], //                             xchg ax, ax
  [0x0f, 0x1f, 0x00], //                       nop dword ptr [rax]
  [0x0f, 0x1f, 0x40, 0x00], //                 nop dword ptr [rax + 0]        (disp8)
  [0x0f, 0x1f, 0x44, 0x00, 0x00], //           nop dword ptr [rax + rax*1 + 0] (disp8)
  [0x66, 0x0f, 0x1f, 0x44, 0x00, 0x00], //     nop word ptr [rax + rax*1 + 0]  (disp8)
  [0x0f, 0x1f, 0x80, 0, 0, 0, 0], //           nop dword ptr [rax + 0]        (disp32)
  [0x0f, 0x1f, 0x84, 0, 0, 0, 0, 0], //        nop dword ptr [rax + rax*1 + 0] (disp32)
  [0x66, 0x0f, 0x1f, 0x84, 0, 0, 0, 0, 0], //  nop word ptr [rax + rax*1 + 0]  (disp32)
];

/** Emits `n` bytes of nops, as few instructions as possible (9 bytes at most each). */
export function emitNops(cb: CodeBlock, n: number): void {
  while (n > 0) {
    const k = n > 9 ? 9 : n;
    const seq = NOPS[k];
    for (let i = 0; i < k; i++) cb.byte(seq[i]);
    n -= k;
  }
}
