// --jit-verify-ctx: a debugging mode in which every block version starts by
// checking that the values in its frame have the types its entry context
// claims (each stack temp, each tracked local, `this`). A value that does
// not is a JIT bug (a wrong type in a context, a branch to the wrong
// version, a store the context did not follow): the check calls back
// (Callback.VerifyCtx) and the run stops with a report naming the block,
// the slot, the type the context expected and the tag found.
//
// The checks cost a compare and a branch per known slot per block entry;
// they are emitted only with the flag.

import type { ISeq } from '../bytecode/iseq';
import { trackedLocals } from '../bytecode/liveness';
import { L } from '../vm/layout';
import * as X from '../x86asm';
import { MAX_LOCALS, tagOfType, Type, typeName, typeOfTag } from './context';
import type { JitState } from './codegen/state';
import { Callback, emitCallback } from './callbacks';
import type { Jit } from './jit';
import type { Block } from './versions';

/** One check: a frame slot (byte displacement from the frame) whose value must have type `expected`. */
export interface VerifySite {
  readonly block: Block;
  readonly iseq: ISeq;
  readonly disp: number;
  /** How the report names the slot: `stack t0 (depth 0 of 3)`, `local i (l2)`, `this`. */
  readonly what: string;
  readonly expected: Type;
}

/** The slots of the block's entry context whose type is known, with their frame displacement. */
function knownSlots(j: JitState): { disp: number; what: string; t: Type }[] {
  const ctx = j.ctx;
  const iseq = j.iseq;
  const out: { disp: number; what: string; t: Type }[] = [];
  for (let d = 0; d < ctx.stackSize; d++) {
    const t = ctx.peekType(d);
    if (t !== Type.Unknown) out.push({ disp: j.top(d).disp, what: `stack t${d} (${ctx.stackSize} values)`, t });
  }
  const slots = trackedLocals(iseq, MAX_LOCALS);
  for (let i = 0; i < slots.length; i++) {
    if (slots[i] < 0) continue;
    const t = ctx.localType(slots[i]);
    if (t !== Type.Unknown) out.push({ disp: j.local(i).disp, what: `local ${iseq.localNames[i] ?? i} (l${slots[i]})`, t });
  }
  if (ctx.selfType !== Type.Unknown) out.push({ disp: j.self().disp, what: 'this', t: ctx.selfType });
  return out;
}

/**
 * Emits the checks at the start of the block being compiled. Each failing
 * check jumps to an outlined call that reports it (never returns).
 */
export function emitVerifyCtx(jit: Jit, j: JitState): void {
  const cb = jit.inline;
  for (const { disp, what, t } of knownSlots(j)) {
    const site = jit.verifySites.length;
    jit.verifySites.push({ block: j.block, iseq: j.iseq, disp, what, expected: t });
    const fail = reportPath(jit, site);
    cb.comment(`verify ctx: ${what} is ${typeName(t)}`);
    const tag = X.dword(X.R13, disp + 4);
    switch (t) {
      case Type.Double:
        X.cmp(cb, tag, L.TAG_BASE | 0);
        X.jcc(cb, 'ae', fail, { rel32: true });
        break;
      case Type.UnknownImm:
        X.cmp(cb, tag, L.TAG_HEAP | 0);
        X.jcc(cb, 'ae', fail, { rel32: true });
        break;
      case Type.UnknownHeap:
        X.cmp(cb, tag, L.TAG_HEAP | 0);
        X.jcc(cb, 'b', fail, { rel32: true });
        break;
      case Type.True:
      case Type.False:
        X.cmp(cb, tag, L.TAG_BOOL | 0);
        X.jcc(cb, 'ne', fail, { rel32: true });
        X.cmp(cb, X.dword(X.R13, disp), t === Type.True ? 1 : 0);
        X.jcc(cb, 'ne', fail, { rel32: true });
        break;
      default:
        // Int32, Boolean, Undefined, Null, String, Object, Array, Function: one tag each.
        X.cmp(cb, tag, tagOfType(t) | 0);
        X.jcc(cb, 'ne', fail, { rel32: true });
    }
  }
}

/** The outlined report for check `site`: lbbv_callback(VerifyCtx, site, frame); the handler throws. */
function reportPath(jit: Jit, site: number): number {
  const ocb = jit.outlined;
  const addr = ocb.addrOf();
  emitCallback(jit, ocb, Callback.VerifyCtx, () => {
    X.mov(ocb, X.ESI, site);
    X.mov(ocb, X.RDX, X.R13);
    X.sub(ocb, X.RDX, X.R12);
    X.xor(ocb, X.ECX, X.ECX);
  });
  X.jmp(ocb, jit.errorExit, { rel32: true });
  return addr;
}

/** Callback.VerifyCtx: the report, as an Error (the run stops as on an internal error). */
export function verifyFailed(jit: Jit, site: number, fpBytes: number): never {
  const s = jit.verifySites[site];
  const u32 = jit.vm.u32;
  const q = (fpBytes + s.disp) >>> 2;
  const lo = u32[q];
  const hi = u32[q + 1];
  const b = s.block;
  const p = s.iseq.position(b.pc);
  const actual = hi < L.TAG_BASE ? 'a double' : `tag 0x${hi.toString(16)} (${typeName(typeOfTag(hi))}), low word 0x${lo.toString(16)}`;
  throw new Error(
    `--jit-verify-ctx: at the entry of block ${s.iseq.name || '<anonymous>'}@${b.pc} version ${b.version} ` +
      `(${s.iseq.file}:${p.line}:${p.col}), context ${b.ctx.toString()}: ` +
      `${s.what} should be ${typeName(s.expected)} but holds ${actual}`,
  );
}
