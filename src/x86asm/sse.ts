// SSE2 / SSE4.1 scalar-double instructions. Same conventions as insns.ts; the
// mandatory prefix (66/F2/F3) comes first, then REX, then 0F xx. roundsd is
// SSE4.1: check hasSSE41() (cpu.ts) before emitting it into code that will run.

import type { CodeBlock } from './codeblock';
import { emitModRM, immUnsigned, P_66, P_F2, P_F3 } from './encode';
import { AsmError, fmtOperand, type ImmLike, type Reg, type RM } from './operands';

function bad(mnem: string, ...ops: RM[]): never {
  throw new AsmError(`unsupported operands: ${mnem} ${ops.map((o) => fmtOperand(o)).join(', ')}`);
}

function isXmm(o: RM): o is Reg {
  return o.kind === 'reg' && o.xmm;
}

function isGpr(o: RM): o is Reg {
  return o.kind === 'reg' && !o.xmm;
}

function isMem(o: RM): boolean {
  return o.kind !== 'reg';
}

/** op xmm, xmm/m: the common shape (dst in ModRM.reg, source in ModRM.rm). */
function xmmRM(cb: CodeBlock, mnem: string, pfx: number, op: number, opLen: number, dst: RM, src: RM, immBytes = 0): void {
  if (!isXmm(dst) || !(isXmm(src) || isMem(src))) bad(mnem, dst, src);
  emitModRM(cb, pfx, false, op, opLen, dst.num, dst, src, immBytes);
}

/**
 * movsd xmm, xmm/m64: F2 0F 10 /r · movsd m64, xmm: F2 0F 11 /r
 * (register-to-register uses the 10 load form, as GNU as does).
 */
export function movsd(cb: CodeBlock, dst: RM, src: RM): void {
  if (isMem(dst) && isXmm(src)) emitModRM(cb, P_F2, false, 0x0f11, 2, src.num, src, dst, 0);
  else xmmRM(cb, 'movsd', P_F2, 0x0f10, 2, dst, src);
}

/** movapd xmm, xmm/m128: 66 0F 28 /r · movapd m128, xmm: 66 0F 29 /r */
export function movapd(cb: CodeBlock, dst: RM, src: RM): void {
  if (isMem(dst) && isXmm(src)) emitModRM(cb, P_66, false, 0x0f29, 2, src.num, src, dst, 0);
  else xmmRM(cb, 'movapd', P_66, 0x0f28, 2, dst, src);
}

/**
 * movq xmm, r64: 66 REX.W 0F 6E /r · movq r64, xmm: 66 REX.W 0F 7E /r ·
 * movq xmm, xmm/m64: F3 0F 7E /r · movq m64, xmm: 66 0F D6 /r
 */
export function movq(cb: CodeBlock, dst: RM, src: RM): void {
  if (isXmm(dst) && isGpr(src) && src.bits === 64) emitModRM(cb, P_66, true, 0x0f6e, 2, dst.num, dst, src, 0);
  else if (isGpr(dst) && dst.bits === 64 && isXmm(src)) emitModRM(cb, P_66, true, 0x0f7e, 2, src.num, src, dst, 0);
  else if (isMem(dst) && isXmm(src)) emitModRM(cb, P_66, false, 0x0fd6, 2, src.num, src, dst, 0);
  else xmmRM(cb, 'movq', P_F3, 0x0f7e, 2, dst, src);
}

/** movd xmm, r/m32: 66 0F 6E /r · movd r/m32, xmm: 66 0F 7E /r */
export function movd(cb: CodeBlock, dst: RM, src: RM): void {
  if (isXmm(dst) && !isXmm(src) && src.bits === 32) emitModRM(cb, P_66, false, 0x0f6e, 2, dst.num, dst, src, 0);
  else if (isXmm(src) && !isXmm(dst) && dst.bits === 32) emitModRM(cb, P_66, false, 0x0f7e, 2, src.num, src, dst, 0);
  else bad('movd', dst, src);
}

