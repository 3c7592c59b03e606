// General-purpose instructions. Each mnemonic is a thin function over the shared
// encoders in encode.ts; the opcode bytes are in the comment above it, in Intel SDM
// notation: /r = ModRM with a register, /n = ModRM.reg holds extension n,
// +r = register number added to the opcode, ib/iw/id/io = 8/16/32/64-bit immediate,
// cb/cd = rel8/rel32. REX.W (48+) and 66 (16-bit operand size) are added as needed.
//
// Immediates may be given as numbers, bigints or imm(); short forms are chosen
// automatically the way GNU as does (imm8 sign-extended, accumulator forms...).

import type { CodeBlock } from './codeblock';
import {
  emitModRM, emitOpReg, emitPlain, emitBranch, emitNops, immSigned, immUnsigned, imm64Signed,
  fitsImm8, writeImm, writeImm64, ccCode, CC_NAMES,
  type CC, type JumpOpts, type Target,
} from './encode';
import { AsmError, isImm, fmtOperand, type ImmLike, type Operand, type Reg, type RM, type Src } from './operands';

// ---- operand checks -------------------------------------------------------------------

function isGpr(o: Src): o is Reg {
  return typeof o === 'object' && o.kind === 'reg' && !o.xmm;
}

function isRM(o: Src): o is RM {
  return typeof o === 'object' && (o.kind === 'mem' || o.kind === 'rip' || (o.kind === 'reg' && !o.xmm));
}

function bad(mnem: string, ...ops: (Src | Target)[]): never {
  const text = ops.map((o) => (typeof o === 'object' && o.kind === 'label' ? o.name : fmtOperand(o as Operand))).join(', ');
  throw new AsmError(`unsupported operands: ${mnem} ${text}`);
}

/** Operand size of a general r/m operand (a memory operand must carry its size). */
function sizeOf(mnem: string, o: RM): number {
  const b = o.bits;
  if (b === 8 || b === 16 || b === 32 || b === 64) return b;
  return bad(mnem, o);
}

/** 0x66 for 16-bit operations. */
function osz(bits: number): number {
  return bits === 16 ? 0x66 : 0;
}

/** al/ax/eax/rax (ah is number 4, so it is not mistaken for al). */
function isAcc(o: RM): boolean {
  return o.kind === 'reg' && o.num === 0;
}

// ---- data movement ------------------------------------------------------------------------

/**
 * mov: 88/89 /r (r/m, r) · 8A/8B /r (r, m) · B0+r ib, B8+r iw/id (r, imm) ·
 * C6/C7 /0 ib/iw/id (r/m, imm) · REX.W B8+r io (movabs, only when needed).
 * mov r64, imm picks the shortest: B8+r id (zero-extended) for 0..2^32-1,
 * REX.W C7 /0 id for other sign-extended 32-bit values, else movabs.
 */
export function mov(cb: CodeBlock, dst: RM, src: Src): void {
  if (isImm(src)) {
    if (!isRM(dst)) bad('mov', dst, src);
    const bits = sizeOf('mov', dst);
    if (dst.kind === 'reg') {
      if (bits === 64) {
        const v = imm64Signed(src);
        if (typeof v === 'number' && v >= 0 && v <= 0xffffffff) {
          emitOpReg(cb, 0, false, 0xb8, 1, dst); // mov r32, imm32 zero-extends
          cb.u32(v);
        } else if (typeof v === 'number' && v >= -0x80000000 && v < 0) {
          emitModRM(cb, 0, true, 0xc7, 1, 0, null, dst, 4);
          cb.u32(v);
        } else {
          emitOpReg(cb, 0, true, 0xb8, 1, dst); // movabs
          writeImm64(cb, v);
        }
        return;
      }
      const v = immSigned(src, bits);
      emitOpReg(cb, osz(bits), false, bits === 8 ? 0xb0 : 0xb8, 1, dst);
      writeImm(cb, v, bits);
      return;
    }
    const v = immSigned(src, bits);
    const ib = bits === 8 ? 1 : bits === 16 ? 2 : 4;
    emitModRM(cb, osz(bits), bits === 64, bits === 8 ? 0xc6 : 0xc7, 1, 0, null, dst, ib);
    writeImm(cb, v, bits === 64 ? 32 : bits);
    return;
  }
  moveLike(cb, 'mov', 0x88, dst, src);
}

