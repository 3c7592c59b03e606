// Instructions of class constructors and array literals with holes that
// machine code runs inline (issue 19: derived constructors no longer leave
// machine code at their first `this`):
//
// - putselfchecked: `this` in a derived constructor, a TDZ check on the
//   self slot (before super() it side-exits: the interpreter throws the
//   ReferenceError);
// - bindthis: the result of super(...) becomes `this` (a second super()
//   side-exits: the interpreter throws);
// - putfieldsinit: the class's field initialiser function, from the callee;
// - puthole: the array-hole marker;
// - putcallee: the running function (a named function expression's own name);
// - saveenv / restoreenv: the ENV saved at a try and made current again at
//   its catch/finally (a program that throws in a loop stays in machine code).

import { ISEQ_DERIVED } from '../../bytecode/iseq';
import { Op } from '../../bytecode/opnums';
import { L } from '../../vm/layout';
import * as X from '../../x86asm';
import { Type } from '../context';
import { type JitState, Status } from './state';
import { GEN } from './registry';

/** The callee slot of the current frame (below self). */
function calleeSlot(j: JitState, bits = 64): X.Mem {
  return X.mem(bits, X.R13, -8 * (j.iseq.localCount + 2));
}

function genPuthole(j: JitState): Status {
  j.storeWords(j.pushSlot(), 0, L.TAG_HOLE);
  j.ctx = j.ctx.push(Type.Unknown);
  j.keepXmm();
  return Status.Keep;
}

function genPutselfchecked(j: JitState): Status {
  // Once bindthis has recorded a type for `this` it is bound (the TDZ marker has no type).
  if (j.ctx.selfType === Type.Unknown) {
    const self = j.self();
    j.countCheck();
    X.cmp(j.cb, X.mem(32, self.base, self.disp + 4), L.TAG_TDZ | 0);
    X.jcc(j.cb, 'e', j.sideExit('putselfchecked_tdz'), { rel32: true });
  }
  j.copy(j.pushSlot(), j.self());
  j.ctx = j.ctx.pushSelf();
  j.keepXmm();
  return Status.Keep;
}

function genBindthis(j: JitState): Status {
  const self = j.self();
  j.countCheck();
  X.cmp(j.cb, X.mem(32, self.base, self.disp + 4), L.TAG_TDZ | 0);
  X.jcc(j.cb, 'ne', j.sideExit('bindthis_twice'), { rel32: true });
  j.copy(self, j.top(0));
  // super(...) returns an object: record it (Unknown would mean "maybe still unbound" to putselfchecked).
  const t = j.ctx.peekType(0);
  j.ctx = j.ctx.setSelfType(t === Type.Unknown || t === Type.UnknownImm ? Type.UnknownHeap : t);
  j.keepXmm();
  return Status.Keep;
}

function genPutfieldsinit(j: JitState): Status {
  const cb = j.cb;
  const done = cb.newLabel('done');
  X.mov(cb, X.EAX, calleeSlot(j, 32));
  X.mov(cb, X.EAX, X.dword(X.R12, L.FN_FIELDS, X.RAX));
  X.mov(cb, X.RCX, BigInt(L.TAG_FUNCTION) << 32n);
  X.test(cb, X.EAX, X.EAX);
  X.jcc(cb, 'ne', done);
  X.mov(cb, X.RCX, BigInt(L.TAG_UNDEF) << 32n);
  cb.bindLabel(done);
  X.or(cb, X.RAX, X.RCX);
  X.mov(cb, j.pushSlot(), X.RAX);
  cb.linkLabels();
  j.ctx = j.ctx.push(Type.Unknown);
  j.keepXmm();
  return Status.Keep;
}

function genPutcallee(j: JitState): Status {
  j.copy(j.pushSlot(), calleeSlot(j));
  j.ctx = j.ctx.push(Type.Function);
  j.keepXmm();
  return Status.Keep;
}

function genSaveenv(j: JitState): Status {
  const i = j.op(0);
  const local = j.local(i);
  X.mov(j.cb, X.EAX, X.dword(X.R13, L.FR_ENV));
  X.mov(j.cb, X.R11, BigInt(L.TAG_INT) << 32n);
  X.or(j.cb, X.RAX, X.R11);
  X.mov(j.cb, local, X.RAX);
  j.xmmForget(local);
  j.ctx = j.setLocalType(i, Type.Unknown);
  j.keepXmm();
  return Status.Keep;
}

function genRestoreenv(j: JitState): Status {
  X.mov(j.cb, X.EAX, j.local(j.op(0), 32));
  X.mov(j.cb, X.dword(X.R13, L.FR_ENV), X.EAX);
  j.keepXmm();
  return Status.Keep;
}

/**
 * leave of a derived constructor: its result rule (an object result, else
 * `this`, which super() must have bound; any other result is a TypeError)
 * applied before the common leave. The error cases side-exit to the
 * interpreter's leave, which throws.
 */
function derivedLeave(leave: (j: JitState) => Status): (j: JitState) => Status {
  return (j) => {
    if (!(j.iseq.flags & ISEQ_DERIVED)) return leave(j);
    const cb = j.cb;
    const ok = cb.newLabel('result_ok');
    const exit = j.sideExit('leave');
    j.comment('derived constructor: an object result, else the bound `this`');
    X.cmp(cb, j.topTag(0), L.TAG_OBJECT | 0);
    X.jcc(cb, 'ae', ok);
    X.cmp(cb, j.topTag(0), L.TAG_UNDEF | 0);
    X.jcc(cb, 'ne', exit, { rel32: true });
    const self = j.self();
    X.cmp(cb, X.mem(32, self.base, self.disp + 4), L.TAG_TDZ | 0);
    X.jcc(cb, 'e', exit, { rel32: true });
    j.copy(j.top(0), self);
    cb.bindLabel(ok);
    cb.linkLabels();
    j.xmmForget(j.top(0));
    j.ctx = j.ctx.pop(1).push(Type.Unknown);
    return leave(j);
  };
}

/** Registers this file's gen functions in `gen` (the GEN table). */
export function installClassGens(gen: (((j: JitState) => Status) | undefined)[]): void {
  gen[Op.puthole] = genPuthole;
  gen[Op.putselfchecked] = genPutselfchecked;
  gen[Op.bindthis] = genBindthis;
  gen[Op.putfieldsinit] = genPutfieldsinit;
  gen[Op.putcallee] = genPutcallee;
  gen[Op.saveenv] = genSaveenv;
  gen[Op.restoreenv] = genRestoreenv;
  const leave = gen[Op.leave];
  if (leave) gen[Op.leave] = derivedLeave(leave);
}

installClassGens(GEN);
