// The bytecode interpreter: one loop, one switch, one case per instruction
// of src/bytecode/opcodes.ts.
//
// Registers live in locals: fp, sp and lb (the q-index of local 0) are
// q-indices into the Uint32Array view; pc indexes the current iseq's code
// and points at the instruction being executed until it completes, so an
// exception reports and unwinds from the right place. Calls to bytecode
// functions push a frame and continue in this same loop; only calls from
// built-ins back into JS nest a new loop (vm.invoke).
//
// Before anything that may allocate or throw, the registers are synced to
// vm.sp/fp/pc, so the collector sees the whole stack and errors get a stack
// trace. No closure captures the registers: they stay in machine registers.

import { stackText } from './stack';
import { Op } from '../bytecode/opnums';
import { IC, ISEQ_ARGUMENTS, ISEQ_ASYNC, type ISeq } from '../bytecode/iseq';
import { delegateStep, finishInline, genNativeIds, initGenerator, type Resume, resumeInline, suspendFrame, unwindInline } from './generators';
import { ExitSignal, InterruptSignal, Thrown } from './errors';
import { OutOfMemory } from './heap';
import { L } from './layout';
import { ATTR_ACCESSOR, ATTR_HIDDEN, FIELD_ANY, fieldCode, type PropKey } from './shapes';
import { GLOBAL_ASSUMED, HF_ARGUMENTS, HF_FROZEN_ELEMENTS, HF_INTERNED, HF_IS_PROTO, lookupCacheIndex, MC } from './layout';
import { FatalError, isHostStackOverflow } from './errors';
import type { VM } from './vm';
import { forInKey, forInNext, forInStart, inOperator } from './forin';
import { iterClose, iterOpen, iterRest, iterStep, spreadInto } from './iteration';
import { globalObjectGet, globalObjectSet, noteImplicitGlobal, sloppyThis } from './wrappers';
import { copyDataProperties, destructureError, getPrivate, hasPrivate, initPrivate, newPrivateName, setPrivate, templateObject } from './modern';

const GLOBALS_Q = L.GLOBALS_BASE >>> 2;
const HEADER_Q = L.FRAME_HEADER >>> 2;

/**
 * Runs from vm.fp/vm.pc until the frame marked HOST_BOUNDARY returns.
 * Exceptions unwind here, outside the dispatch loop, so the loop itself has
 * no try/catch and V8 keeps its registers in machine registers. Every
 * instruction that may throw syncs vm.sp/fp/pc first, so the handler search
 * starts from the right place.
 */
export function run(vm: VM): void {
  // Handles above this mark belong to built-ins called from this loop; an
  // exception reaching the loop has abandoned them.
  const handles = vm.handleMark();
  for (;;) {
    try {
      dispatch(vm);
      return;
    } catch (e) {
      vm.releaseHandles(handles);
      unwind(vm, e);
    }
  }
}

/** Whether a thrown value carries its own stack (an Error, or an object given one by Error.captureStackTrace). */
function hasOwnStack(vm: VM, exc: Thrown): boolean {
  return exc.hi >= L.TAG_OBJECT && exc.hi <= L.TAG_FUNCTION && vm.shapeOf(exc.lo).lookup('stack') >= 0;
}

/** Finds the handler for an exception thrown at vm.fp/vm.pc, or rethrows it past the host boundary. */
function unwind(vm: VM, e: unknown): void {
  const u32 = vm.u32;
  let exc: Thrown;
  if (e instanceof Thrown) exc = e;
  else if (e instanceof ExitSignal || e instanceof FatalError) throw e;
  else if (e instanceof InterruptSignal) abandon(vm, e);
  else if (e instanceof OutOfMemory) throw new FatalError(`JavaScript heap out of memory${vm.stackTrace(1)}`);
  else if (isHostStackOverflow(e)) {
    // The host stack overflowed (deep native → JS nesting): a JS RangeError.
    // Making the error object needs host stack too; if there is too little
    // left here, the host error goes on to the next run loop out, which has
    // more (the reserve is the stack of the frames between them).
    let err: number;
    try {
      err = vm.makeError('RangeError', 'Maximum call stack size exceeded');
    } catch (again) {
      if (isHostStackOverflow(again)) throw e;
      throw again;
    }
    exc = new Thrown(err, L.TAG_OBJECT);
  } else if (e instanceof RangeError && e.message === 'Invalid string length') {
    // A string past the host's length limit (Node's limit too): a JS RangeError.
    exc = new Thrown(vm.makeError('RangeError', 'Invalid string length'), L.TAG_OBJECT);
  } else throw e;
  let fp = vm.fp;
  let lookupPc = vm.pc;
  exc.site ??= { iseq: vm.iseqs[u32[fp + 2]], pc: lookupPc };
  for (;;) {
    const iseq = vm.iseqs[u32[fp + 2]];
    const h = iseq.findHandler(lookupPc);
    if (h) {
      const sp = fp + HEADER_Q;
      u32[sp] = exc.lo;
      u32[sp + 1] = exc.hi;
      vm.sp = sp + 2;
      vm.fp = fp;
      vm.pc = h.handler;
      return;
    }
    if (u32[fp + 5] & L.FRAME_HOST_BOUNDARY) {
      // Leaving the run loop: keep the frames at the throw for the report of a non-Error value.
      if (exc.site.trace === undefined && !hasOwnStack(vm, exc)) exc.site.trace = stackText(vm, vm.fp, vm.pc, 10);
      vm.sp = fp - 2 * iseq.localCount - 4;
      vm.fp = fp;
      throw exc;
    }
    if (u32[fp + 5] & L.FRAME_GEN_INLINE) unwindInline(vm, fp);
    lookupPc = u32[fp + 1] - 1;
    fp = u32[fp] >>> 2;
  }
}

/**
 * An interrupted evaluation: leaves every frame of this run loop without
 * looking for handlers (no catch, no finally runs), resets the stack to the
 * host-boundary frame's callee as an uncaught exception does, and rethrows.
 */
function abandon(vm: VM, e: InterruptSignal): never {
  const u32 = vm.u32;
  let fp = vm.fp;
  for (;;) {
    if (u32[fp + 5] & L.FRAME_HOST_BOUNDARY) {
      vm.sp = fp - 2 * vm.iseqs[u32[fp + 2]].localCount - 4;
      vm.fp = fp;
      throw e;
    }
    if (u32[fp + 5] & L.FRAME_GEN_INLINE) unwindInline(vm, fp);
    fp = u32[fp] >>> 2;
  }
}