/** movabs r64, imm64: REX.W B8+r io (always the 10-byte form). */
export function movabs(cb: CodeBlock, dst: Reg, src: ImmLike): void {
  if (!isGpr(dst) || dst.bits !== 64) bad('movabs', dst, src);
  const v = imm64Signed(src);
  emitOpReg(cb, 0, true, 0xb8, 1, dst);
  writeImm64(cb, v);
}

/** The reg/mem forms shared by mov and the ALU ops: op+0/1 /r (r/m, r) and op+2/3 /r (r, r/m). */
function moveLike(cb: CodeBlock, mnem: string, op: number, dst: RM, src: RM): void {
  if (isGpr(src) && isRM(dst)) {
    const bits = src.bits;
    if (dst.bits !== bits) bad(mnem, dst, src);
    emitModRM(cb, osz(bits), bits === 64, bits === 8 ? op : op + 1, 1, src.num, src, dst, 0);
    return;
  }
  if (isGpr(dst) && isRM(src)) {
    const bits = dst.bits;
    if (src.bits !== bits) bad(mnem, dst, src);
    emitModRM(cb, osz(bits), bits === 64, bits === 8 ? op + 2 : op + 3, 1, dst.num, dst, src, 0);
    return;
  }
  bad(mnem, dst, src);
}

/** Shared by movzx/movsx: 0F B6/BE /r (r, r/m8) · 0F B7/BF /r (r, r/m16). */
function extend(cb: CodeBlock, mnem: string, op: number, dst: Reg, src: RM): void {
  if (!isGpr(dst) || !isRM(src)) bad(mnem, dst, src);
  const sb = src.bits;
  if (!((sb === 8 && dst.bits >= 16) || (sb === 16 && dst.bits >= 32))) bad(mnem, dst, src);
  emitModRM(cb, osz(dst.bits), dst.bits === 64, sb === 8 ? op : op + 1, 2, dst.num, dst, src, 0);
}

/** movzx r16/32/64, r/m8: 0F B6 /r · movzx r32/64, r/m16: 0F B7 /r */
export function movzx(cb: CodeBlock, dst: Reg, src: RM): void {
  extend(cb, 'movzx', 0x0fb6, dst, src);
}

/** movsx r16/32/64, r/m8: 0F BE /r · movsx r32/64, r/m16: 0F BF /r */
export function movsx(cb: CodeBlock, dst: Reg, src: RM): void {
  extend(cb, 'movsx', 0x0fbe, dst, src);
}

/** movsxd r64, r/m32: REX.W 63 /r */
export function movsxd(cb: CodeBlock, dst: Reg, src: RM): void {
  if (!isGpr(dst) || dst.bits !== 64 || !isRM(src) || src.bits !== 32) bad('movsxd', dst, src);
  emitModRM(cb, 0, true, 0x63, 1, dst.num, dst, src, 0);
}

/** lea r16/32/64, m: 8D /r (the memory operand's size is ignored) */
export function lea(cb: CodeBlock, dst: Reg, src: RM): void {
  if (!isGpr(dst) || dst.bits === 8 || src.kind === 'reg') bad('lea', dst, src);
  emitModRM(cb, osz(dst.bits), dst.bits === 64, 0x8d, 1, dst.num, dst, src, 0);
}

// ---- arithmetic and logic ---------------------------------------------------------------

