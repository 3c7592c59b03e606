// The machine-code functions of the native tests, assembled with src/x86asm
// straight into a code region's RW view (CodeBlock base = the RX address).
// Each runs under the entry trampoline: r12 = memory base, r13 = frame,
// rbx = VM sp, r15 = runtime block, rsp = 8 (mod 16) on entry.
// (handcode.ts has hand-encoded equivalents for child processes and the bench.)
import * as X from '../../src/x86asm';
import { CALLBACK_ERROR_BIG, RT, type CodeMemory } from '../../src/native';

const { RAX, RBX, RCX, RDX, RSI, RSP, R12, R13, R15, EAX, EBX, ECX, EDX, ESI, EDI, EBP, R12D, R13D, R14D, R15D } = X;

/** Calls the callback through the runtime block: call qword [r15 + RT.CALLBACK], rsp re-aligned around it. */
function callCallback(cb: X.CodeBlock): void {
  X.call(cb, X.qword(R15, RT.CALLBACK));
}

/** Where Programs assembles: a code region, or a scratch buffer at address 0. */
export type AsmTarget = Pick<CodeMemory, 'bytes' | 'rxBase' | 'flush'>;

export class Programs {
  readonly cb: X.CodeBlock;

  constructor(readonly code: AsmTarget) {
    this.cb = new X.CodeBlock(code.bytes, code.rxBase, 'native-test');
  }

  /** Assembles one function at the next 16-byte boundary; returns its executable address. */
  fn(emit: (cb: X.CodeBlock) => void): number {
    const cb = this.cb;
    cb.align(16);
    const start = cb.writePos;
    emit(cb);
    cb.linkLabels();
    if (cb.dropped) throw new Error('test code region full');
    this.code.flush(start, cb.writePos - start);
    return cb.addrOf(start);
  }

  /** mov eax, 42 ; ret */
  ret42 = () =>
    this.fn((cb) => {
      X.mov(cb, EAX, 42);
      X.ret(cb);
    });

  /** movabs rax, 0x123456789abcdef0 ; movabs rdx, 0x0fedcba987654321 ; ret */
  ret64 = () =>
    this.fn((cb) => {
      X.movabs(cb, RAX, 0x123456789abcdef0n);
      X.movabs(cb, RDX, 0x0fedcba987654321n);
      X.ret(cb);
    });

  /** Returns `reg` (minus r12 if relative). */
  getReg = (reg: X.Reg, relative = false) =>
    this.fn((cb) => {
      X.mov(cb, RAX, reg);
      if (relative) X.sub(cb, RAX, R12);
      X.ret(cb);
    });

  /** Returns rsp & 15 at entry. */
  rspMod16 = () =>
    this.fn((cb) => {
      X.mov(cb, RAX, RSP);
      X.and(cb, EAX, 15);
      X.ret(cb);
    });

  /** [r12 + 0x100] = [r13] + [rbx] */
  memAdd = () =>
    this.fn((cb) => {
      X.mov(cb, RAX, X.qword(R13));
      X.add(cb, RAX, X.qword(RBX));
      X.mov(cb, X.qword(R12, 0x100), RAX);
      X.ret(cb);
    });

  /** Returns callback(7, [fp], [sp], 3), calling through [r15 + RT.CALLBACK] or, if `absolute`, through `mov rax, imm64; call rax`. */
  callback = (absolute?: number) =>
    this.fn((cb) => {
      X.sub(cb, RSP, 8);
      X.mov(cb, EDI, 7);
      X.mov(cb, RSI, X.qword(R13));
      X.mov(cb, RDX, X.qword(RBX));
      X.mov(cb, ECX, 3);
      if (absolute === undefined) {
        callCallback(cb);
      } else {
        X.movabs(cb, RAX, absolute);
        X.call(cb, RAX);
      }
      X.add(cb, RSP, 8);
      X.ret(cb);
    });

  /**
   * r = callback(1, fp, sp, 0); on the error sentinel (tested with `cmp rax, rcx`
   * if `bySentinel`, else with the RT.PENDING flag) returns r as is; otherwise
   * stores r at [r13] and returns r + 1.
   */
  recurse = (bySentinel = false) =>
    this.fn((cb) => {
      const out = cb.newLabel('out');
      X.sub(cb, RSP, 8);
      X.mov(cb, EDI, 1);
      X.mov(cb, RSI, R13);
      X.sub(cb, RSI, R12);
      X.mov(cb, RDX, RBX);
      X.sub(cb, RDX, R12);
      X.xor(cb, ECX, ECX);
      callCallback(cb);
      if (bySentinel) {
        X.movabs(cb, RCX, CALLBACK_ERROR_BIG);
        X.cmp(cb, RAX, RCX);
        X.jcc(cb, 'e', out);
      } else {
        X.cmp(cb, X.qword(R15, RT.PENDING), 0);
        X.jcc(cb, 'ne', out);
      }
      X.mov(cb, X.qword(R13), RAX);
      X.add(cb, RAX, 1);
      cb.bindLabel(out);
      X.add(cb, RSP, 8);
      X.ret(cb);
    });

  /** Calls the callback, ignores its result and any exception, returns 5. */
  ignoreCallback = () =>
    this.fn((cb) => {
      X.sub(cb, RSP, 8);
      for (const r of [EDI, ESI, EDX, ECX]) X.xor(cb, r, r);
      callCallback(cb);
      X.mov(cb, EAX, 5);
      X.add(cb, RSP, 8);
      X.ret(cb);
    });

  /** lea rax, [rip] ; mov byte [rax], 0xc3 ; ret — writes its own code (must fault). */
  selfWrite = () =>
    this.fn((cb) => {
      X.lea(cb, RAX, X.rip(64, 0));
      X.mov(cb, X.byte(RAX), 0xc3);
      X.ret(cb);
    });

  /** Zeroes every callee-saved register, returns 1. */
  clobber = () =>
    this.fn((cb) => {
      for (const r of [EBX, EBP, R12D, R13D, R14D, R15D]) X.xor(cb, r, r);
      X.mov(cb, EAX, 1);
      X.ret(cb);
    });
}

/** The bytes of a position-independent program, assembled at address 0 (for child processes and workers). */
export function bytesOf(make: (p: Programs) => number): number[] {
  const p = new Programs({ bytes: new Uint8Array(4096), rxBase: 0, flush: () => {} });
  const start = make(p);
  return Array.from(p.cb.code(start));
}