/** The dispatch loop: runs until the host-boundary frame returns. */
function dispatch(vm: VM): void {
  const u32 = vm.u32;
  const i32 = vm.i32;
  const f64 = vm.f64;
  const iseqs = vm.iseqs;
  let fp = vm.fp;
  let pc = vm.pc;
  let sp = vm.sp;
  let iseq: ISeq = iseqs[u32[fp + 2]];
  let code = iseq.code;
  let consts = iseq.consts;
  let lb = fp - 2 * iseq.localCount;
  const jit = vm.jit;
  const threshold = vm.jitThreshold;
  const counting = vm.countInsns;

  for (;;) {
    {
      {
        if (counting) vm.insnCount++;
        switch (code[pc]) {
          case Op.nop:
            pc += 1;
            break;
          case Op.loophint:
            // A loop header: hot loops enter machine code here (tiering for code called once).
            if (jit !== null && ++iseq.loopCount >= threshold) {
              vm.sp = sp; vm.fp = fp; vm.pc = pc;
              // Machine code may return in another frame (it calls and returns by itself).
              if (jit.enter(vm, fp, pc, sp) && (vm.pc !== pc || vm.fp !== fp)) {
                fp = vm.fp; pc = vm.pc; sp = vm.sp; iseq = iseqs[u32[fp + 2]]; code = iseq.code; consts = iseq.consts; lb = fp - 2 * iseq.localCount;
                break;
              }
              sp = vm.sp;
            }
            pc += 1;
            break;
          case Op.putundef:
            u32[sp] = 0;
            u32[sp + 1] = L.TAG_UNDEF;
            // Lookahead: this = undefined followed by a first argument from a local.
            if (code[pc + 1] === Op.getlocal) {
              const q = lb + 2 * code[pc + 2];
              u32[sp + 2] = u32[q];
              u32[sp + 3] = u32[q + 1];
              sp += 4;
              pc += 3;
              break;
            }
            sp += 2;
            pc += 1;
            break;
          case Op.putnull:
            u32[sp] = 0;
            u32[sp + 1] = L.TAG_NULL;
            sp += 2;
            pc += 1;
            break;
          case Op.puttrue:
            u32[sp] = 1;
            u32[sp + 1] = L.TAG_BOOL;
            sp += 2;
            pc += 1;
            break;
          case Op.putfalse:
            u32[sp] = 0;
            u32[sp + 1] = L.TAG_BOOL;
            sp += 2;
            pc += 1;
            break;
          case Op.puthole:
            u32[sp] = 0;
            u32[sp + 1] = L.TAG_HOLE;
            sp += 2;
            pc += 1;
            break;
          case Op.putint: {
            // Lookahead: `x + k`, `x - k`, `x < k` … on an int32 x run here without
            // pushing k (the instructions stay separate in the bytecode and the JIT).
            const k = code[pc + 1];
            if (u32[sp - 1] === L.TAG_INT) {
              const next = code[pc + 2];
              if (next === Op.opt_plus || next === Op.opt_minus) {
                const r = next === Op.opt_plus ? i32[sp - 2] + k : i32[sp - 2] - k;
                if ((r | 0) === r) {
                  i32[sp - 2] = r;
                  pc += 3;
                  break;
                }
              } else if (next >= Op.opt_lt && next <= Op.opt_ge) {
                const a = i32[sp - 2];
                const r = next === Op.opt_lt ? a < k : next === Op.opt_le ? a <= k : next === Op.opt_gt ? a > k : a >= k;
                const after = code[pc + 3];
                if (after === Op.branchunless) {
                  sp -= 2;
                  { const to = r ? pc + 5 : code[pc + 4]; if (to <= pc && u32[L.INTERRUPT >>> 2] !== 0) { vm.sp = sp; vm.fp = fp; vm.pc = pc; vm.interrupt(); } pc = to; }
                  break;
                }
                if (after === Op.branchif) {
                  sp -= 2;
                  { const to = r ? code[pc + 4] : pc + 5; if (to <= pc && u32[L.INTERRUPT >>> 2] !== 0) { vm.sp = sp; vm.fp = fp; vm.pc = pc; vm.interrupt(); } pc = to; }
                  break;
                }
                u32[sp - 2] = r ? 1 : 0;
                u32[sp - 1] = L.TAG_BOOL;
                pc += 3;
                break;
              }
            }
            i32[sp] = k;
            u32[sp + 1] = L.TAG_INT;
            sp += 2;
            pc += 2;
            break;
          }
          case Op.putconst: {
            const k = code[pc + 1];
            u32[sp] = consts[2 * k];
            u32[sp + 1] = consts[2 * k + 1];
            sp += 2;
            pc += 2;
            break;
          }
          case Op.putself:
            u32[sp] = u32[lb - 2];
            u32[sp + 1] = u32[lb - 1];
            sp += 2;
            pc += 1;
            break;
          case Op.putcallee:
            u32[sp] = u32[lb - 4];
            u32[sp + 1] = u32[lb - 3];
            sp += 2;
            pc += 1;
            break;
          case Op.putselfchecked:
            if (u32[lb - 1] === L.TAG_TDZ) {
              vm.sp = sp; vm.fp = fp; vm.pc = pc;
              vm.throwError('ReferenceError', "Must call super constructor in derived class before accessing 'this' or returning from derived constructor");
            }
            u32[sp] = u32[lb - 2];
            u32[sp + 1] = u32[lb - 1];
            sp += 2;
            pc += 1;
            break;
          case Op.pop:
            sp -= 2;
            pc += 1;
            break;
          case Op.dup:
            u32[sp] = u32[sp - 2];
            u32[sp + 1] = u32[sp - 1];
            sp += 2;
            pc += 1;
            break;
          case Op.dup2:
            // Word copies: copyWithin is a builtin call, slow for four words.
            u32[sp] = u32[sp - 4];
            u32[sp + 1] = u32[sp - 3];
            u32[sp + 2] = u32[sp - 2];
            u32[sp + 3] = u32[sp - 1];
            sp += 4;
            pc += 1;
            break;
          case Op.swap: {
            const lo = u32[sp - 2],
              hi = u32[sp - 1];
            u32[sp - 2] = u32[sp - 4];
            u32[sp - 1] = u32[sp - 3];
            u32[sp - 4] = lo;
            u32[sp - 3] = hi;
            pc += 1;
            break;
          }
          case Op.rot3: {
            // a b c -> c a b
            const lo = u32[sp - 2],
              hi = u32[sp - 1];
            u32[sp - 1] = u32[sp - 3];
            u32[sp - 2] = u32[sp - 4];
            u32[sp - 3] = u32[sp - 5];
            u32[sp - 4] = u32[sp - 6];
            u32[sp - 6] = lo;
            u32[sp - 5] = hi;
            pc += 1;
            break;
          }
          // ---------------------------------------------------- variables
          case Op.getlocal:
          case Op.getlocalfn: {
            const q = lb + 2 * code[pc + 1];
            u32[sp] = u32[q];
            u32[sp + 1] = u32[q + 1];
            // Lookahead: a second getlocal (operands of a binary operator) runs
            // here too, saving a trip through the switch.
            if (code[pc + 2] === Op.getlocal) {
              const q2 = lb + 2 * code[pc + 3];
              u32[sp + 2] = u32[q2];
              u32[sp + 3] = u32[q2 + 1];
              sp += 4;
              pc += 4;
              break;
            }
            sp += 2;
            pc += 2;
            break;
          }
          case Op.setlocal: {
            const q = lb + 2 * code[pc + 1];
            sp -= 2;
            u32[q] = u32[sp];
            u32[q + 1] = u32[sp + 1];
            pc += 2;
            break;
          }
          case Op.getlocalchecked:
          case Op.getlocalcheckedfn: {
            const q = lb + 2 * code[pc + 1];
            if (u32[q + 1] === L.TAG_TDZ) {
              vm.sp = sp; vm.fp = fp; vm.pc = pc;
              vm.throwError('ReferenceError', `Cannot access '${vm.str(consts[2 * (code[pc + 2])])}' before initialization`);
            }
            u32[sp] = u32[q];
            u32[sp + 1] = u32[q + 1];
            sp += 2;
            pc += 3;
            break;
          }
          case Op.initlocal: {
            const q = lb + 2 * code[pc + 1];
            u32[q] = 0;
            u32[q + 1] = L.TAG_TDZ;
            pc += 2;
            break;
          }
          case Op.getenv:
          case Op.getenvchecked:
          case Op.getenvfn:
          case Op.getenvcheckedfn: {
            let env = u32[fp + 3];
            for (let l = code[pc + 2]; l > 0; l--) env = u32[(env + L.ENV_PARENT) >>> 2];
            const q = ((env + L.ENV_DATA) >>> 2) + 2 * code[pc + 1];
            const op = code[pc];
            if (op === Op.getenvchecked || op === Op.getenvcheckedfn) {
              if (u32[q + 1] === L.TAG_TDZ) {
                vm.sp = sp; vm.fp = fp; vm.pc = pc;
                vm.throwError('ReferenceError', `Cannot access '${vm.str(consts[2 * (code[pc + 3])])}' before initialization`);
              }
              pc += 1;
            }
            u32[sp] = u32[q];
            u32[sp + 1] = u32[q + 1];
            // Lookahead: a captured function called with this = undefined.
            if (code[pc + 3] === Op.putundef) {
              u32[sp + 2] = 0;
              u32[sp + 3] = L.TAG_UNDEF;
              sp += 4;
              pc += 4;
              break;
            }
            sp += 2;
            pc += 3;
            break;
          }
          case Op.setenv:
          case Op.initenv: {
            let env = u32[fp + 3];
            for (let l = code[pc + 2]; l > 0; l--) env = u32[(env + L.ENV_PARENT) >>> 2];
            const q = ((env + L.ENV_DATA) >>> 2) + 2 * code[pc + 1];
            if (code[pc] === Op.setenv) {
              sp -= 2;
              // A kind of value this binding has not held yet widens its field type (the JIT's loads rely on it).
              const key = iseq.envKeys.length > 0 ? iseq.envKeys[pc] : -1;
              if (key >= 0) {
                const want = vm.envFields[key];
                if (want !== FIELD_ANY && want !== fieldCode(u32[sp + 1])) vm.noteEnvStore(key, u32[sp + 1]);
              }
              u32[q] = u32[sp];
              u32[q + 1] = u32[sp + 1];
            } else {
              u32[q] = 0;
              u32[q + 1] = L.TAG_TDZ;
            }
            pc += 3;
            break;
          }
          case Op.getglobal: {
            const q = GLOBALS_Q + 2 * code[pc + 1];
            if (u32[q + 1] === L.TAG_TDZ) {
              vm.sp = sp; vm.fp = fp; vm.pc = pc;
              // Not a declared global: a property of the global object (`this.x = 1` in a sloppy plain call), or an error.
              if (!globalObjectGet(vm, vm.str(consts[2 * (code[pc + 2])]))) vm.throwError('ReferenceError', `${vm.str(consts[2 * (code[pc + 2])])} is not defined`);
              u32[sp] = vm.rlo;
              u32[sp + 1] = vm.rhi;
              sp += 2;
              pc += 3;
              break;
            }
            u32[sp] = u32[q];
            u32[sp + 1] = u32[q + 1];
            sp += 2;
            pc += 3;
            break;
          }
          case Op.getglobalsoft: {
            const q = GLOBALS_Q + 2 * code[pc + 1];
            const hi = u32[q + 1];
            if (hi === L.TAG_TDZ && globalObjectGet(vm, vm.globalNames[code[pc + 1]])) {
              u32[sp] = vm.rlo;
              u32[sp + 1] = vm.rhi;
            } else {
              u32[sp] = hi === L.TAG_TDZ ? 0 : u32[q];
              u32[sp + 1] = hi === L.TAG_TDZ ? L.TAG_UNDEF : hi;
            }
            sp += 2;
            pc += 2;
            break;
          }
          case Op.setglobal: {
            const q = GLOBALS_Q + 2 * code[pc + 1];
            // Machine code that took this global's value as a constant is invalidated first.
            if (vm.globalAssumed[code[pc + 1]] === GLOBAL_ASSUMED) vm.noteGlobalStore(code[pc + 1]);
            if (u32[q + 1] === L.TAG_TDZ) {
              vm.sp = sp; vm.fp = fp; vm.pc = pc;
              // A name the global object has (and no global declared): the store goes to the property.
              if (globalObjectSet(vm, vm.globalNames[code[pc + 1]], u32[sp - 2], u32[sp - 1])) {
                sp -= 2;
                pc += 2;
                break;
              }
              noteImplicitGlobal(vm, code[pc + 1]);
            }
            sp -= 2;
            u32[q] = u32[sp];
            u32[q + 1] = u32[sp + 1];
            pc += 2;
            break;
          }
          case Op.setglobalstrict: {
            const q = GLOBALS_Q + 2 * code[pc + 1];
            if (u32[q + 1] === L.TAG_TDZ) {
              vm.sp = sp; vm.fp = fp; vm.pc = pc;
              const name = vm.str(consts[2 * code[pc + 2]]);
              if (!globalObjectSet(vm, name, u32[sp - 2], u32[sp - 1])) vm.throwError('ReferenceError', `${name} is not defined`);
              sp -= 2;
              pc += 3;
              break;
            }
            if (vm.globalAssumed[code[pc + 1]] === GLOBAL_ASSUMED) vm.noteGlobalStore(code[pc + 1]);
            sp -= 2;
            u32[q] = u32[sp];
            u32[q + 1] = u32[sp + 1];
            pc += 3;
            break;
          }
          case Op.pushenv:
            vm.sp = sp; vm.fp = fp; vm.pc = pc;
            u32[fp + 3] = vm.newEnv(code[pc + 1], u32[fp + 3]);
            pc += 2;
            break;
          case Op.popenv:
            u32[fp + 3] = u32[(u32[fp + 3] + L.ENV_PARENT) >>> 2];
            pc += 1;
            break;
          case Op.copyenv:
            vm.sp = sp; vm.fp = fp; vm.pc = pc;
            u32[fp + 3] = vm.copyEnv(u32[fp + 3]);
            pc += 1;
            break;
          case Op.saveenv: {
            const q = lb + 2 * code[pc + 1];
            u32[q] = u32[fp + 3];
            u32[q + 1] = L.TAG_INT;
            pc += 2;
            break;
          }
          case Op.restoreenv:
            u32[fp + 3] = u32[lb + 2 * code[pc + 1]];
            pc += 2;
            break;
          // ---------------------------------------- objects and properties
          case Op.newarray: {
            const n = code[pc + 1];
            vm.sp = sp; vm.fp = fp; vm.pc = pc;
            const arr = vm.newArray(n);
            if (n > 0) {
              const d = vm.elementQ(arr, 0) - (sp - 2 * n);
              if (n <= 8) for (let q = sp - 2 * n; q < sp; q++) u32[q + d] = u32[q];
              else u32.copyWithin(vm.elementQ(arr, 0), sp - 2 * n, sp);
            }
            sp -= 2 * n;
            u32[sp] = arr;
            u32[sp + 1] = L.TAG_ARRAY;
            sp += 2;
            pc += 2;
            break;
          }
          case Op.newobject:
            vm.sp = sp; vm.fp = fp; vm.pc = pc;
            u32[sp] = vm.newObject(vm.objectProto);
            u32[sp + 1] = L.TAG_OBJECT;
            sp += 2;
            pc += 1;
            break;
          case Op.initprop:
            if (!storeIC(vm, iseq.ic, sp - 4, code[pc + 2])) {
              vm.sp = sp; vm.fp = fp; vm.pc = pc;
              setPropIC(vm, iseq, sp - 4, consts[2 * (code[pc + 1])], code[pc + 2], true);
            }
            sp -= 2;
            pc += 3;
            break;
          case Op.initelem:
            vm.sp = sp; vm.fp = fp; vm.pc = pc;
            vm.defineOwn(u32[sp - 6], vm.toPropertyKey(u32[sp - 4], u32[sp - 3]), u32[sp - 2], u32[sp - 1]);
            sp -= 4;
            pc += 1;
            break;
          case Op.getprop: {
            const hi = u32[sp - 1];
            const ic = code[pc + 2];
            if (hi === L.TAG_OBJECT || hi === L.TAG_FUNCTION) {
              const q = getIC(vm, iseq, u32[sp - 2], ic);
              if (q >= 0) {
                u32[sp - 2] = u32[q];
                u32[sp - 1] = u32[q + 1];
                pc += 3;
                break;
              }
            }
            vm.sp = sp; vm.fp = fp; vm.pc = pc;
            const ref = u32[sp - 2];
            if (vm.accessorsDefined !== 0 && (hi === L.TAG_OBJECT || hi === L.TAG_FUNCTION)) {
              // A bytecode getter is called like a method: [recv] -> [getter, recv], returning to the next instruction.
              const g = vm.bytecodeAccessor(ref, vm.str(consts[2 * (code[pc + 1])]), 0);
              if (g !== 0) {
                u32[sp] = ref;
                u32[sp + 1] = hi;
                u32[sp - 2] = g;
                u32[sp - 1] = L.TAG_FUNCTION;
                vm.sp = sp + 2;
                fp = vm.enterFunction(sp - 2, 0, false, 0, pc + 3, null, null, 0);
                sp = vm.sp;
                pc = 0;
                iseq = iseqs[u32[fp + 2]]; code = iseq.code; consts = iseq.consts; lb = fp - 2 * iseq.localCount;
                if (jit !== null && iseq.callCount >= threshold) {
                  vm.sp = sp; vm.fp = fp; vm.pc = 0;
                  if (jit.enter(vm, fp, 0, sp)) {
                    fp = vm.fp; pc = vm.pc; sp = vm.sp; iseq = iseqs[u32[fp + 2]]; code = iseq.code; consts = iseq.consts; lb = fp - 2 * iseq.localCount;
                  }
                }
                break;
              }
            }
            if (hi === L.TAG_OBJECT) {
              objectGet(vm, ref, consts[2 * (code[pc + 1])], iseq, ic);
            } else {
              const key = vm.str(consts[2 * (code[pc + 1])]);
              vm.getProp(ref, hi, key);
              if (hi === L.TAG_FUNCTION) fillGetIC(vm, iseq, ic, ref, key);
            }
            u32[sp - 2] = vm.rlo;
            u32[sp - 1] = vm.rhi;
            pc += 3;
            break;
          }
          case Op.getmethod: {
            // recv -> fn recv
            const hi = u32[sp - 1];
            const ref = u32[sp - 2];
            const ic = code[pc + 2];
            u32[sp] = ref;
            u32[sp + 1] = hi;
            if (hi === L.TAG_OBJECT || hi === L.TAG_FUNCTION || hi === L.TAG_ARRAY) {
              const q = getIC(vm, iseq, ref, ic);
              if (q >= 0) {
                u32[sp - 2] = u32[q];
                u32[sp - 1] = u32[q + 1];
                sp += 2;
                pc += 3;
                break;
              }
            }
            sp += 2;
            vm.sp = sp; vm.fp = fp; vm.pc = pc;
            if (hi === L.TAG_OBJECT) {
              objectGet(vm, ref, consts[2 * (code[pc + 1])], iseq, ic);
            } else {
              const key = vm.str(consts[2 * (code[pc + 1])]);
              vm.getProp(ref, hi, key);
              if (hi === L.TAG_FUNCTION || hi === L.TAG_ARRAY) fillGetIC(vm, iseq, ic, ref, key);
            }
            u32[sp - 4] = vm.rlo;
            u32[sp - 3] = vm.rhi;
            pc += 3;
            break;
          }
          case Op.setprop: {
            // obj v -> v
            if (!storeIC(vm, iseq.ic, sp - 4, code[pc + 2])) {
              vm.sp = sp; vm.fp = fp; vm.pc = pc;
              if (vm.accessorsDefined !== 0 && code[pc + 3] === Op.pop && u32[sp - 3] === L.TAG_OBJECT) {
                // `obj.k = v;` with a bytecode setter: called like a method, [obj, v] -> [setter, obj, v];
                // its result comes back to the pop that follows (the assignment's value is unused).
                const st = vm.bytecodeAccessor(u32[sp - 4], vm.str(consts[2 * (code[pc + 1])]), 1);
                if (st !== 0) {
                  u32[sp] = u32[sp - 2];
                  u32[sp + 1] = u32[sp - 1];
                  u32[sp - 2] = u32[sp - 4];
                  u32[sp - 1] = u32[sp - 3];
                  u32[sp - 4] = st;
                  u32[sp - 3] = L.TAG_FUNCTION;
                  vm.sp = sp + 2;
                  fp = vm.enterFunction(sp - 4, 1, false, 0, pc + 3, null, null, 0);
                  sp = vm.sp;
                  pc = 0;
                  iseq = iseqs[u32[fp + 2]]; code = iseq.code; consts = iseq.consts; lb = fp - 2 * iseq.localCount;
                  if (jit !== null && iseq.callCount >= threshold) {
                    vm.sp = sp; vm.fp = fp; vm.pc = 0;
                    if (jit.enter(vm, fp, 0, sp)) {
                      fp = vm.fp; pc = vm.pc; sp = vm.sp; iseq = iseqs[u32[fp + 2]]; code = iseq.code; consts = iseq.consts; lb = fp - 2 * iseq.localCount;
                    }
                  }
                  break;
                }
              }
              setPropIC(vm, iseq, sp - 4, consts[2 * (code[pc + 1])], code[pc + 2], false);
            }
            // Lookahead: an assignment statement pops the value right away.
            if (code[pc + 3] === Op.pop) {
              sp -= 4;
              pc += 4;
              break;
            }
            u32[sp - 4] = u32[sp - 2];
            u32[sp - 3] = u32[sp - 1];
            sp -= 2;
            pc += 3;
            break;
          }
          case Op.opt_length: {
            const hi = u32[sp - 1];
            const ref = u32[sp - 2];
            if (hi === L.TAG_ARRAY) {
              writeNumber(vm, sp - 2, vm.arrayLen(ref));
            } else if (hi === L.TAG_STRING) {
              i32[sp - 2] = u32[(ref + L.STR_LENGTH) >>> 2];
              u32[sp - 1] = L.TAG_INT;
            } else {
              vm.sp = sp; vm.fp = fp; vm.pc = pc;
              vm.getProp(ref, hi, 'length');
              u32[sp - 2] = vm.rlo;
              u32[sp - 1] = vm.rhi;
            }
            pc += 2;
            break;
          }
          case Op.opt_aref: {
            // obj key -> obj[key]
            const ohi = u32[sp - 3];
            if (ohi === L.TAG_ARRAY && u32[sp - 1] === L.TAG_INT) {
              const arr = u32[sp - 4];
              const i = u32[sp - 2];
              if (i < u32[(arr + L.ARR_LENGTH) >>> 2]) {
                const q = ((u32[(arr + L.ARR_ELEMENTS) >>> 2] + L.VEC_DATA) >>> 2) + 2 * i;
                const hi = u32[q + 1];
                if (hi !== L.TAG_HOLE) {
                  sp -= 2;
                  u32[sp - 2] = u32[q];
                  u32[sp - 1] = hi;
                  pc += 1;
                  break;
                }
              }
            }
            vm.sp = sp; vm.fp = fp; vm.pc = pc;
            if (ohi === L.TAG_OBJECT && u32[sp - 1] === L.TAG_STRING && vm.u8[u32[sp - 2] + L.HDR_FLAGS] & HF_INTERNED) {
              // obj['name'] with an interned key (a literal, or a parameter holding one).
              objectGet(vm, u32[sp - 4], u32[sp - 2], null, 0);
            } else {
              vm.getElem(u32[sp - 4], ohi, u32[sp - 2], u32[sp - 1]);
            }
            sp -= 2;
            u32[sp - 2] = vm.rlo;
            u32[sp - 1] = vm.rhi;
            pc += 1;
            break;
          }
          case Op.opt_aset: {
            // obj key v -> v
            const ohi = u32[sp - 5];
            if (ohi === L.TAG_ARRAY && u32[sp - 3] === L.TAG_INT) {
              const arr = u32[sp - 6];
              const i = u32[sp - 4];
              const len = u32[(arr + L.ARR_LENGTH) >>> 2];
              // Not-extensible (sealed, frozen) arrays take the VM's checked path.
              if ((i < len || (i === len && i < u32[(arr + L.ARR_CAPACITY) >>> 2])) && !(vm.u8[arr + L.HDR_FLAGS] & HF_FROZEN_ELEMENTS)) {
                const q = ((u32[(arr + L.ARR_ELEMENTS) >>> 2] + L.VEC_DATA) >>> 2) + 2 * i;
                u32[q] = u32[sp - 2];
                u32[q + 1] = u32[sp - 1];
                if (i === len) u32[(arr + L.ARR_LENGTH) >>> 2] = len + 1;
                u32[sp - 6] = u32[sp - 2];
                u32[sp - 5] = u32[sp - 1];
                sp -= 4;
                pc += 1;
                break;
              }
            }
            vm.sp = sp; vm.fp = fp; vm.pc = pc;
            vm.setElem(u32[sp - 6], ohi, u32[sp - 4], u32[sp - 3], u32[sp - 2], u32[sp - 1], iseq.strict);
            u32[sp - 6] = u32[sp - 2];
            u32[sp - 5] = u32[sp - 1];
            sp -= 4;
            pc += 1;
            break;
          }
          case Op.getsuperprop:
          case Op.getsupermethod: {
            vm.sp = sp; vm.fp = fp; vm.pc = pc;
            const home = u32[(u32[lb - 4] + L.FN_HOME) >>> 2];
            const key = vm.str(consts[2 * (code[pc + 1])]);
            const proto = home === 0 ? 0 : vm.protoOf(home);
            if (proto !== 0 && vm.findProperty(proto, key)) {
              // A getter runs with the current `this`.
              vm.readFound(u32[lb - 2], u32[lb - 1]);
              u32[sp] = vm.rlo;
              u32[sp + 1] = vm.rhi;
            } else {
              u32[sp] = 0;
              u32[sp + 1] = L.TAG_UNDEF;
            }
            sp += 2;
            if (code[pc] === Op.getsupermethod) {
              u32[sp] = u32[lb - 2];
              u32[sp + 1] = u32[lb - 1];
              sp += 2;
            }
            pc += 2;
            break;
          }
          // ------------------------------------------------ functions, calls
          case Op.closure: {
            vm.sp = sp; vm.fp = fp; vm.pc = pc;
            const fn = vm.makeClosure(iseqs[code[pc + 1]], u32[fp + 3], lb - 2, u32[lb - 3] === L.TAG_FUNCTION ? u32[lb - 4] : 0);
            u32[sp] = fn;
            u32[sp + 1] = L.TAG_FUNCTION;
            sp += 2;
            pc += 2;
            break;
          }
          case Op.defineclass:
            vm.sp = sp; vm.fp = fp; vm.pc = pc;
            defineClass(vm, sp - 2, code[pc + 1], u32[fp + 3], vm.str(consts[2 * (code[pc + 2])]));
            pc += 3;
            break;
          case Op.definemethod:
            vm.sp = sp; vm.fp = fp; vm.pc = pc;
            defineMethod(vm, sp - 4, vm.str(consts[2 * (code[pc + 1])]), code[pc + 2]);
            sp -= 2;
            pc += 3;
            break;
          case Op.checkiterable: {
            const hi = u32[sp - 1];
            if (hi !== L.TAG_ARRAY && hi !== L.TAG_STRING) {
              vm.sp = sp; vm.fp = fp; vm.pc = pc;
              // A built-in iterator (matchAll's) is drained into an array the loop then walks.
              const drained = hi === L.TAG_OBJECT ? vm.drainIterator(u32[sp - 2]) : 0;
              if (drained !== 0) {
                u32[sp - 2] = drained;
                u32[sp - 1] = L.TAG_ARRAY;
                pc += 2;
                break;
              }
              const text = vm.str(consts[2 * code[pc + 1]]);
              const suffix = text === 'undefined' || text === 'null' ? ' (cannot read property Symbol(Symbol.iterator))' : '';
              vm.throwError('TypeError', `${text} is not iterable${suffix}`);
            }
            pc += 2;
            break;
          }
          // ------------------------------------------------ the iterator protocol (src/vm/iteration.ts)
          case Op.iter_open:
            vm.sp = sp; vm.fp = fp; vm.pc = pc;
            iterOpen(vm, u32[sp - 2], u32[sp - 1], lb + 2 * code[pc + 1], vm.str(consts[2 * code[pc + 2]]));
            sp -= 2;
            pc += 3;
            break;
          case Op.iter_next: {
            const q = lb + 2 * code[pc + 1];
            let got: boolean;
            if (u32[q + 3] === L.TAG_INT && u32[q + 2] === 0 && u32[q + 4] < u32[(u32[q] + L.ARR_LENGTH) >>> 2]) {
              // A fast array record with an element left: the value in local+3, the index bumped.
              const i = u32[q + 4];
              const e = ((u32[(u32[q] + L.ARR_ELEMENTS) >>> 2] + L.VEC_DATA) >>> 2) + 2 * i;
              const ehi = u32[e + 1];
              u32[q + 6] = ehi === L.TAG_HOLE ? 0 : u32[e];
              u32[q + 7] = ehi === L.TAG_HOLE ? L.TAG_UNDEF : ehi;
              u32[q + 4] = i + 1;
              got = true;
            } else {
              vm.sp = sp; vm.fp = fp; vm.pc = pc;
              got = iterStep(vm, q);
            }
            u32[sp] = got ? 1 : 0;
            u32[sp + 1] = L.TAG_BOOL;
            sp += 2;
            pc += 2;
            break;
          }
          case Op.iter_close:
            vm.sp = sp; vm.fp = fp; vm.pc = pc;
            iterClose(vm, lb + 2 * code[pc + 1], code[pc + 2] === 1);
            pc += 3;
            break;
          case Op.iter_rest:
            vm.sp = sp; vm.fp = fp; vm.pc = pc;
            u32[sp] = iterRest(vm, lb + 2 * code[pc + 1]);
            u32[sp + 1] = L.TAG_ARRAY;
            sp += 2;
            pc += 2;
            break;
          case Op.spreadappend:
            vm.sp = sp; vm.fp = fp; vm.pc = pc;
            spreadInto(vm, u32[sp - 4], u32[sp - 2], u32[sp - 1], vm.str(consts[2 * code[pc + 1]]));
            sp -= 2;
            pc += 2;
            break;
          case Op.sendspread:
          case Op.newspread: {
            vm.sp = sp; vm.fp = fp; vm.pc = pc;
            const argc = spreadArguments(vm, sp);
            sp = vm.sp;
            const fnQ = sp - 2 * argc - 4;
            const nfp = vm.enterFunction(fnQ, argc, code[pc] === Op.newspread, 0, pc + 2, code, consts, pc + 1);
            if (nfp === 0) {
              sp = fnQ + 2;
              pc += 2;
            } else {
              fp = nfp;
              sp = vm.sp;
              pc = 0;
              iseq = iseqs[u32[fp + 2]]; code = iseq.code; consts = iseq.consts; lb = fp - 2 * iseq.localCount;
              if (jit === null || iseq.callCount < threshold) break;
            }
            if (jit !== null && iseq.jitted) {
              vm.sp = sp; vm.fp = fp; vm.pc = pc;
              if (jit.enter(vm, fp, pc, sp)) {
                fp = vm.fp; pc = vm.pc; sp = vm.sp; iseq = iseqs[u32[fp + 2]]; code = iseq.code; consts = iseq.consts; lb = fp - 2 * iseq.localCount;
              }
            }
            break;
          }
          case Op.definemethodcomputed: {
            vm.sp = sp; vm.fp = fp; vm.pc = pc;
            const key = vm.toPropertyKey(u32[sp - 4], u32[sp - 3]);
            // [class, key, fn] -> [class, fn] -> [class]
            u32[sp - 4] = u32[sp - 2];
            u32[sp - 3] = u32[sp - 1];
            defineMethod(vm, sp - 6, key, code[pc + 1]);
            sp -= 4;
            pc += 2;
            break;
          }
          case Op.deleteprop:
            vm.sp = sp; vm.fp = fp; vm.pc = pc;
            deletePropOp(vm, sp - 2, vm.str(consts[2 * code[pc + 1]]), iseq.strict);
            pc += 2;
            break;
          case Op.deleteelem:
            vm.sp = sp; vm.fp = fp; vm.pc = pc;
            deleteElemOp(vm, sp - 4, iseq.strict);
            sp -= 2;
            pc += 1;
            break;
          case Op.defineaccessor:
            vm.sp = sp; vm.fp = fp; vm.pc = pc;
            defineAccessorOp(vm, sp - 6, code[pc + 1]);
            sp -= 4;
            pc += 2;
            break;
          case Op.send:
          case Op.new: {
            const argc = code[pc + 1];
            const fnQ = sp - 2 * argc - 4;
            // Fast path: a plain call of a bytecode function pushes its frame right here
            // (not with an interrupt pending: vm.enterFunction stops the evaluation).
            if (code[pc] === Op.send && u32[fnQ + 1] === L.TAG_FUNCTION && u32[L.INTERRUPT >>> 2] === 0) {
              const fn = u32[fnQ];
              if ((u32[(fn + L.FN_FLAGS) >>> 2] & (L.FNF_NATIVE | L.FNF_ARROW | L.FNF_CLASS)) === 0) {
                const callee = iseqs[u32[(fn + L.FN_ISEQ) >>> 2]];
                const nl = callee.localCount;
                const nfp = fnQ + 4 + 2 * nl;
                if (callee.restIndex < 0 && (argc <= callee.paramCount || !(callee.flags & ISEQ_ARGUMENTS)) && nfp + HEADER_Q + 2 * callee.maxStack < vm.stackLimit) {
                  callee.callCount++;
                  const p = callee.paramCount;
                  for (let i = argc < p ? argc : p; i < nl; i++) {
                    u32[fnQ + 4 + 2 * i] = 0;
                    u32[fnQ + 5 + 2 * i] = L.TAG_UNDEF;
                  }
                  u32[nfp] = fp << 2;
                  u32[nfp + 1] = pc + 3;
                  u32[nfp + 2] = callee.id;
                  u32[nfp + 3] = u32[(fn + L.FN_ENV) >>> 2];
                  u32[nfp + 4] = 0;
                  u32[nfp + 5] = 0;
                  u32[nfp + 6] = 0;
                  u32[nfp + 7] = 0;
                  u32[nfp + 8] = argc;
                  u32[nfp + 9] = 0;
                  fp = nfp;
                  sp = nfp + HEADER_Q;
                  pc = 0;
                  iseq = callee;
                  code = callee.code;
                  consts = callee.consts;
                  lb = fnQ + 4;
                  if (jit !== null && callee.callCount >= threshold) {
                    // A hot function runs its machine code from its first instruction.
                    vm.sp = sp; vm.fp = fp; vm.pc = 0;
                    if (jit.enter(vm, fp, 0, sp)) {
                      fp = vm.fp; pc = vm.pc; sp = vm.sp; iseq = iseqs[u32[fp + 2]]; code = iseq.code; consts = iseq.consts; lb = fp - 2 * iseq.localCount;
                    }
                  }
                  break;
                }
              }
            }
            vm.sp = sp; vm.fp = fp; vm.pc = pc;
            if (u32[fnQ + 3] === L.TAG_OBJECT && code[pc] === Op.send && u32[fnQ + 1] === L.TAG_FUNCTION && u32[(u32[fnQ] + L.FN_FLAGS) >>> 2] & L.FNF_NATIVE) {
              // gen.next/return/throw(v): a suspended generator's frame resumes in this loop (generators.ts).
              const id = u32[(u32[fnQ] + L.FN_ISEQ) >>> 2];
              const mode = id === genNativeIds.next ? 0 : id === genNativeIds.return ? 2 : id === genNativeIds.throw ? 1 : -1;
              const gfp = mode < 0 ? 0 : resumeInline(vm, fnQ, argc, mode as Resume, pc + 3);
              if (gfp !== 0) {
                fp = gfp; sp = vm.sp; pc = vm.pc; iseq = iseqs[u32[fp + 2]]; code = iseq.code; consts = iseq.consts; lb = fp - 2 * iseq.localCount;
                break;
              }
            }
            const nfp = vm.enterFunction(fnQ, argc, code[pc] === Op.new, 0, pc + 3, code, consts, pc + 2);
            if (nfp === 0) {
              sp = fnQ + 2;
              pc += 3;
            } else {
              fp = nfp;
              sp = vm.sp;
              pc = 0;
              iseq = iseqs[u32[fp + 2]]; code = iseq.code; consts = iseq.consts; lb = fp - 2 * iseq.localCount;
              if (jit === null || iseq.callCount < threshold) break;
            }
            // Enter machine code: at a hot callee's start, or after a built-in returned into compiled code.
            if (jit !== null && iseq.jitted) {
              vm.sp = sp; vm.fp = fp; vm.pc = pc;
              if (jit.enter(vm, fp, pc, sp)) {
                fp = vm.fp; pc = vm.pc; sp = vm.sp; iseq = iseqs[u32[fp + 2]]; code = iseq.code; consts = iseq.consts; lb = fp - 2 * iseq.localCount;
              }
            }
            break;
          }
          case Op.directeval: {
            // eval(src) naming the global eval: the code compiled in this scope becomes the callee (vm.prepareDirectEval).
            const fnQ = sp - 2 * code[pc + 1] - 4;
            vm.sp = sp; vm.fp = fp; vm.pc = pc;
            const argc = vm.prepareDirectEval(fnQ, code[pc + 1], code[pc + 2], fp);
            const nfp = vm.enterFunction(fnQ, argc, false, 0, pc + 3, null, null, 0);
            if (nfp === 0) {
              sp = fnQ + 2;
              pc += 3;
            } else {
              fp = nfp;
              sp = vm.sp;
              pc = 0;
              iseq = iseqs[u32[fp + 2]]; code = iseq.code; consts = iseq.consts; lb = fp - 2 * iseq.localCount;
            }
            break;
          }
          case Op.invokesuper:
          case Op.invokesuperspread: {
            vm.sp = sp; vm.fp = fp; vm.pc = pc;
            let argc: number;
            if (code[pc] === Op.invokesuper) {
              argc = code[pc + 1];
              u32.copyWithin(sp - 2 * argc + 4, sp - 2 * argc, sp);
              sp += 4;
            } else {
              const arr = u32[sp - 2];
              argc = vm.arrayLength(arr);
              sp -= 2;
              if (sp + 4 + 2 * argc >= vm.stackLimit) vm.throwError('RangeError', 'Maximum call stack size exceeded');
              for (let i = 0; i < argc; i++) {
                const q = vm.elementQ(arr, i);
                u32[sp + 4 + 2 * i] = u32[q];
                u32[sp + 4 + 2 * i + 1] = u32[q + 1] === L.TAG_HOLE ? L.TAG_UNDEF : u32[q + 1];
              }
              sp += 4 + 2 * argc;
            }
            const fnQ = sp - 2 * argc - 4;
            const parent = vm.protoOf(u32[lb - 4]);
            if (parent === 0 || vm.u8[parent] !== L.K_FUNCTION || !vm.isConstructor(parent)) {
              vm.throwError('TypeError', `Super constructor ${parent === 0 ? 'null' : '[object]'} of anonymous class is not a constructor`);
            }
            u32[fnQ] = parent;
            u32[fnQ + 1] = L.TAG_FUNCTION;
            u32[fnQ + 2] = 0;
            u32[fnQ + 3] = L.TAG_UNDEF;
            const next = pc + (code[pc] === Op.invokesuper ? 2 : 1);
            const nfp = vm.enterFunction(fnQ, argc, true, u32[fp + 9], next, null, null, 1);
            if (nfp === 0) {
              sp = fnQ + 2;
              pc = next;
            } else {
              fp = nfp;
              sp = vm.sp;
              pc = 0;
              iseq = iseqs[u32[fp + 2]]; code = iseq.code; consts = iseq.consts; lb = fp - 2 * iseq.localCount;
            }
            break;
          }
          case Op.bindthis:
            if (u32[lb - 1] !== L.TAG_TDZ) {
              vm.sp = sp; vm.fp = fp; vm.pc = pc;
              vm.throwError('ReferenceError', 'Super constructor may only be called once');
            }
            u32[lb - 2] = u32[sp - 2];
            u32[lb - 1] = u32[sp - 1];
            pc += 1;
            break;
          case Op.putfieldsinit: {
            const f = u32[(u32[lb - 4] + L.FN_FIELDS) >>> 2];
            u32[sp] = f;
            u32[sp + 1] = f === 0 ? L.TAG_UNDEF : L.TAG_FUNCTION;
            sp += 2;
            pc += 1;
            break;
          }
          case Op.leave: {
            let lo = u32[sp - 2];
            let hi = u32[sp - 1];
            const flags = u32[fp + 5];
            if (flags & L.FRAME_GEN_INLINE) {
              // A generator resumed in this loop completes: { value, done: true } to its resumer.
              vm.sp = sp; vm.fp = fp; vm.pc = pc;
              sp = finishInline(vm, fp, sp, true, lb + 2 * iseq.genLocal) + 2;
              pc = u32[fp + 1];
              fp = u32[fp] >>> 2;
              iseq = iseqs[u32[fp + 2]]; code = iseq.code; consts = iseq.consts; lb = fp - 2 * iseq.localCount;
              if (jit !== null && iseq.jitted) {
                vm.sp = sp; vm.fp = fp; vm.pc = pc;
                if (jit.enter(vm, fp, pc, sp)) {
                  fp = vm.fp; pc = vm.pc; sp = vm.sp; iseq = iseqs[u32[fp + 2]]; code = iseq.code; consts = iseq.consts; lb = fp - 2 * iseq.localCount;
                }
              }
              break;
            }
            if (flags & L.FRAME_CONSTRUCT) {
              vm.sp = sp; vm.fp = fp; vm.pc = pc;
              vm.frameResult(fp, lo, hi, iseq.localCount);
              lo = vm.rlo;
              hi = vm.rhi;
            }
            let fnQ = lb - 4;
            if (flags & L.FRAME_ARGS_MOVED) {
              // The caller's callee slot is below the actual arguments; `this` goes back too (new's result).
              const orig = fnQ - 4 - 2 * u32[fp + 8];
              u32[orig + 2] = u32[fnQ + 2];
              u32[orig + 3] = u32[fnQ + 3];
              fnQ = orig;
            }
            u32[fnQ] = lo;
            u32[fnQ + 1] = hi;
            sp = fnQ + 2;
            if (flags & L.FRAME_HOST_BOUNDARY) {
              vm.sp = sp;
              return;
            }
            pc = u32[fp + 1];
            fp = u32[fp] >>> 2;
            iseq = iseqs[u32[fp + 2]]; code = iseq.code; consts = iseq.consts; lb = fp - 2 * iseq.localCount;
            if (jit !== null && iseq.jitted) {
              // Returning into a function with machine code: continue there.
              vm.sp = sp; vm.fp = fp; vm.pc = pc;
              if (jit.enter(vm, fp, pc, sp)) {
                fp = vm.fp; pc = vm.pc; sp = vm.sp; iseq = iseqs[u32[fp + 2]]; code = iseq.code; consts = iseq.consts; lb = fp - 2 * iseq.localCount;
              }
            }
            break;
          }
          case Op.throw:
            vm.sp = sp; vm.fp = fp; vm.pc = pc;
            throw new Thrown(u32[sp - 2], u32[sp - 1]);
          // ------------------------------------------- generators and async functions (generators.ts)
          case Op.initgen:
            vm.sp = sp; vm.fp = fp; vm.pc = pc;
            // Resumes continue after the `leave` that follows.
            initGenerator(vm, fp, sp, pc + 3, code[pc + 1], (iseq.flags & ISEQ_ASYNC) !== 0);
            u32[sp] = vm.rlo;
            u32[sp + 1] = vm.rhi;
            sp += 2;
            pc += 2;
            break;
          case Op.yield:
          case Op.await:
            if (u32[fp + 5] & L.FRAME_GEN_INLINE) {
              // Resumed in this loop: { value, done: false } to the resumer, whose frame continues.
              vm.sp = sp; vm.fp = fp; vm.pc = pc + 2;
              sp = finishInline(vm, fp, sp, false, lb + 2 * code[pc + 1]) + 2;
              pc = u32[fp + 1];
              fp = u32[fp] >>> 2;
              iseq = iseqs[u32[fp + 2]]; code = iseq.code; consts = iseq.consts; lb = fp - 2 * iseq.localCount;
              if (jit !== null && iseq.jitted) {
                vm.sp = sp; vm.fp = fp; vm.pc = pc;
                if (jit.enter(vm, fp, pc, sp)) {
                  fp = vm.fp; pc = vm.pc; sp = vm.sp; iseq = iseqs[u32[fp + 2]]; code = iseq.code; consts = iseq.consts; lb = fp - 2 * iseq.localCount;
                }
              }
              break;
            }
            vm.sp = sp; vm.fp = fp; vm.pc = pc;
            suspendFrame(vm, fp, sp, pc + 2, lb + 2 * code[pc + 1]);
            return;
          case Op.resumegen: {
            const mode = u32[sp - 2];
            sp -= 2;
            if (mode === 0) pc = code[pc + 1];
            else if (mode === 1) {
              vm.sp = sp; vm.fp = fp; vm.pc = pc;
              throw new Thrown(u32[sp - 2], u32[sp - 1]);
            } else pc += 2;
            break;
          }
          case Op.delegatestep:
            vm.sp = sp; vm.fp = fp; vm.pc = pc;
            pc = delegateStep(vm, sp - 6) ? code[pc + 1] : pc + 2;
            break;
          // ------------------------------------------------- control flow
          case Op.jump: {
            const to = code[pc + 1];
            // A loop's back-edge: where an interrupt (Ctrl-C in the REPL) stops a running loop.
            if (to <= pc && u32[L.INTERRUPT >>> 2] !== 0) { vm.sp = sp; vm.fp = fp; vm.pc = pc; vm.interrupt(); }
            pc = to;
            break;
          }
          case Op.branchif:
            sp -= 2;
            if (truthyAt(vm, sp)) {
              const to = code[pc + 1];
              if (to <= pc && u32[L.INTERRUPT >>> 2] !== 0) { vm.sp = sp; vm.fp = fp; vm.pc = pc; vm.interrupt(); }
              pc = to;
            } else pc += 2;
            break;
          case Op.branchunless:
            sp -= 2;
            if (truthyAt(vm, sp)) pc += 2;
            else {
              const to = code[pc + 1];
              if (to <= pc && u32[L.INTERRUPT >>> 2] !== 0) { vm.sp = sp; vm.fp = fp; vm.pc = pc; vm.interrupt(); }
              pc = to;
            }
            break;
          // ---------------------------------------------------- operators
          case Op.opt_plus: {
            const ahi = u32[sp - 3],
              bhi = u32[sp - 1];
            if (ahi === L.TAG_INT && bhi === L.TAG_INT) {
              const r = i32[sp - 4] + i32[sp - 2];
              sp -= 2;
              if ((r | 0) === r) i32[sp - 2] = r;
              else f64[(sp - 2) >>> 1] = r;
            } else if (isNumTag(ahi) && isNumTag(bhi)) {
              const r = numAt(vm, sp - 4) + numAt(vm, sp - 2);
              sp -= 4;
              writeNumber(vm, sp, r); sp += 2;
            } else {
              vm.sp = sp; vm.fp = fp; vm.pc = pc;
              vm.addSlow(u32[sp - 4], ahi, u32[sp - 2], bhi);
              sp -= 4;
              u32[sp] = vm.rlo; u32[sp + 1] = vm.rhi; sp += 2;
            }
            pc += 1;
            break;
          }
          case Op.opt_minus: {
            const ahi = u32[sp - 3],
              bhi = u32[sp - 1];
            if (ahi === L.TAG_INT && bhi === L.TAG_INT) {
              const r = i32[sp - 4] - i32[sp - 2];
              sp -= 2;
              if ((r | 0) === r) i32[sp - 2] = r;
              else f64[(sp - 2) >>> 1] = r;
            } else {
              vm.sp = sp; vm.fp = fp; vm.pc = pc;
              const r = toNumAt(vm, sp - 4) - toNumAt(vm, sp - 2);
              sp -= 4;
              writeNumber(vm, sp, r); sp += 2;
            }
            pc += 1;
            break;
          }
          case Op.opt_mult: {
            vm.sp = sp; vm.fp = fp; vm.pc = pc;
            const r = toNumAt(vm, sp - 4) * toNumAt(vm, sp - 2);
            sp -= 4;
            writeNumber(vm, sp, r); sp += 2;
            pc += 1;
            break;
          }
          case Op.opt_div: {
            vm.sp = sp; vm.fp = fp; vm.pc = pc;
            const r = toNumAt(vm, sp - 4) / toNumAt(vm, sp - 2);
            sp -= 4;
            writeNumber(vm, sp, r); sp += 2;
            pc += 1;
            break;
          }
          case Op.opt_mod: {
            if (u32[sp - 3] === L.TAG_INT && u32[sp - 1] === L.TAG_INT) {
              const a = i32[sp - 4],
                b = i32[sp - 2];
              if (a >= 0 && b > 0) {
                sp -= 2;
                i32[sp - 2] = a % b;
                pc += 1;
                break;
              }
            }
            vm.sp = sp; vm.fp = fp; vm.pc = pc;
            const r = toNumAt(vm, sp - 4) % toNumAt(vm, sp - 2);
            sp -= 4;
            writeNumber(vm, sp, r); sp += 2;
            pc += 1;
            break;
          }
          case Op.opt_pow: {
            vm.sp = sp; vm.fp = fp; vm.pc = pc;
            const r = toNumAt(vm, sp - 4) ** toNumAt(vm, sp - 2);
            sp -= 4;
            writeNumber(vm, sp, r); sp += 2;
            pc += 1;
            break;
          }
          case Op.opt_and: {
            vm.sp = sp; vm.fp = fp; vm.pc = pc;
            const r = toI32At(vm, sp - 4) & toI32At(vm, sp - 2);
            sp -= 4;
            i32[sp] = r;
            u32[sp + 1] = L.TAG_INT;
            sp += 2;
            pc += 1;
            break;
          }
          case Op.opt_or: {
            vm.sp = sp; vm.fp = fp; vm.pc = pc;
            const r = toI32At(vm, sp - 4) | toI32At(vm, sp - 2);
            sp -= 4;
            i32[sp] = r;
            u32[sp + 1] = L.TAG_INT;
            sp += 2;
            pc += 1;
            break;
          }
          case Op.opt_xor: {
            vm.sp = sp; vm.fp = fp; vm.pc = pc;
            const r = toI32At(vm, sp - 4) ^ toI32At(vm, sp - 2);
            sp -= 4;
            i32[sp] = r;
            u32[sp + 1] = L.TAG_INT;
            sp += 2;
            pc += 1;
            break;
          }
          case Op.opt_shl: {
            vm.sp = sp; vm.fp = fp; vm.pc = pc;
            const r = toI32At(vm, sp - 4) << toI32At(vm, sp - 2);
            sp -= 4;
            i32[sp] = r;
            u32[sp + 1] = L.TAG_INT;
            sp += 2;
            pc += 1;
            break;
          }
          case Op.opt_sar: {
            vm.sp = sp; vm.fp = fp; vm.pc = pc;
            const r = toI32At(vm, sp - 4) >> toI32At(vm, sp - 2);
            sp -= 4;
            i32[sp] = r;
            u32[sp + 1] = L.TAG_INT;
            sp += 2;
            pc += 1;
            break;
          }
          case Op.opt_shr: {
            vm.sp = sp; vm.fp = fp; vm.pc = pc;
            const r = toI32At(vm, sp - 4) >>> toI32At(vm, sp - 2);
            sp -= 4;
            writeNumber(vm, sp, r); sp += 2;
            pc += 1;
            break;
          }
          case Op.opt_lt:
          case Op.opt_le:
          case Op.opt_gt:
          case Op.opt_ge: {
            const op = code[pc];
            const ahi = u32[sp - 3],
              bhi = u32[sp - 1];
            let r: boolean;
            if (isNumTag(ahi) && isNumTag(bhi)) {
              const a = ahi === L.TAG_INT ? i32[sp - 4] : f64[(sp - 4) >>> 1];
              const b = bhi === L.TAG_INT ? i32[sp - 2] : f64[(sp - 2) >>> 1];
              r = op === Op.opt_lt ? a < b : op === Op.opt_le ? a <= b : op === Op.opt_gt ? a > b : a >= b;
            } else {
              vm.sp = sp; vm.fp = fp; vm.pc = pc;
              const alo = u32[sp - 4],
                blo = u32[sp - 2];
              if (op === Op.opt_lt) r = vm.lessThan(alo, ahi, blo, bhi, true) === true;
              else if (op === Op.opt_gt) r = vm.lessThan(blo, bhi, alo, ahi, false) === true;
              else if (op === Op.opt_le) r = vm.lessThan(blo, bhi, alo, ahi, false) === false;
              else r = vm.lessThan(alo, ahi, blo, bhi, true) === false;
            }
            sp -= 4;
            // Lookahead: a compare feeding a branch jumps directly.
            const after = code[pc + 1];
            if (after === Op.branchunless) {
              { const to = r ? pc + 3 : code[pc + 2]; if (to <= pc && u32[L.INTERRUPT >>> 2] !== 0) { vm.sp = sp; vm.fp = fp; vm.pc = pc; vm.interrupt(); } pc = to; }
              break;
            }
            if (after === Op.branchif) {
              { const to = r ? code[pc + 2] : pc + 3; if (to <= pc && u32[L.INTERRUPT >>> 2] !== 0) { vm.sp = sp; vm.fp = fp; vm.pc = pc; vm.interrupt(); } pc = to; }
              break;
            }
            u32[sp] = r ? 1 : 0;
            u32[sp + 1] = L.TAG_BOOL;
            sp += 2;
            pc += 1;
            break;
          }
          case Op.opt_eq:
          case Op.opt_neq: {
            let r: boolean;
            if (u32[sp - 3] === L.TAG_INT && u32[sp - 1] === L.TAG_INT) r = u32[sp - 4] === u32[sp - 2];
            else {
              vm.sp = sp; vm.fp = fp; vm.pc = pc;
              r = vm.looseEquals(u32[sp - 4], u32[sp - 3], u32[sp - 2], u32[sp - 1]);
            }
            sp -= 4;
            u32[sp] = (code[pc] === Op.opt_eq ? r : !r) ? 1 : 0; u32[sp + 1] = L.TAG_BOOL; sp += 2;
            pc += 1;
            break;
          }
          case Op.opt_stricteq:
          case Op.opt_strictneq: {
            let r: boolean;
            if (u32[sp - 3] === L.TAG_INT && u32[sp - 1] === L.TAG_INT) r = u32[sp - 4] === u32[sp - 2];
            else r = vm.strictEquals(u32[sp - 4], u32[sp - 3], u32[sp - 2], u32[sp - 1]);
            sp -= 4;
            u32[sp] = (code[pc] === Op.opt_stricteq ? r : !r) ? 1 : 0; u32[sp + 1] = L.TAG_BOOL; sp += 2;
            pc += 1;
            break;
          }
          case Op.opt_neg: {
            vm.sp = sp; vm.fp = fp; vm.pc = pc;
            const r = -toNumAt(vm, sp - 2);
            sp -= 2;
            writeNumber(vm, sp, r); sp += 2;
            pc += 1;
            break;
          }
          case Op.opt_tonumber: {
            if (!isNumTag(u32[sp - 1])) {
              vm.sp = sp; vm.fp = fp; vm.pc = pc;
              const r = toNumAt(vm, sp - 2);
              sp -= 2;
              writeNumber(vm, sp, r); sp += 2;
            }
            pc += 1;
            break;
          }
          case Op.opt_bitnot: {
            vm.sp = sp; vm.fp = fp; vm.pc = pc;
            const r = ~toI32At(vm, sp - 2);
            i32[sp - 2] = r;
            u32[sp - 1] = L.TAG_INT;
            pc += 1;
            break;
          }
          case Op.opt_not: {
            const r = !truthyAt(vm, sp - 2);
            u32[sp - 2] = r ? 1 : 0;
            u32[sp - 1] = L.TAG_BOOL;
            pc += 1;
            break;
          }
          case Op.opt_inc:
          case Op.opt_dec: {
            const d = code[pc] === Op.opt_inc ? 1 : -1;
            if (u32[sp - 1] === L.TAG_INT) {
              const r = i32[sp - 2] + d;
              if ((r | 0) === r) i32[sp - 2] = r;
              else f64[(sp - 2) >>> 1] = r;
            } else {
              vm.sp = sp; vm.fp = fp; vm.pc = pc;
              const r = toNumAt(vm, sp - 2) + d;
              sp -= 2;
              writeNumber(vm, sp, r); sp += 2;
            }
            pc += 1;
            break;
          }
          case Op.opt_typeof: {
            u32[sp - 2] = vm.typeOfRef(u32[sp - 1]);
            u32[sp - 1] = L.TAG_STRING;
            pc += 1;
            break;
          }
          case Op.forin_start: {
            vm.sp = sp; vm.fp = fp; vm.pc = pc;
            forInStart(vm, u32[sp - 2], u32[sp - 1], lb + 2 * code[pc + 1]);
            sp -= 2;
            pc += 2;
            break;
          }
          case Op.forin_next: {
            vm.sp = sp; vm.fp = fp; vm.pc = pc;
            u32[sp] = forInNext(vm, lb + 2 * code[pc + 1]) ? 1 : 0;
            u32[sp + 1] = L.TAG_BOOL;
            sp += 2;
            pc += 2;
            break;
          }
          case Op.forin_key:
            u32[sp] = forInKey(vm, lb + 2 * code[pc + 1]);
            u32[sp + 1] = L.TAG_STRING;
            sp += 2;
            pc += 2;
            break;
          case Op.opt_in: {
            vm.sp = sp; vm.fp = fp; vm.pc = pc;
            const r = inOperator(vm, u32[sp - 4], u32[sp - 3], u32[sp - 2], u32[sp - 1]);
            sp -= 2;
            u32[sp - 2] = r ? 1 : 0;
            u32[sp - 1] = L.TAG_BOOL;
            pc += 1;
            break;
          }
          case Op.coercethis:
            if (u32[lb - 1] < L.TAG_OBJECT) {
              vm.sp = sp; vm.fp = fp; vm.pc = pc;
              sloppyThis(vm, u32[lb - 2], u32[lb - 1]);
              u32[lb - 2] = vm.rlo;
              u32[lb - 1] = vm.rhi;
            }
            pc += 1;
            break;
          case Op.isarray:
            u32[sp - 2] = u32[sp - 1] === L.TAG_ARRAY ? 1 : 0;
            u32[sp - 1] = L.TAG_BOOL;
            pc += 1;
            break;
          case Op.arrayhas: {
            const arr = u32[sp - 4];
            const i = u32[sp - 2];
            let has = 0;
            if (u32[sp - 3] === L.TAG_ARRAY && u32[sp - 1] === L.TAG_INT && i < u32[(arr + L.ARR_LENGTH) >>> 2]) {
              has = u32[(((u32[(arr + L.ARR_ELEMENTS) >>> 2] + L.VEC_DATA) >>> 2) + 2 * i) + 1] !== L.TAG_HOLE ? 1 : 0;
            } else if (u32[sp - 3] === L.TAG_ARRAY && u32[sp - 1] === L.TAG_INT && (i | 0) >= 0) has = vm.arrayHas(arr, i) ? 1 : 0;
            sp -= 2;
            u32[sp - 2] = has;
            u32[sp - 1] = L.TAG_BOOL;
            pc += 1;
            break;
          }
          case Op.getarg: {
            // i -> the actual argument i of this frame (the arguments object is never made).
            const argc = u32[fp + 8];
            const i = u32[sp - 1] === L.TAG_INT ? i32[sp - 2] : -1;
            if (i >= 0 && i < argc) {
              const q = i < iseq.paramCount ? lb + 2 * i : lb - 4 - 2 * argc + 2 * i;
              u32[sp - 2] = u32[q];
              u32[sp - 1] = u32[q + 1];
            } else {
              vm.sp = sp; vm.fp = fp; vm.pc = pc;
              vm.getArgSlow(fp, sp - 2);
              u32[sp - 2] = vm.rlo;
              u32[sp - 1] = vm.rhi;
            }
            pc += 1;
            break;
          }
          case Op.createarguments:
            vm.sp = sp; vm.fp = fp; vm.pc = pc;
            u32[sp] = vm.createArguments(fp);
            u32[sp + 1] = L.TAG_OBJECT;
            sp += 2;
            pc += 1;
            break;
          case Op.putargc:
            u32[sp] = u32[fp + 8];
            u32[sp + 1] = L.TAG_INT;
            sp += 2;
            pc += 1;
            break;
          case Op.opt_instanceof: {
            vm.sp = sp; vm.fp = fp; vm.pc = pc;
            const r = vm.instanceOf(u32[sp - 4], u32[sp - 3], u32[sp - 2], u32[sp - 1]);
            sp -= 4;
            u32[sp] = (r) ? 1 : 0; u32[sp + 1] = L.TAG_BOOL; sp += 2;
            pc += 1;
            break;
          }
          case Op.tostring: {
            if (u32[sp - 1] !== L.TAG_STRING) {
              vm.sp = sp; vm.fp = fp; vm.pc = pc;
              const s = vm.toStr(u32[sp - 2], u32[sp - 1]);
              vm.retString(s);
              u32[sp - 2] = vm.rlo;
              u32[sp - 1] = vm.rhi;
            }
            pc += 1;
            break;
          }
          case Op.concatstrings: {
            const n = code[pc + 1];
            let s = '';
            for (let q = sp - 2 * n; q < sp; q += 2) s += vm.str(u32[q]);
            vm.sp = sp; vm.fp = fp; vm.pc = pc;
            vm.retString(s);
            sp -= 2 * n;
            u32[sp] = vm.rlo; u32[sp + 1] = vm.rhi; sp += 2;
            pc += 2;
            break;
          }
          case Op.newregexp:
            vm.sp = sp; vm.fp = fp; vm.pc = pc;
            u32[sp] = vm.newRegExpFromSite(code[pc + 1]);
            u32[sp + 1] = L.TAG_OBJECT;
            sp += 2;
            pc += 2;
            break;
          case Op.isnullish: {
            const hi = u32[sp - 1];
            u32[sp - 2] = hi === L.TAG_UNDEF || hi === L.TAG_NULL ? 1 : 0;
            u32[sp - 1] = L.TAG_BOOL;
            pc += 1;
            break;
          }
          case Op.checkdestructure: {
            const hi = u32[sp - 1];
            if (hi === L.TAG_UNDEF || hi === L.TAG_NULL) {
              vm.sp = sp; vm.fp = fp; vm.pc = pc;
              destructureError(vm, vm.str(consts[2 * code[pc + 1]]), hi);
            }
            pc += 2;
            break;
          }
          case Op.gettemplateobject:
            vm.sp = sp; vm.fp = fp; vm.pc = pc;
            u32[sp] = templateObject(vm, code[pc + 1]);
            u32[sp + 1] = L.TAG_ARRAY;
            sp += 2;
            pc += 2;
            break;
          case Op.putnewtarget: {
            const nt = u32[fp + 9];
            u32[sp] = nt;
            u32[sp + 1] = nt === 0 ? L.TAG_UNDEF : L.TAG_FUNCTION;
            sp += 2;
            pc += 1;
            break;
          }
          case Op.newprivatename:
            vm.sp = sp; vm.fp = fp; vm.pc = pc;
            u32[sp] = newPrivateName(vm, vm.str(consts[2 * code[pc + 1]]), vm.str(consts[2 * code[pc + 2]]), code[pc + 3]);
            u32[sp + 1] = L.TAG_SYMBOL;
            sp += 2;
            pc += 4;
            break;
          case Op.initprivate:
            vm.sp = sp; vm.fp = fp; vm.pc = pc;
            initPrivate(vm, sp - 6, code[pc + 1]);
            sp -= 4;
            pc += 2;
            break;
          case Op.initprivateaccessor:
            vm.sp = sp; vm.fp = fp; vm.pc = pc;
            initPrivate(vm, sp - 8, 2);
            sp -= 6;
            pc += 1;
            break;
          case Op.getprivate:
            vm.sp = sp; vm.fp = fp; vm.pc = pc;
            getPrivate(vm, sp - 4);
            sp -= 2;
            u32[sp - 2] = vm.rlo;
            u32[sp - 1] = vm.rhi;
            pc += 1;
            break;
          case Op.setprivate:
            vm.sp = sp; vm.fp = fp; vm.pc = pc;
            setPrivate(vm, sp - 6);
            u32[sp - 6] = u32[sp - 2];
            u32[sp - 5] = u32[sp - 1];
            sp -= 4;
            pc += 1;
            break;
          case Op.hasprivate: {
            vm.sp = sp; vm.fp = fp; vm.pc = pc;
            const r = hasPrivate(vm, sp - 4);
            sp -= 2;
            u32[sp - 2] = r ? 1 : 0;
            u32[sp - 1] = L.TAG_BOOL;
            pc += 1;
            break;
          }
          case Op.copydataprops: {
            const n = code[pc + 1];
            vm.sp = sp; vm.fp = fp; vm.pc = pc;
            copyDataProperties(vm, sp - 2 * (n + 2), n);
            sp -= 2 * (n + 1);
            pc += 2;
            break;
          }
          default:
            throw new FatalError(`bad opcode ${code[pc]} at ${iseq.name}:${pc}`);
        }
      }
    }

  }
}