/**
 * The eight classic ALU operations, n = 0 add, 1 or, 2 adc, 3 sbb, 4 and, 5 sub, 6 xor, 7 cmp:
 *   8n+0/1 /r (r/m, r) · 8n+2/3 /r (r, r/m) · 8n+4 ib (al, imm8) · 8n+5 iw/id (ax/eax/rax, imm) ·
 *   80 /n ib (r/m8, imm8) · 83 /n ib (r/m, sign-extended imm8) · 81 /n iw/id (r/m, imm)
 */
function alu(cb: CodeBlock, mnem: string, n: number, dst: RM, src: Src): void {
  if (!isImm(src)) return moveLike(cb, mnem, 8 * n, dst, src);
  if (!isRM(dst)) bad(mnem, dst, src);
  const bits = sizeOf(mnem, dst);
  const v = immSigned(src, bits);
  if (bits === 8) {
    if (isAcc(dst)) {
      cb.byte(8 * n + 4); // al, imm8
    } else {
      emitModRM(cb, 0, false, 0x80, 1, n, null, dst, 1);
    }
    cb.byte(v & 0xff);
    return;
  }
  if (fitsImm8(v)) {
    emitModRM(cb, osz(bits), bits === 64, 0x83, 1, n, null, dst, 1);
    cb.byte(v & 0xff);
    return;
  }
  if (isAcc(dst)) emitPlain(cb, osz(bits), bits === 64, 8 * n + 5, 1);
  else emitModRM(cb, osz(bits), bits === 64, 0x81, 1, n, null, dst, bits === 16 ? 2 : 4);
  writeImm(cb, v, bits === 16 ? 16 : 32);
}

/** add: 00/01 /r · 02/03 /r · 04 ib · 05 id · 80 /0 ib · 83 /0 ib · 81 /0 id */
export function add(cb: CodeBlock, dst: RM, src: Src): void { alu(cb, 'add', 0, dst, src); }
/** or: 08/09 /r · 0A/0B /r · 0C ib · 0D id · 80 /1 ib · 83 /1 ib · 81 /1 id */
export function or(cb: CodeBlock, dst: RM, src: Src): void { alu(cb, 'or', 1, dst, src); }
/** adc: 10/11 /r · 12/13 /r · 14 ib · 15 id · 80 /2 ib · 83 /2 ib · 81 /2 id */
export function adc(cb: CodeBlock, dst: RM, src: Src): void { alu(cb, 'adc', 2, dst, src); }
/** sbb: 18/19 /r · 1A/1B /r · 1C ib · 1D id · 80 /3 ib · 83 /3 ib · 81 /3 id */
export function sbb(cb: CodeBlock, dst: RM, src: Src): void { alu(cb, 'sbb', 3, dst, src); }
/** and: 20/21 /r · 22/23 /r · 24 ib · 25 id · 80 /4 ib · 83 /4 ib · 81 /4 id */
export function and(cb: CodeBlock, dst: RM, src: Src): void { alu(cb, 'and', 4, dst, src); }
/** sub: 28/29 /r · 2A/2B /r · 2C ib · 2D id · 80 /5 ib · 83 /5 ib · 81 /5 id */
export function sub(cb: CodeBlock, dst: RM, src: Src): void { alu(cb, 'sub', 5, dst, src); }
/** xor: 30/31 /r · 32/33 /r · 34 ib · 35 id · 80 /6 ib · 83 /6 ib · 81 /6 id */
export function xor(cb: CodeBlock, dst: RM, src: Src): void { alu(cb, 'xor', 6, dst, src); }
/** cmp: 38/39 /r · 3A/3B /r · 3C ib · 3D id · 80 /7 ib · 83 /7 ib · 81 /7 id */
export function cmp(cb: CodeBlock, dst: RM, src: Src): void { alu(cb, 'cmp', 7, dst, src); }

/**
 * test: 84/85 /r (r/m, r; also accepted as r, m) · A8 ib (al, imm8) · A9 iw/id (ax/eax/rax, imm) ·
 * F6 /0 ib · F7 /0 iw/id (r/m, imm). There is no sign-extended imm8 form.
 */
