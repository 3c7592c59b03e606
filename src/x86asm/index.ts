// The x86-64 assembler used by the LBBV JIT. See README.md in this folder.
//
//   import * as X from '../x86asm';
//   const { inline, outlined } = X.createCodeBlockPair(1 << 20, baseAddress);
//   X.mov(inline, X.RAX, X.mem(64, X.R13, -8));
//   const pos = X.jcc(inline, 'ne', outlined.addrOf(), { rel32: true });
//   inline.patchJump(pos, newTarget);
//
// Values are re-exported as plain data properties (not `export * from`, whose
// getters make every `X.add(...)` call several times slower), and the exports
// object is then switched to V8's fast-properties mode.

import * as operands from './operands';
import * as codeblock from './codeblock';
import * as encode from './encode';
import * as insns from './insns';
import * as sse from './sse';
import * as cpu from './cpu';
import * as disasm from './disasm';
import * as forms from './forms';

export type { Reg, Mem, Rip, Imm, MemOpnd, RM, Operand, ImmLike, Src, LabelLike } from './operands';
export type { PatchResult, BranchInfo, BranchShape, CodeBlockPair } from './codeblock';
export type { CC, JumpOpts, Target } from './encode';
export type { DecodedInsn } from './disasm';
export type { Form, OpKind } from './forms';

// Classes: a value and a type of the same name.
export const AsmError = operands.AsmError;
export type AsmError = operands.AsmError;
export const CodeBlock = codeblock.CodeBlock;
export type CodeBlock = codeblock.CodeBlock;
export const Label = codeblock.Label;
export type Label = codeblock.Label;

// Registers, operand constructors
export const {
  REX_ANY, REX_NEEDED, REX_FORBIDDEN, GPR64, GPR32, GPR16, GPR8, GPR8H, XMM, RAX, RCX, RDX, RBX,
  RSP, RBP, RSI, RDI, R8, R9, R10, R11, R12, R13, R14, R15, EAX, ECX, EDX, EBX, ESP, EBP, ESI, EDI,
  R8D, R9D, R10D, R11D, R12D, R13D, R14D, R15D, AX, CX, DX, BX, SP, BP, SI, DI, R8W, R9W, R10W,
  R11W, R12W, R13W, R14W, R15W, AL, CL, DL, BL, SPL, BPL, SIL, DIL, R8B, R9B, R10B, R11B, R12B,
  R13B, R14B, R15B, AH, CH, DH, BH, XMM0, XMM1, XMM2, XMM3, XMM4, XMM5, XMM6, XMM7, XMM8, XMM9,
  XMM10, XMM11, XMM12, XMM13, XMM14, XMM15, qword, dword, word, byte, resize, regByName, isInt32,
  mem, rip, ripTo, imm, isImm, fmtOperand, sizePtr,
} = operands;
// Code blocks
export const {
  createCodeBlockPair,
} = codeblock;
// Condition codes, nops
export const {
  CC_CODES, CC_NAMES, ccCode, invertCC, NOPS, emitNops,
} = encode;
// General-purpose instructions
export const {
  jo, jno, jb, jae, je, jne, jbe, ja, js, jns, jp, jnp, jl, jge, jle, jg, jc, jnc, jz, jnz, seto,
  setno, setb, setae, sete, setne, setbe, seta, sets, setns, setp, setnp, setl, setge, setle, setg,
  setc, setnc, setz, setnz, cmovo, cmovno, cmovb, cmovae, cmove, cmovne, cmovbe, cmova, cmovs,
  cmovns, cmovp, cmovnp, cmovl, cmovge, cmovle, cmovg, cmovc, cmovnc, cmovz, cmovnz, mov, movabs,
  movzx, movsx, movsxd, lea, add, or, adc, sbb, and, sub, xor, cmp, test, imul, not, neg, mul, div,
  idiv, inc, dec, cdq, cqo, cdqe, rol, ror, shl, shr, sar, bt, bts, btr, btc, setcc, cmovcc, push,
  pop, jmp, jcc, call, ret, nop, int3, ud2,
} = insns;
// SSE2 / SSE4.1
export const {
  ROUND_NEAREST, ROUND_DOWN, ROUND_UP, ROUND_TRUNC, ROUND_NO_EXC, movsd, movapd, movq, movd, addsd,
  mulsd, subsd, minsd, divsd, maxsd, sqrtsd, ucomisd, comisd, andpd, andnpd, orpd, xorpd, pxor,
  cvtsi2sd, cvttsd2si, cvtsd2si, roundsd,
} = sse;
// CPU features
export const {
  cpuFlags, hasCpuFeature, hasSSE41,
} = cpu;
// Disassembly (iced-x86 is loaded on first use)
export const {
  decode, disassemble, disassembleBlock, hex, loadIced,
} = disasm;
// The forms table
export const {
  FORMS, formText,
} = forms;

/** Switches an object from dictionary to fast properties (V8 does so for prototypes). */
function toFastProperties(o: object): void {
  function F(this: unknown): void {}
  F.prototype = o;
  void new (F as unknown as new () => unknown)();
}
if (typeof exports === 'object' && exports !== null) toFastProperties(exports);