/** Writes a number at q: int32 when exact (and not -0), else a double. */
function writeNumber(vm: VM, q: number, x: number): void {
  if ((x | 0) === x && (x !== 0 || 1 / x > 0)) {
    vm.i32[q] = x;
    vm.u32[q + 1] = L.TAG_INT;
  } else {
    vm.f64[q >>> 1] = x;
  }
}

function isNumTag(hi: number): boolean {
  return hi < L.TAG_BASE || hi === L.TAG_INT;
}

/** The number at q (an int32 or double; the caller checked). */
function numAt(vm: VM, q: number): number {
  return vm.u32[q + 1] === L.TAG_INT ? vm.i32[q] : vm.f64[q >>> 1];
}

/** ToNumber of the value at q (vm registers must be synced: it may call valueOf). */
function toNumAt(vm: VM, q: number): number {
  const hi = vm.u32[q + 1];
  if (hi === L.TAG_INT) return vm.i32[q];
  if (hi < L.TAG_BASE) return vm.f64[q >>> 1];
  return vm.toNumber(vm.u32[q], hi);
}

function toI32At(vm: VM, q: number): number {
  if (vm.u32[q + 1] === L.TAG_INT) return vm.i32[q];
  return toNumAt(vm, q) | 0;
}

function truthyAt(vm: VM, q: number): boolean {
  const hi = vm.u32[q + 1];
  if (hi === L.TAG_BOOL || hi === L.TAG_INT) return vm.u32[q] !== 0;
  return vm.truthy(vm.u32[q], hi);
}