export function test(cb: CodeBlock, a: RM, b: Src): void {
  if (isImm(b)) {
    if (!isRM(a)) bad('test', a, b);
    const bits = sizeOf('test', a);
    const v = immSigned(b, bits);
    const ib = bits === 8 ? 1 : bits === 16 ? 2 : 4;
    if (isAcc(a)) emitPlain(cb, osz(bits), bits === 64, bits === 8 ? 0xa8 : 0xa9, 1);
    else emitModRM(cb, osz(bits), bits === 64, bits === 8 ? 0xf6 : 0xf7, 1, 0, null, a, ib);
    writeImm(cb, v, bits === 64 ? 32 : bits);
    return;
  }
  // test is commutative: the register goes in ModRM.reg, the r/m operand in ModRM.rm
  if (isGpr(a) && isRM(b) && b.kind !== 'reg') return moveLike(cb, 'test', 0x84, b, a);
  moveLike(cb, 'test', 0x84, a, b);
}

/**
 * imul r, r/m: 0F AF /r · imul r, r/m, imm8: 6B /r ib · imul r, r/m, imm: 69 /r iw/id.
 * imul(cb, r, imm) is imul r, r, imm.
 */
export function imul(cb: CodeBlock, dst: Reg, src: Src, imm?: ImmLike): void {
  if (isImm(src)) {
    if (imm !== undefined) bad('imul', dst, src, imm);
    return imul(cb, dst, dst, src);
  }
  if (!isGpr(dst) || dst.bits === 8 || !isRM(src) || src.bits !== dst.bits) bad('imul', dst, src);
  const bits = dst.bits;
  if (imm === undefined) {
    emitModRM(cb, osz(bits), bits === 64, 0x0faf, 2, dst.num, dst, src, 0);
    return;
  }
  const v = immSigned(imm, bits);
  if (fitsImm8(v)) {
    emitModRM(cb, osz(bits), bits === 64, 0x6b, 1, dst.num, dst, src, 1);
    cb.byte(v & 0xff);
  } else {
    emitModRM(cb, osz(bits), bits === 64, 0x69, 1, dst.num, dst, src, bits === 16 ? 2 : 4);
    writeImm(cb, v, bits === 16 ? 16 : 32);
  }
}

/** One-operand group: F6 /n (r/m8) · F7 /n (r/m16/32/64) or FE /n · FF /n for inc/dec. */
function unary(cb: CodeBlock, mnem: string, op8: number, n: number, dst: RM): void {
  if (!isRM(dst)) bad(mnem, dst);
  const bits = sizeOf(mnem, dst);
  emitModRM(cb, osz(bits), bits === 64, bits === 8 ? op8 : op8 + 1, 1, n, null, dst, 0);
}

/** not r/m: F6 /2 · F7 /2 */
export function not(cb: CodeBlock, dst: RM): void { unary(cb, 'not', 0xf6, 2, dst); }
/** neg r/m: F6 /3 · F7 /3 */
export function neg(cb: CodeBlock, dst: RM): void { unary(cb, 'neg', 0xf6, 3, dst); }
/** mul r/m (rdx:rax = rax * r/m, unsigned): F6 /4 · F7 /4 */
export function mul(cb: CodeBlock, src: RM): void { unary(cb, 'mul', 0xf6, 4, src); }
/** div r/m (unsigned rdx:rax / r/m): F6 /6 · F7 /6 */
export function div(cb: CodeBlock, src: RM): void { unary(cb, 'div', 0xf6, 6, src); }
/** idiv r/m (signed rdx:rax / r/m): F6 /7 · F7 /7 */
export function idiv(cb: CodeBlock, src: RM): void { unary(cb, 'idiv', 0xf6, 7, src); }
/** inc r/m: FE /0 · FF /0 */
export function inc(cb: CodeBlock, dst: RM): void { unary(cb, 'inc', 0xfe, 0, dst); }
/** dec r/m: FE /1 · FF /1 */
export function dec(cb: CodeBlock, dst: RM): void { unary(cb, 'dec', 0xfe, 1, dst); }