/** addsd xmm, xmm/m64: F2 0F 58 /r */
export function addsd(cb: CodeBlock, dst: RM, src: RM): void { xmmRM(cb, 'addsd', P_F2, 0x0f58, 2, dst, src); }
/** mulsd xmm, xmm/m64: F2 0F 59 /r */
export function mulsd(cb: CodeBlock, dst: RM, src: RM): void { xmmRM(cb, 'mulsd', P_F2, 0x0f59, 2, dst, src); }
/** subsd xmm, xmm/m64: F2 0F 5C /r */
export function subsd(cb: CodeBlock, dst: RM, src: RM): void { xmmRM(cb, 'subsd', P_F2, 0x0f5c, 2, dst, src); }
/** minsd xmm, xmm/m64: F2 0F 5D /r */
export function minsd(cb: CodeBlock, dst: RM, src: RM): void { xmmRM(cb, 'minsd', P_F2, 0x0f5d, 2, dst, src); }
/** divsd xmm, xmm/m64: F2 0F 5E /r */
export function divsd(cb: CodeBlock, dst: RM, src: RM): void { xmmRM(cb, 'divsd', P_F2, 0x0f5e, 2, dst, src); }
/** maxsd xmm, xmm/m64: F2 0F 5F /r */
export function maxsd(cb: CodeBlock, dst: RM, src: RM): void { xmmRM(cb, 'maxsd', P_F2, 0x0f5f, 2, dst, src); }
/** sqrtsd xmm, xmm/m64: F2 0F 51 /r */
export function sqrtsd(cb: CodeBlock, dst: RM, src: RM): void { xmmRM(cb, 'sqrtsd', P_F2, 0x0f51, 2, dst, src); }
/** ucomisd xmm, xmm/m64 (unordered compare, sets ZF PF CF): 66 0F 2E /r */
export function ucomisd(cb: CodeBlock, a: RM, b: RM): void { xmmRM(cb, 'ucomisd', P_66, 0x0f2e, 2, a, b); }
/** comisd xmm, xmm/m64 (ordered compare): 66 0F 2F /r */
export function comisd(cb: CodeBlock, a: RM, b: RM): void { xmmRM(cb, 'comisd', P_66, 0x0f2f, 2, a, b); }
/** andpd xmm, xmm/m128: 66 0F 54 /r */
export function andpd(cb: CodeBlock, dst: RM, src: RM): void { xmmRM(cb, 'andpd', P_66, 0x0f54, 2, dst, src); }
/** andnpd xmm, xmm/m128: 66 0F 55 /r */
export function andnpd(cb: CodeBlock, dst: RM, src: RM): void { xmmRM(cb, 'andnpd', P_66, 0x0f55, 2, dst, src); }
/** orpd xmm, xmm/m128: 66 0F 56 /r */
export function orpd(cb: CodeBlock, dst: RM, src: RM): void { xmmRM(cb, 'orpd', P_66, 0x0f56, 2, dst, src); }
/** xorpd xmm, xmm/m128: 66 0F 57 /r */
export function xorpd(cb: CodeBlock, dst: RM, src: RM): void { xmmRM(cb, 'xorpd', P_66, 0x0f57, 2, dst, src); }
/** pxor xmm, xmm/m128: 66 0F EF /r */
export function pxor(cb: CodeBlock, dst: RM, src: RM): void { xmmRM(cb, 'pxor', P_66, 0x0fef, 2, dst, src); }

/** cvtsi2sd xmm, r/m32: F2 0F 2A /r · cvtsi2sd xmm, r/m64: F2 REX.W 0F 2A /r */
export function cvtsi2sd(cb: CodeBlock, dst: RM, src: RM): void {
  if (!isXmm(dst) || isXmm(src) || (src.bits !== 32 && src.bits !== 64)) bad('cvtsi2sd', dst, src);
  emitModRM(cb, P_F2, src.bits === 64, 0x0f2a, 2, dst.num, dst, src, 0);
}

/** cvttsd2si r32/r64, xmm/m64 (truncating): F2 [REX.W] 0F 2C /r */
export function cvttsd2si(cb: CodeBlock, dst: RM, src: RM): void { toInt(cb, 'cvttsd2si', 0x0f2c, dst, src); }
/** cvtsd2si r32/r64, xmm/m64 (current rounding mode): F2 [REX.W] 0F 2D /r */
export function cvtsd2si(cb: CodeBlock, dst: RM, src: RM): void { toInt(cb, 'cvtsd2si', 0x0f2d, dst, src); }

function toInt(cb: CodeBlock, mnem: string, op: number, dst: RM, src: RM): void {
  if (!isGpr(dst) || (dst.bits !== 32 && dst.bits !== 64) || !(isXmm(src) || isMem(src))) bad(mnem, dst, src);
  emitModRM(cb, P_F2, dst.bits === 64, op, 2, dst.num, dst, src, 0);
}

/** Rounding-mode immediates of roundsd (bit 3 set = don't raise precision exceptions). */
export const ROUND_NEAREST = 0;
export const ROUND_DOWN = 1; // floor
export const ROUND_UP = 2; // ceil
export const ROUND_TRUNC = 3;
export const ROUND_NO_EXC = 8;

/** roundsd xmm, xmm/m64, imm8 (SSE4.1): 66 0F 3A 0B /r ib */
export function roundsd(cb: CodeBlock, dst: RM, src: RM, mode: ImmLike): void {
  const m = immUnsigned(mode, 8);
  xmmRM(cb, 'roundsd', P_66, 0x0f3a0b, 3, dst, src, 1);
  cb.byte(m);
}