/** The slot location an IC entry names, for the cell ref. */
function icSlotQ(vm: VM, ref: number, off: number): number {
  return off >= 0 ? (ref + off) >>> 2 : ((vm.u32[(ref + L.OBJ_SLOTS) >>> 2] + L.VEC_DATA) >>> 2) + 2 * (-1 - off);
}

/** Tries a getprop IC for the object ref: the slot's q-index, or -1 on a miss. */
function getIC(vm: VM, iseq: ISeq, ref: number, ic: number): number {
  const t = iseq.ic;
  const k = ic * IC.WORDS;
  if (t[k + IC.SHAPE] !== vm.u32[(ref + L.OBJ_SHAPE) >>> 2]) return -1;
  const holder = t[k + IC.AUX];
  if (holder === 0) return icSlotQ(vm, ref, t[k + IC.OFFSET] | 0);
  if (t[k + IC.EPOCH] !== vm.protoEpoch) return -1;
  return icSlotQ(vm, holder, t[k + IC.OFFSET] | 0);
}

/** Fills a getprop IC after a slow lookup of key on the object ref. */
function fillGetIC(vm: VM, iseq: ISeq, ic: number, ref: number, key: PropKey): void {
  const shape = vm.shapeOf(ref);
  if (shape.isDictionary) return;
  if (!vm.findProperty(ref, key)) return;
  // An accessor is a call, never a cached slot read.
  if (vm.shapeOf(vm.foundHolder).attrs[vm.foundSlot] & ATTR_ACCESSOR) return;
  // A dictionary holder is fine: it is a prototype, so adding to it bumps the
  // epoch, and properties are never removed, so its slot for key stays put.
  const holder = vm.foundHolder;
  const t = iseq.ic;
  const k = ic * IC.WORDS;
  t[k + IC.SHAPE] = shape.id;
  t[k + IC.AUX] = holder === ref ? 0 : holder;
  t[k + IC.OFFSET] = slotOffset(vm, holder, vm.foundSlot);
  t[k + IC.EPOCH] = vm.protoEpoch;
}