/** cdq (sign-extend eax into edx): 99 */
export function cdq(cb: CodeBlock): void { cb.byte(0x99); }
/** cqo (sign-extend rax into rdx): REX.W 99 */
export function cqo(cb: CodeBlock): void { emitPlain(cb, 0, true, 0x99, 1); }
/** cdqe (sign-extend eax into rax): REX.W 98 */
export function cdqe(cb: CodeBlock): void { emitPlain(cb, 0, true, 0x98, 1); }

// ---- shifts and rotates ---------------------------------------------------------------------

/**
 * Shift group, n = 0 rol, 1 ror, 2 rcl, 3 rcr, 4 shl, 5 shr, 7 sar:
 * D0/D1 /n (by 1) · D2/D3 /n (by cl) · C0/C1 /n ib (by imm8).
 */
function shift(cb: CodeBlock, mnem: string, n: number, dst: RM, count: Reg | ImmLike): void {
  if (!isRM(dst)) bad(mnem, dst, count);
  const bits = sizeOf(mnem, dst);
  const w = bits === 64;
  const o = bits === 8 ? 0 : 1;
  if (isImm(count)) {
    const c = immUnsigned(count, 8);
    if (c === 1) {
      emitModRM(cb, osz(bits), w, 0xd0 + o, 1, n, null, dst, 0);
    } else {
      emitModRM(cb, osz(bits), w, 0xc0 + o, 1, n, null, dst, 1);
      cb.byte(c);
    }
    return;
  }
  if (count.kind !== 'reg' || count.xmm || count.num !== 1 || count.bits !== 8) bad(mnem, dst, count);
  emitModRM(cb, osz(bits), w, 0xd2 + o, 1, n, null, dst, 0);
}

/** rol r/m, 1|cl|imm8: D0/D1 /0 · D2/D3 /0 · C0/C1 /0 ib */
export function rol(cb: CodeBlock, dst: RM, count: Reg | ImmLike): void { shift(cb, 'rol', 0, dst, count); }
/** ror r/m, 1|cl|imm8: D0/D1 /1 · D2/D3 /1 · C0/C1 /1 ib */
export function ror(cb: CodeBlock, dst: RM, count: Reg | ImmLike): void { shift(cb, 'ror', 1, dst, count); }
/** shl r/m, 1|cl|imm8: D0/D1 /4 · D2/D3 /4 · C0/C1 /4 ib */
export function shl(cb: CodeBlock, dst: RM, count: Reg | ImmLike): void { shift(cb, 'shl', 4, dst, count); }
/** shr r/m, 1|cl|imm8: D0/D1 /5 · D2/D3 /5 · C0/C1 /5 ib */
export function shr(cb: CodeBlock, dst: RM, count: Reg | ImmLike): void { shift(cb, 'shr', 5, dst, count); }
/** sar r/m, 1|cl|imm8: D0/D1 /7 · D2/D3 /7 · C0/C1 /7 ib */
export function sar(cb: CodeBlock, dst: RM, count: Reg | ImmLike): void { shift(cb, 'sar', 7, dst, count); }

// ---- bit tests --------------------------------------------------------------------------------

/** Bit-test group, n = 4 bt, 5 bts, 6 btr, 7 btc: 0F A3/AB/B3/BB /r (r/m, r) · 0F BA /n ib (r/m, imm8). */
function bitTest(cb: CodeBlock, mnem: string, n: number, dst: RM, src: Reg | ImmLike): void {
  if (!isRM(dst)) bad(mnem, dst, src);
  const bits = sizeOf(mnem, dst);
  if (bits === 8) bad(mnem, dst, src);
  if (isImm(src)) {
    emitModRM(cb, osz(bits), bits === 64, 0x0fba, 2, n, null, dst, 1);
    cb.byte(immUnsigned(src, 8));
    return;
  }
  if (!isGpr(src) || src.bits !== bits) bad(mnem, dst, src);
  emitModRM(cb, osz(bits), bits === 64, 0x0fa3 + 8 * (n - 4), 2, src.num, src, dst, 0);
}

