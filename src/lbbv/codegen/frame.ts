// The frame header machine code writes when it pushes a bytecode function's
// frame: at a call site (calls.ts, genPushFrame) and in a generic entry
// (entry.ts, genericEntry). It writes what the interpreter's
// vm.enterFunction writes (docs/ARCHITECTURE.md §5), field for field:
//
//   field         enterFunction (u32 index from fp)   here
//   FR_CALLER_FP  fp+0  the caller's fp << 2           r13 - r12
//   FR_RETURN_PC  fp+1  returnPc                       h.returnPc
//   FR_ISEQ       fp+2  iseq.id                        h.iseqId
//   FR_ENV        fp+3  the function's FN_ENV          the same (function in rax)
//   FR_PC         fp+4  0                              0
//   FR_FLAGS      fp+5  FRAME_CONSTRUCT | ARGS_MOVED   h.flags
//   FR_JIT_RET    fp+6,7  0 (no machine-code caller)   h.jitRet
//   FR_ARGC       fp+8  argc                           h.argc
//   FR_NEWTARGET  fp+9  new.target (0 if not `new`)    the function itself when h.construct
//
// Adjacent u32 fields are written in qword stores. The caller has placed
// the locals (arguments, undefined for the rest) below the frame and `this`
// below them; r13 moves to the frame afterwards.

import { L } from '../../vm/layout';
import * as X from '../../x86asm';

export interface FrameHeader {
  /** Where the frame starts: base register + byte displacement. */
  readonly base: X.Reg;
  readonly disp: number;
  /** The caller's pc to resume at: a constant, or a 32-bit register. */
  readonly returnPc: number | X.Reg;
  readonly iseqId: number;
  /** FRAME_CONSTRUCT | FRAME_ARGS_MOVED. */
  readonly flags: number;
  /** The JIT return address: a label (its address is taken rip-relative) or a 64-bit register holding it. */
  readonly jitRet: X.Label | X.Reg;
  /** The argument count: a constant, or a 32-bit register. */
  readonly argc: number | X.Reg;
  /** A `new`: new.target is the callee (the function in rax); otherwise 0. */
  readonly construct: boolean;
  /** Two 64-bit scratch registers, neither rax nor any register named above. */
  readonly scratch: readonly [X.Reg, X.Reg];
}

function isReg(v: number | X.Reg | X.Label): v is X.Reg {
  return typeof v === 'object' && v.kind === 'reg';
}

/** Writes the header of a callee frame; the callee's function (a FUNCTION reference) is in eax. */
export function emitFrameHeader(cb: X.CodeBlock, h: FrameHeader): void {
  const [s, t] = h.scratch;
  const at = (field: number): X.Mem => X.qword(h.base, h.disp + field);
  // caller fp | return pc
  X.mov(cb, s, X.R13);
  X.sub(cb, s, X.R12);
  if (isReg(h.returnPc)) {
    X.mov(cb, X.resize(t, 32), h.returnPc);
    X.shl(cb, t, 32);
  } else X.mov(cb, t, BigInt(h.returnPc) << 32n);
  X.or(cb, s, t);
  X.mov(cb, at(L.FR_CALLER_FP), s);
  // iseq | env
  X.mov(cb, X.resize(s, 32), X.dword(X.R12, L.FN_ENV, X.RAX));
  X.shl(cb, s, 32);
  X.or(cb, s, h.iseqId);
  X.mov(cb, at(L.FR_ISEQ), s);
  // pc (0) | flags
  if (h.flags) X.mov(cb, t, BigInt(h.flags) << 32n);
  else X.xor(cb, X.resize(t, 32), X.resize(t, 32));
  X.mov(cb, at(L.FR_PC), t);
  // JIT return address
  if (isReg(h.jitRet)) X.mov(cb, at(L.FR_JIT_RET), h.jitRet);
  else {
    X.lea(cb, s, X.ripTo(64, h.jitRet));
    X.mov(cb, at(L.FR_JIT_RET), s);
  }
  // argc | new.target
  if (h.construct) {
    X.mov(cb, X.resize(s, 32), X.EAX);
    X.shl(cb, s, 32);
    if (isReg(h.argc)) {
      X.mov(cb, X.resize(t, 32), h.argc);
      X.or(cb, s, t);
    } else X.or(cb, s, h.argc);
    X.mov(cb, at(L.FR_ARGC), s);
  } else if (isReg(h.argc)) {
    // A 32-bit move clears the high half: new.target 0.
    X.mov(cb, X.resize(s, 32), h.argc);
    X.mov(cb, at(L.FR_ARGC), s);
  } else X.mov(cb, at(L.FR_ARGC), h.argc);
}