/**
 * obj[key] for an OBJECT cell and an interned key string cell, into the
 * result registers, through the VM's lookup cache (receiver shape, key) →
 * where the property is, or that it is absent. The cache serves sites that
 * see many shapes and keyed reads; a hit also fills the site's own IC.
 * Entries name the holder like IC entries: own slots stay valid for the
 * (shared) receiver shape; chain hits and absences only for the protoEpoch
 * they were made in.
 */
export function objectGet(vm: VM, ref: number, keyRef: number, iseq: ISeq | null, ic: number): void {
  const u32 = vm.u32;
  const sid = u32[(ref + L.OBJ_SHAPE) >>> 2];
  const mc = vm.lookupCache;
  const k = lookupCacheIndex(sid, keyRef);
  if (mc[k] === sid && mc[k + 1] === keyRef) {
    const holder = mc[k + 2];
    if (holder === 0 || mc[k + 4] === vm.protoEpoch) {
      if (holder === MC.ABSENT) return vm.retUndef();
      const q = icSlotQ(vm, holder === 0 ? ref : holder, mc[k + 3] | 0);
      vm.rlo = u32[q];
      vm.rhi = u32[q + 1];
      if (iseq !== null) {
        const t = iseq.ic;
        const j = ic * IC.WORDS;
        t[j + IC.SHAPE] = sid;
        t[j + IC.AUX] = holder;
        t[j + IC.OFFSET] = mc[k + 3];
        t[j + IC.EPOCH] = mc[k + 4];
      }
      return;
    }
  }
  // An OBJECT's get is a plain chain lookup (findProperty): no allocation, no JS.
  vm.getProp(ref, L.TAG_OBJECT, vm.str(keyRef));
  // Dictionary shapes are private; an arguments object's mapped indices are not in its slots; a getter's result is not a slot (and the getter may have run other lookups).
  if (vm.foundAccessor || vm.shapes.shapes[sid].isDictionary || vm.u8[ref + L.HDR_FLAGS] & HF_ARGUMENTS) return;
  const holder = vm.foundHolder;
  mc[k] = sid;
  mc[k + 1] = keyRef;
  mc[k + 4] = vm.protoEpoch;
  if (holder === 0) {
    mc[k + 2] = MC.ABSENT;
    return;
  }
  mc[k + 2] = holder === ref ? 0 : holder;
  mc[k + 3] = slotOffset(vm, holder, vm.foundSlot);
  if (iseq !== null) {
    const t = iseq.ic;
    const j = ic * IC.WORDS;
    t[j + IC.SHAPE] = sid;
    t[j + IC.AUX] = mc[k + 2];
    t[j + IC.OFFSET] = mc[k + 3];
    t[j + IC.EPOCH] = mc[k + 4];
  }
}