/** bt r/m, r|imm8: 0F A3 /r · 0F BA /4 ib */
export function bt(cb: CodeBlock, dst: RM, src: Reg | ImmLike): void { bitTest(cb, 'bt', 4, dst, src); }
/** bts r/m, r|imm8: 0F AB /r · 0F BA /5 ib */
export function bts(cb: CodeBlock, dst: RM, src: Reg | ImmLike): void { bitTest(cb, 'bts', 5, dst, src); }
/** btr r/m, r|imm8: 0F B3 /r · 0F BA /6 ib */
export function btr(cb: CodeBlock, dst: RM, src: Reg | ImmLike): void { bitTest(cb, 'btr', 6, dst, src); }
/** btc r/m, r|imm8: 0F BB /r · 0F BA /7 ib */
export function btc(cb: CodeBlock, dst: RM, src: Reg | ImmLike): void { bitTest(cb, 'btc', 7, dst, src); }

// ---- conditional set and move --------------------------------------------------------------------

/** setcc r/m8: 0F 90+cc /0 */
export function setcc(cb: CodeBlock, cc: CC | number, dst: RM): void {
  const c = ccCode(cc);
  if (!isRM(dst) || dst.bits !== 8) bad('set' + CC_NAMES[c], dst);
  emitModRM(cb, 0, false, 0x0f90 + c, 2, 0, null, dst, 0);
}

/** cmovcc r, r/m (16/32/64-bit): 0F 40+cc /r */
export function cmovcc(cb: CodeBlock, cc: CC | number, dst: Reg, src: RM): void {
  const c = ccCode(cc);
  if (!isGpr(dst) || dst.bits === 8 || !isRM(src) || src.bits !== dst.bits) bad('cmov' + CC_NAMES[c], dst, src);
  emitModRM(cb, osz(dst.bits), dst.bits === 64, 0x0f40 + c, 2, dst.num, dst, src, 0);
}

// ---- stack --------------------------------------------------------------------------------------

/** push r64: 50+r · push r/m64: FF /6 · push imm8: 6A ib · push imm32: 68 id (sign-extended) */
export function push(cb: CodeBlock, src: Src): void {
  if (isImm(src)) {
    const v = immSigned(src, 64);
    if (fitsImm8(v)) {
      cb.byte(0x6a);
      cb.byte(v & 0xff);
    } else {
      cb.byte(0x68);
      cb.u32(v);
    }
    return;
  }
  if (!isRM(src) || src.bits !== 64) bad('push', src);
  if (src.kind === 'reg') emitOpReg(cb, 0, false, 0x50, 1, src);
  else emitModRM(cb, 0, false, 0xff, 1, 6, null, src, 0);
}

/** pop r64: 58+r · pop r/m64: 8F /0 */
export function pop(cb: CodeBlock, dst: RM): void {
  if (!isRM(dst) || dst.bits !== 64) bad('pop', dst);
  if (dst.kind === 'reg') emitOpReg(cb, 0, false, 0x58, 1, dst);
  else emitModRM(cb, 0, false, 0x8f, 1, 0, null, dst, 0);
}

// ---- control flow ---------------------------------------------------------------------------------
// Relative forms take an absolute target address (a number) or a Label, and return
// the position of the branch's first byte, for CodeBlock.patchJump() and friends.

function isTarget(t: unknown): t is Target {
  return typeof t === 'number' || (typeof t === 'object' && t !== null && (t as Target & object).kind === 'label');
}

