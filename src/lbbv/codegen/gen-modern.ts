// Gen functions of the modern-syntax instructions: `isnullish` (??, ?., ??=)
// and `checkdestructure` (destructuring null or undefined). Object spread and
// rest properties (`copydataprops`) are runtime calls (src/lbbv/runtime.ts).
// Registered in gen.ts.

import { L } from '../../vm/layout';
import * as X from '../../x86asm';
import { Type } from '../context';
import { type JitState, Status } from './state';

/** A type that rules out null and undefined (every heap type and the known immediates other than them). */
function neverNullish(t: Type): boolean {
  return t !== Type.Unknown && t !== Type.UnknownImm && t !== Type.Undefined && t !== Type.Null;
}

/** isnullish: folds when the type is known; else (tag - TAG_UNDEF) <= 1 unsigned (TAG_NULL follows TAG_UNDEF). */
export function gen_isnullish(j: JitState): Status {
  const t = j.ctx.peekType(0);
  if (t === Type.Undefined || t === Type.Null || neverNullish(t)) {
    const yes = t === Type.Undefined || t === Type.Null;
    j.comment(`isnullish folded: ${yes}`);
    j.ctx = j.ctx.pop(1);
    j.storeWords(j.pushSlot(), yes ? 1 : 0, L.TAG_BOOL);
    j.ctx = j.ctx.push(yes ? Type.True : Type.False);
    return Status.Keep;
  }
  const cb = j.cb;
  X.mov(cb, X.EAX, j.topTag(0));
  X.sub(cb, X.EAX, L.TAG_UNDEF | 0);
  X.cmp(cb, X.EAX, 1);
  X.setcc(cb, 'be', X.AL);
  X.movzx(cb, X.EAX, X.AL);
  j.ctx = j.ctx.pop(1);
  j.storeBool(j.pushSlot(), X.EAX);
  j.ctx = j.ctx.push(Type.Boolean);
  return Status.Keep;
}

/** checkdestructure: nothing when the type rules out null and undefined; else a tag test whose failure is the runtime call (which throws). */
export function gen_checkdestructure(j: JitState): Status {
  const t = j.ctx.peekType(0);
  if (neverNullish(t)) return Status.Keep;
  if (t === Type.Undefined || t === Type.Null) return j.exitOrRuntimeCall('checkdestructure_nullish');
  const cb = j.cb;
  const after = cb.newLabel('after');
  j.afterLabels.push(after);
  X.mov(cb, X.EAX, j.topTag(0));
  X.sub(cb, X.EAX, L.TAG_UNDEF | 0);
  X.cmp(cb, X.EAX, 1);
  X.jcc(cb, 'be', j.jit.genSlowPath(j, 'checkdestructure_nullish', after), { rel32: true });
  return Status.Keep;
}

/** gettemplateobject: the site's pinned template object as a constant once it exists; before, the runtime call makes it. */
export function gen_gettemplateobject(j: JitState): Status {
  const ref = j.jit.vm.templateSites[j.op(0)].ref;
  if (ref === 0) return j.exitOrRuntimeCall('gettemplateobject_first');
  j.storeWords(j.pushSlot(), ref, L.TAG_ARRAY);
  j.ctx = j.ctx.push(Type.Array);
  return Status.Keep;
}

/** putnewtarget: the frame's new.target word; 0 (a plain call) gives undefined. */
export function gen_putnewtarget(j: JitState): Status {
  const cb = j.cb;
  const done = cb.newLabel('done');
  X.mov(cb, X.EAX, X.dword(X.R13, L.FR_NEWTARGET));
  X.mov(cb, X.ECX, L.TAG_FUNCTION | 0);
  X.test(cb, X.EAX, X.EAX);
  X.jcc(cb, 'ne', done);
  X.mov(cb, X.ECX, L.TAG_UNDEF | 0);
  cb.bindLabel(done);
  cb.linkLabels();
  const slot = j.pushSlot(32);
  X.mov(cb, slot, X.EAX);
  X.mov(cb, X.mem(32, slot.base, slot.disp + 4), X.ECX);
  j.ctx = j.ctx.push(Type.Unknown);
  return Status.Keep;
}