/** The hit path of setPropIC (small enough for V8 to inline into the loop): true when it stored. */
function storeIC(vm: VM, t: Uint32Array, q: number, ic: number): boolean {
  const u32 = vm.u32;
  if (u32[q + 1] !== L.TAG_OBJECT) return false;
  const ref = u32[q];
  const k = ic * IC.WORDS;
  if (t[k + IC.SHAPE] !== u32[(ref + L.OBJ_SHAPE) >>> 2]) return false;
  const aux = t[k + IC.AUX];
  const off = t[k + IC.OFFSET] | 0;
  // An add to a prototype (which may share the cached shape) goes through the VM: it bumps the epoch and invalidates machine code.
  if (aux !== 0 && (off < 0 || vm.u8[ref + L.HDR_FLAGS] & HF_IS_PROTO)) return false;
  // A value of another kind than the field has held widens its type: through the VM.
  const want = t[k + IC.FIELD];
  if (want !== FIELD_ANY && want !== fieldCode(u32[q + 3])) return false;
  // An add is valid while no prototype changed (one may have gained a setter or a read-only property of that name).
  if (aux !== 0 && t[k + IC.ADD_EPOCH] !== vm.protoEpoch) return false;
  const d = icSlotQ(vm, ref, off);
  u32[d] = u32[q + 2];
  u32[d + 1] = u32[q + 3];
  if (aux !== 0) u32[(ref + L.OBJ_SHAPE) >>> 2] = aux;
  return true;
}