/** jmp rel8: EB cb · jmp rel32: E9 cd · jmp r/m64: FF /4 */
export function jmp(cb: CodeBlock, target: Target | RM, opts?: JumpOpts): number {
  if (isTarget(target)) return emitBranch(cb, 0xeb, 0xe9, 1, target, opts);
  const start = cb.writePos;
  if (!isRM(target) || target.bits !== 64) bad('jmp', target);
  emitModRM(cb, 0, false, 0xff, 1, 4, null, target, 0);
  return start;
}

/** jcc rel8: 70+cc cb · jcc rel32: 0F 80+cc cd */
export function jcc(cb: CodeBlock, cc: CC | number, target: Target, opts?: JumpOpts): number {
  const c = ccCode(cc);
  if (!isTarget(target)) bad('j' + CC_NAMES[c], target);
  return emitBranch(cb, 0x70 + c, 0x0f80 + c, 2, target, opts);
}

/** call rel32: E8 cd · call r/m64: FF /2 */
export function call(cb: CodeBlock, target: Target | RM): number {
  if (isTarget(target)) return emitBranch(cb, -1, 0xe8, 1, target);
  const start = cb.writePos;
  if (!isRM(target) || target.bits !== 64) bad('call', target);
  emitModRM(cb, 0, false, 0xff, 1, 2, null, target, 0);
  return start;
}

/** ret: C3 · ret imm16: C2 iw */
export function ret(cb: CodeBlock, popBytes?: ImmLike): void {
  if (popBytes === undefined) {
    cb.byte(0xc3);
    return;
  }
  const n = immUnsigned(popBytes, 16);
  cb.byte(0xc2);
  cb.u16(n);
}

// ---- misc ---------------------------------------------------------------------------------------

/** nop of 1..9 bytes (Intel's recommended forms, see NOPS in encode.ts); longer runs are split. */
export function nop(cb: CodeBlock, length = 1): void {
  if (!(length >= 0) || !Number.isInteger(length)) throw new AsmError(`bad nop length ${length}`);
  emitNops(cb, length);
}

/** int3 (breakpoint): CC */
export function int3(cb: CodeBlock): void { cb.byte(0xcc); }
/** ud2 (guaranteed invalid opcode): 0F 0B */
export function ud2(cb: CodeBlock): void { cb.byte(0x0f); cb.byte(0x0b); }

// ---- one function per condition, for readability at call sites ---------------------------------------

type J = (cb: CodeBlock, target: Target, opts?: JumpOpts) => number;
type S = (cb: CodeBlock, dst: RM) => void;
type M = (cb: CodeBlock, dst: Reg, src: RM) => void;
const j = (c: number): J => (cb, t, o) => jcc(cb, c, t, o);
const s = (c: number): S => (cb, d) => setcc(cb, c, d);
const m = (c: number): M => (cb, d, r) => cmovcc(cb, c, d, r);

export const jo = j(0), jno = j(1), jb = j(2), jae = j(3), je = j(4), jne = j(5), jbe = j(6), ja = j(7);
export const js = j(8), jns = j(9), jp = j(10), jnp = j(11), jl = j(12), jge = j(13), jle = j(14), jg = j(15);
export const jc = jb, jnc = jae, jz = je, jnz = jne;
export const seto = s(0), setno = s(1), setb = s(2), setae = s(3), sete = s(4), setne = s(5), setbe = s(6), seta = s(7);
export const sets = s(8), setns = s(9), setp = s(10), setnp = s(11), setl = s(12), setge = s(13), setle = s(14), setg = s(15);
export const setc = setb, setnc = setae, setz = sete, setnz = setne;
export const cmovo = m(0), cmovno = m(1), cmovb = m(2), cmovae = m(3), cmove = m(4), cmovne = m(5), cmovbe = m(6), cmova = m(7);
export const cmovs = m(8), cmovns = m(9), cmovp = m(10), cmovnp = m(11), cmovl = m(12), cmovge = m(13), cmovle = m(14), cmovg = m(15);
export const cmovc = cmovb, cmovnc = cmovae, cmovz = cmove, cmovnz = cmovne;