/** obj.key = v through a write/transition IC; obj at q, value at q + 2, key the name's string cell. `define` for object literals. */
function setPropIC(vm: VM, iseq: ISeq, q: number, keyRef: number, ic: number, define: boolean): void {
  const u32 = vm.u32;
  const hi = u32[q + 1];
  const ref = u32[q];
  if (hi === L.TAG_OBJECT) {
    const sid = u32[(ref + L.OBJ_SHAPE) >>> 2];
    const t = iseq.ic;
    const k = ic * IC.WORDS;
    if (t[k + IC.SHAPE] === sid) {
      const aux = t[k + IC.AUX];
      const off = t[k + IC.OFFSET] | 0;
      const want = t[k + IC.FIELD];
      if ((aux === 0 || (off >= 0 && !(vm.u8[ref + L.HDR_FLAGS] & HF_IS_PROTO) && t[k + IC.ADD_EPOCH] === vm.protoEpoch)) && (want === FIELD_ANY || want === fieldCode(u32[q + 3]))) {
        const d = icSlotQ(vm, ref, off);
        u32[d] = u32[q + 2];
        u32[d + 1] = u32[q + 3];
        if (aux !== 0) u32[(ref + L.OBJ_SHAPE) >>> 2] = aux;
        return;
      }
    }
    const key = vm.str(keyRef);
    const before = vm.shapeOf(ref);
    const epoch = vm.protoEpoch;
    if (define) vm.defineOwn(ref, key, u32[q + 2], u32[q + 3]);
    else vm.setProp(ref, hi, key, u32[q + 2], u32[q + 3], iseq.strict);
    const after = vm.shapeOf(ref);
    // Prototype objects are left uncached: adding to them must bump the epoch.
    // Only a plain writable data slot of the receiver itself is cached (not a setter call, not a refused write).
    const i = after.lookup(key);
    if (i >= 0 && after.plainData(i) && !after.isDictionary && !before.isDictionary && !(vm.u8[ref + L.HDR_FLAGS] & 1) && (after === before || (after.parent === before && epoch === vm.protoEpoch))) {
      t[k + IC.SHAPE] = before.id;
      t[k + IC.AUX] = after === before ? 0 : after.id;
      t[k + IC.OFFSET] = slotOffset(vm, ref, i);
      t[k + IC.FIELD] = after.field(i);
      t[k + IC.ADD_EPOCH] = epoch;
    }
    return;
  }
  const key = vm.str(keyRef);
  if (define) vm.defineOwn(ref, key, u32[q + 2], u32[q + 3]);
  else vm.setProp(ref, hi, key, u32[q + 2], u32[q + 3], iseq.strict);
}

/** Byte offset (inline) or -(1 + index) (out of line) of slot i of ref. */
function slotOffset(vm: VM, ref: number, i: number): number {
  const shape = vm.shapeOf(ref);
  if (i < shape.inlineCapacity) return (vm.u8[ref] === L.K_FUNCTION ? L.FN_INLINE : L.OBJ_INLINE) + 8 * i;
  return -1 - (i - shape.inlineCapacity);
}

/** deleteprop: obj at q becomes true/false. */
export function deletePropOp(vm: VM, q: number, key: PropKey, strict: boolean): void {
  const u32 = vm.u32;
  const ok = vm.deleteProperty(u32[q], u32[q + 1], key, strict);
  u32[q] = ok ? 1 : 0;
  u32[q + 1] = L.TAG_BOOL;
}

/** deleteelem: [obj, key] at q becomes true/false at q. */
export function deleteElemOp(vm: VM, q: number, strict: boolean): void {
  const u32 = vm.u32;
  const hi = u32[q + 1];
  if (hi === L.TAG_UNDEF || hi === L.TAG_NULL) vm.throwError('TypeError', 'Cannot convert undefined or null to object');
  const key = vm.toPropertyKey(u32[q + 2], u32[q + 3]);
  deletePropOp(vm, q, key, strict);
}

/**
 * defineaccessor: [target, key, fn] at q -> [target]. kind bit 0: setter
 * (else getter); bit 1: the target is a class and the accessor goes on its
 * prototype; bit 2: non-enumerable (class members). The other half of an
 * existing accessor of that name is kept.
 */
export function defineAccessorOp(vm: VM, q: number, kind: number): void {
  const u32 = vm.u32;
  let target = u32[q];
  if (kind & 2) {
    vm.getProp(target, L.TAG_FUNCTION, 'prototype');
    target = vm.rlo;
  }
  const key = vm.toPropertyKey(u32[q + 2], u32[q + 3]);
  const fn = u32[q + 4];
  u32[(fn + L.FN_HOME) >>> 2] = target;
  let glo = 0;
  let ghi = L.TAG_UNDEF;
  let slo = 0;
  let shi = L.TAG_UNDEF;
  const shape = vm.shapeOf(target);
  const i = shape.lookup(key);
  if (i >= 0 && shape.attrs[i] & ATTR_ACCESSOR) {
    const pq = vm.slotQ(target, shape, i);
    vm.accessorPart(pq, 0);
    glo = vm.rlo;
    ghi = vm.rhi;
    vm.accessorPart(pq, 1);
    slo = vm.rlo;
    shi = vm.rhi;
  }
  if (kind & 1) {
    slo = fn;
    shi = L.TAG_FUNCTION;
  } else {
    glo = fn;
    ghi = L.TAG_FUNCTION;
  }
  // target (held by the class on the stack, or on the stack itself), fn and the old pair stay reachable across the allocation.
  const pair = vm.newAccessorPair(glo, ghi, slo, shi);
  vm.defineAccessor(target, key, pair, kind & 4 ? ATTR_HIDDEN : 0);
}

/** defineclass: the value at q is the superclass (or the hole); it is replaced by the new class. */
function defineClass(vm: VM, q: number, iseqId: number, env: number, name: string): void {
  const u32 = vm.u32;
  const shi = u32[q + 1];
  const slo = u32[q];
  let protoParent = vm.objectProto;
  let ctorParent = vm.functionProto;
  let flags = L.FNF_CLASS;
  if (shi !== L.TAG_HOLE) {
    flags |= L.FNF_DERIVED;
    if (shi === L.TAG_NULL) {
      protoParent = 0;
    } else if (shi === L.TAG_FUNCTION && vm.isConstructor(slo)) {
      vm.getProp(slo, shi, 'prototype');
      if (vm.rhi === L.TAG_NULL) protoParent = 0;
      else if (vm.rhi >= L.TAG_HEAP && vm.rhi !== L.TAG_STRING) protoParent = vm.rlo;
      else vm.throwError('TypeError', `Class extends value does not have valid prototype property ${vm.toStr(vm.rlo, vm.rhi)}`);
      ctorParent = slo;
    } else {
      vm.throwError('TypeError', `Class extends value ${vm.toStr(slo, shi)} is not a constructor or null`);
    }
  }
  const mark = vm.handleMark();
  const proto = vm.newObject(protoParent);
  vm.protect(proto, L.TAG_OBJECT);
  const ctor = vm.newFunction(iseqId, env, flags);
  vm.protect(ctor, L.TAG_FUNCTION);
  if (ctorParent !== vm.functionProto) u32[(ctor + L.OBJ_SHAPE) >>> 2] = vm.rootShape(ctorParent, 4).id;
  u32[(ctor + L.FN_HOME) >>> 2] = proto;
  vm.addProperty(proto, 'constructor', ctor, L.TAG_FUNCTION, ATTR_HIDDEN);
  vm.addProperty(ctor, 'prototype', proto, L.TAG_OBJECT, ATTR_HIDDEN);
  if (name && vm.iseqs[iseqId].name !== name) {
    vm.retString(name);
    vm.addProperty(ctor, 'name', vm.rlo, vm.rhi, ATTR_HIDDEN);
  }
  vm.releaseHandles(mark);
  u32[q] = ctor;
  u32[q + 1] = L.TAG_FUNCTION;
}

/** definemethod: [class, fn] at q; kind 0 prototype method, 1 static, 2 instance-field initialiser, 3 static initialiser (run now). */
function defineMethod(vm: VM, q: number, name: PropKey, kind: number): void {
  const u32 = vm.u32;
  const cls = u32[q];
  const fn = u32[q + 2];
  let target = cls;
  if (kind === 0 || kind === 2) {
    vm.getProp(cls, L.TAG_FUNCTION, 'prototype');
    target = vm.rlo;
  }
  u32[(fn + L.FN_HOME) >>> 2] = target;
  if (kind === 0 || kind === 1) vm.defineOwn(target, name, fn, L.TAG_FUNCTION, ATTR_HIDDEN);
  else if (kind === 2) u32[(cls + L.FN_FIELDS) >>> 2] = fn;
  else {
    vm.sp = q + 4;
    vm.callFunction(fn, L.TAG_FUNCTION, cls, L.TAG_FUNCTION, []);
  }
}

/**
 * sendspread/newspread: replaces the argument array on top of the stack at
 * q-index sp by its elements (holes as undefined); returns argc and sets
 * vm.sp past them.
 */
export function spreadArguments(vm: VM, sp: number): number {
  const u32 = vm.u32;
  const arr = u32[sp - 2];
  const argc = vm.arrayLength(arr);
  const base = sp - 2;
  if (base + 2 * argc + 64 >= vm.stackLimit) vm.throwError('RangeError', 'Maximum call stack size exceeded');
  const eq = argc > 0 ? vm.elementQ(arr, 0) : 0;
  for (let i = 0; i < argc; i++) {
    const hi = u32[eq + 2 * i + 1];
    u32[base + 2 * i] = hi === L.TAG_HOLE ? 0 : u32[eq + 2 * i];
    u32[base + 2 * i + 1] = hi === L.TAG_HOLE ? L.TAG_UNDEF : hi;
  }
  vm.sp = base + 2 * argc;
  return argc;
}
