// Slow paths machine code calls instead of exiting: when an instruction's
// operands are not what the fast path handles (a string +, a method on a
// string, a built-in call), the generated code calls
// lbbv_callback(Callback.Runtime, fp, pc, stack size) and this module performs the
// instruction on the VM stack with the interpreter's own runtime functions,
// then machine code continues after it with the results' types unknown.
// The VM registers are set first, so the collector sees the whole stack and
// an exception unwinds from this instruction. Allocation is inline in
// machine code (gen.ts); the cases here are the ones it leaves out.

import { Op } from '../bytecode/opnums';
import { L } from '../vm/layout';
import { defineAccessorOp, deleteElemOp, deletePropOp, objectGet } from '../vm/interpreter';
import { globalObjectGet, globalObjectSet, noteImplicitGlobal, sloppyThis } from '../vm/wrappers';
import { forInKey, forInNext, forInStart, inOperator, objectHasCached } from '../vm/forin';
import { copyDataProperties, destructureError, getPrivate, hasPrivate, initPrivate, newPrivateName, setPrivate, templateObject } from '../vm/modern';
import type { VM } from '../vm/vm';
import { iterClose, iterOpen, iterRest, iterStep, spreadInto } from '../vm/iteration';
import { spreadArguments } from '../vm/interpreter';

/** Instructions runtimeCall() implements. */
export const RUNTIME_OPS: ReadonlySet<number> = new Set([
  Op.getprop, Op.getmethod, Op.setprop, Op.opt_aref, Op.opt_aset, Op.opt_length,
  Op.opt_plus, Op.opt_eq, Op.opt_neq, Op.opt_stricteq, Op.opt_strictneq, Op.tostring, Op.concatstrings, Op.send, Op.new,
  Op.initprop, Op.newarray, Op.copyenv, Op.newregexp,
  Op.forin_start, Op.forin_next, Op.forin_key, Op.opt_in,
  Op.getarg, Op.createarguments, Op.arrayhas,
  Op.deleteprop, Op.deleteelem, Op.defineaccessor,
  Op.coercethis, Op.getglobal, Op.getglobalsoft, Op.setglobal, Op.setglobalstrict,
  // Numbers of any representation and other operands (ToNumber/ToInt32 may call valueOf): the
  // generic paths the exit-storm policy (storm.ts) and the outlined out-of-range paths fall back to.
  Op.opt_minus, Op.opt_mult, Op.opt_div, Op.opt_mod, Op.opt_neg, Op.opt_inc, Op.opt_dec, Op.opt_tonumber,
  Op.opt_and, Op.opt_or, Op.opt_xor, Op.opt_shl, Op.opt_sar, Op.opt_shr, Op.opt_bitnot,
  Op.opt_lt, Op.opt_le, Op.opt_gt, Op.opt_ge, Op.opt_typeof, Op.opt_instanceof,
  Op.getsuperprop, Op.getsupermethod, Op.invokesuper, Op.invokesuperspread,
  Op.checkdestructure, Op.copydataprops, Op.gettemplateobject,
  Op.newprivatename, Op.initprivate, Op.initprivateaccessor, Op.getprivate, Op.setprivate, Op.hasprivate,
  Op.iter_open, Op.iter_next, Op.iter_close, Op.iter_rest, Op.spreadappend, Op.sendspread, Op.newspread,
]);

/** ToNumber of the value at q (the VM registers are set: it may call valueOf). */
function numberAt(vm: VM, q: number): number {
  const hi = vm.u32[q + 1];
  if (hi === L.TAG_INT) return vm.i32[q];
  if (hi < L.TAG_BASE) return vm.f64[q >>> 1];
  return vm.toNumber(vm.u32[q], hi);
}

/** ToInt32 of the value at q. */
function int32At(vm: VM, q: number): number {
  return vm.u32[q + 1] === L.TAG_INT ? vm.i32[q] : numberAt(vm, q) | 0;
}

/** runtimeCall results: continue after the instruction, or exit to the interpreter at vm.fp/pc/sp. */
export const RUNTIME_CONTINUE = 0;
export const RUNTIME_EXIT = 1;

/** Performs the instruction at pc for the frame at fpBytes whose operand stack holds stackSize values. */
export function runtimeCall(vm: VM, fpBytes: number, pc: number, stackSize: number): number {
  const u32 = vm.u32;
  const fp = fpBytes >>> 2;
  const iseq = vm.iseqs[u32[fp + 2]];
  const code = iseq.code;
  const sp = fp + (L.FRAME_HEADER >>> 2) + 2 * stackSize;
  vm.fp = fp;
  vm.pc = pc;
  vm.sp = sp;
  const name = (k: number): string => vm.str(iseq.consts[2 * k]);
  /** Replaces the top n values with the result registers. */
  const result = (n: number): number => {
    u32[sp - 2 * n] = vm.rlo;
    u32[sp - 2 * n + 1] = vm.rhi;
    return RUNTIME_CONTINUE;
  };
  switch (code[pc]) {
    case Op.getprop:
      vm.getProp(u32[sp - 2], u32[sp - 1], name(code[pc + 1]));
      return result(1);
    case Op.opt_length:
      vm.getProp(u32[sp - 2], u32[sp - 1], 'length');
      return result(1);
    case Op.getmethod: {
      const lo = u32[sp - 2];
      const hi = u32[sp - 1];
      vm.getProp(lo, hi, name(code[pc + 1]));
      u32[sp - 2] = vm.rlo;
      u32[sp - 1] = vm.rhi;
      u32[sp] = lo;
      u32[sp + 1] = hi;
      return RUNTIME_CONTINUE;
    }
    case Op.initprop:
      vm.defineOwn(u32[sp - 4], name(code[pc + 1]), u32[sp - 2], u32[sp - 1]);
      return RUNTIME_CONTINUE;
    case Op.newregexp:
      u32[sp] = vm.newRegExpFromSite(code[pc + 1]);
      u32[sp + 1] = L.TAG_OBJECT;
      return RUNTIME_CONTINUE;
    case Op.getarg: {
      const argc = u32[fp + 8];
      const i = u32[sp - 1] === L.TAG_INT ? u32[sp - 2] | 0 : -1;
      if (i >= 0 && i < argc) {
        const lb = fp - 2 * iseq.localCount;
        const q = i < iseq.paramCount ? lb + 2 * i : lb - 4 - 2 * argc + 2 * i;
        vm.rlo = u32[q];
        vm.rhi = u32[q + 1];
      } else vm.getArgSlow(fp, sp - 2);
      return result(1);
    }
    case Op.arrayhas: {
      // Machine code does dense arrays inline; a sparse one (vm/sparse.ts) comes here.
      const has = u32[sp - 3] === L.TAG_ARRAY && u32[sp - 1] === L.TAG_INT && (u32[sp - 2] | 0) >= 0 && vm.arrayHas(u32[sp - 4], u32[sp - 2]);
      u32[sp - 4] = has ? 1 : 0;
      u32[sp - 3] = L.TAG_BOOL;
      return RUNTIME_CONTINUE;
    }
    case Op.createarguments:
      u32[sp] = vm.createArguments(fp);
      u32[sp + 1] = L.TAG_OBJECT;
      return RUNTIME_CONTINUE;
    case Op.deleteprop:
      deletePropOp(vm, sp - 2, name(code[pc + 1]), iseq.strict);
      return RUNTIME_CONTINUE;
    case Op.deleteelem:
      deleteElemOp(vm, sp - 4, iseq.strict);
      return RUNTIME_CONTINUE;
    case Op.defineaccessor:
      defineAccessorOp(vm, sp - 6, code[pc + 1]);
      return RUNTIME_CONTINUE;
    case Op.copyenv:
      u32[fp + 3] = vm.copyEnv(u32[fp + 3]);
      return RUNTIME_CONTINUE;
    case Op.newarray: {
      const n = code[pc + 1];
      const arr = vm.newArray(n);
      if (n > 0) u32.copyWithin(vm.elementQ(arr, 0), sp - 2 * n, sp);
      u32[sp - 2 * n] = arr;
      u32[sp - 2 * n + 1] = L.TAG_ARRAY;
      return RUNTIME_CONTINUE;
    }
    case Op.setprop:
      vm.setProp(u32[sp - 4], u32[sp - 3], name(code[pc + 1]), u32[sp - 2], u32[sp - 1], iseq.strict);
      u32[sp - 4] = u32[sp - 2];
      u32[sp - 3] = u32[sp - 1];
      return RUNTIME_CONTINUE;
    case Op.opt_aref:
      // obj[string] on a plain object goes through (and fills) the lookup cache machine code probes.
      if (u32[sp - 3] === L.TAG_OBJECT && u32[sp - 1] === L.TAG_STRING) objectGet(vm, u32[sp - 4], u32[sp - 2], null, 0);
      else vm.getElem(u32[sp - 4], u32[sp - 3], u32[sp - 2], u32[sp - 1]);
      return result(2);
    case Op.opt_aset:
      vm.setElem(u32[sp - 6], u32[sp - 5], u32[sp - 4], u32[sp - 3], u32[sp - 2], u32[sp - 1], iseq.strict);
      u32[sp - 6] = u32[sp - 2];
      u32[sp - 5] = u32[sp - 1];
      return RUNTIME_CONTINUE;
    case Op.opt_plus: {
      const ahi = u32[sp - 3];
      const bhi = u32[sp - 1];
      const num = (h: number): boolean => h < L.TAG_BASE || h === L.TAG_INT;
      if (num(ahi) && num(bhi)) vm.retNumber(vm.numberAt(sp - 4) + vm.numberAt(sp - 2));
      else vm.addSlow(u32[sp - 4], ahi, u32[sp - 2], bhi);
      return result(2);
    }
    case Op.opt_eq:
    case Op.opt_neq: {
      const r = vm.looseEquals(u32[sp - 4], u32[sp - 3], u32[sp - 2], u32[sp - 1]);
      vm.retBool(code[pc] === Op.opt_eq ? r : !r);
      return result(2);
    }
    case Op.opt_stricteq:
    case Op.opt_strictneq: {
      const r = vm.strictEquals(u32[sp - 4], u32[sp - 3], u32[sp - 2], u32[sp - 1]);
      vm.retBool(code[pc] === Op.opt_stricteq ? r : !r);
      return result(2);
    }
    case Op.tostring:
      if (u32[sp - 1] !== L.TAG_STRING) {
        vm.retString(vm.toStr(u32[sp - 2], u32[sp - 1]));
        result(1);
      }
      return RUNTIME_CONTINUE;
    case Op.concatstrings: {
      const n = code[pc + 1];
      let s = '';
      for (let q = sp - 2 * n; q < sp; q += 2) s += vm.str(u32[q]);
      vm.retString(s);
      return result(n);
    }
    case Op.send:
    case Op.new: {
      // Any callee, through the interpreter's call path: a built-in runs at once.
      const argc = code[pc + 1];
      const fnQ = sp - 2 * argc - 4;
      if (code[pc] === Op.send && vm.suspendingCallee(fnQ)) {
        // A generator or async function: run its start nested (it returns at its first suspension), no exit.
        vm.invoke(fnQ, argc, false, 0);
        vm.sp = fnQ + 2;
        return RUNTIME_CONTINUE;
      }
      const nfp = vm.enterFunction(fnQ, argc, code[pc] === Op.new, 0, pc + 3, code, iseq.consts, pc + 2);
      if (nfp !== 0) {
        // A bytecode function got a frame: the interpreter runs it (machine code exits to it),
        // and the caller's continuation re-enters machine code when it returns.
        vm.fp = nfp;
        vm.pc = 0;
        return RUNTIME_EXIT;
      }
      return RUNTIME_CONTINUE;
    }
    case Op.invokesuper:
    case Op.invokesuperspread: {
      // super(...): the parent constructor with this frame's new.target, as the interpreter does it.
      let argc: number;
      let top = sp;
      if (code[pc] === Op.invokesuper) {
        argc = code[pc + 1];
        u32.copyWithin(top - 2 * argc + 4, top - 2 * argc, top);
        top += 4;
      } else {
        const arr = u32[top - 2];
        argc = vm.arrayLength(arr);
        top -= 2;
        if (top + 4 + 2 * argc >= vm.stackLimit) vm.throwError('RangeError', 'Maximum call stack size exceeded');
        for (let i = 0; i < argc; i++) {
          const q = vm.elementQ(arr, i);
          u32[top + 4 + 2 * i] = u32[q];
          u32[top + 4 + 2 * i + 1] = u32[q + 1] === L.TAG_HOLE ? L.TAG_UNDEF : u32[q + 1];
        }
        top += 4 + 2 * argc;
      }
      vm.sp = top;
      const fnQ = top - 2 * argc - 4;
      const lb = fp - 2 * iseq.localCount;
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
      if (nfp !== 0) {
        vm.fp = nfp;
        vm.pc = 0;
        return RUNTIME_EXIT;
      }
      return RUNTIME_CONTINUE;
    }
    // The iterator protocol: records in locals (src/vm/iteration.ts); gen.ts forgets their types after these.
    case Op.iter_open:
      iterOpen(vm, u32[sp - 2], u32[sp - 1], fp - 2 * iseq.localCount + 2 * code[pc + 1], name(code[pc + 2]));
      return RUNTIME_CONTINUE;
    case Op.iter_next:
      vm.retBool(iterStep(vm, fp - 2 * iseq.localCount + 2 * code[pc + 1]));
      return result(0);
    case Op.iter_close:
      iterClose(vm, fp - 2 * iseq.localCount + 2 * code[pc + 1], code[pc + 2] === 1);
      return RUNTIME_CONTINUE;
    case Op.iter_rest:
      vm.retValue(iterRest(vm, fp - 2 * iseq.localCount + 2 * code[pc + 1]), L.TAG_ARRAY);
      return result(0);
    case Op.spreadappend:
      spreadInto(vm, u32[sp - 4], u32[sp - 2], u32[sp - 1], name(code[pc + 1]));
      return RUNTIME_CONTINUE;
    case Op.sendspread:
    case Op.newspread: {
      const argc = spreadArguments(vm, sp);
      const fnQ = vm.sp - 2 * argc - 4;
      const nfp = vm.enterFunction(fnQ, argc, code[pc] === Op.newspread, 0, pc + 2, code, iseq.consts, pc + 1);
      if (nfp !== 0) {
        vm.fp = nfp;
        vm.pc = 0;
        return RUNTIME_EXIT;
      }
      return RUNTIME_CONTINUE;
    }
    case Op.forin_start:
      forInStart(vm, u32[sp - 2], u32[sp - 1], fp - 2 * iseq.localCount + 2 * code[pc + 1]);
      return RUNTIME_CONTINUE;
    case Op.forin_next:
      vm.retBool(forInNext(vm, fp - 2 * iseq.localCount + 2 * code[pc + 1]));
      return result(0);
    case Op.forin_key:
      vm.retValue(forInKey(vm, fp - 2 * iseq.localCount + 2 * code[pc + 1]), L.TAG_STRING);
      return result(0);
    case Op.opt_in:
      // A string key on a plain object goes through (and fills) the lookup cache machine code probes.
      if (u32[sp - 1] === L.TAG_OBJECT && u32[sp - 3] === L.TAG_STRING) vm.retBool(objectHasCached(vm, u32[sp - 2], u32[sp - 4]));
      else vm.retBool(inOperator(vm, u32[sp - 4], u32[sp - 3], u32[sp - 2], u32[sp - 1]));
      return result(2);
    case Op.getglobal:
    case Op.getglobalsoft: {
      // Only for an undeclared global (the slot holds the TDZ marker): a property of the global object.
      const name = vm.globalNames[code[pc + 1]];
      if (globalObjectGet(vm, name)) return result(0);
      if (code[pc] === Op.getglobal) vm.throwError('ReferenceError', `${name} is not defined`);
      vm.retUndef();
      return result(0);
    }
    case Op.setglobal: {
      const slot = code[pc + 1];
      const q = vm.globalQ(slot);
      if (u32[q + 1] !== L.TAG_TDZ || !globalObjectSet(vm, vm.globalNames[slot], u32[sp - 2], u32[sp - 1])) {
        if (u32[q + 1] === L.TAG_TDZ) noteImplicitGlobal(vm, slot);
        u32[q] = u32[sp - 2];
        u32[q + 1] = u32[sp - 1];
      }
      return RUNTIME_CONTINUE;
    }
    case Op.setglobalstrict: {
      // Only for an undeclared global: the global object's property, or a ReferenceError.
      const name = vm.str(iseq.consts[2 * code[pc + 2]]);
      if (!globalObjectSet(vm, name, u32[sp - 2], u32[sp - 1])) vm.throwError('ReferenceError', `${name} is not defined`);
      return RUNTIME_CONTINUE;
    }
    case Op.coercethis: {
      const selfQ = fp - 2 * iseq.localCount - 2;
      sloppyThis(vm, u32[selfQ], u32[selfQ + 1]);
      u32[selfQ] = vm.rlo;
      u32[selfQ + 1] = vm.rhi;
      return RUNTIME_CONTINUE;
    }
    case Op.opt_minus:
      vm.retNumber(numberAt(vm, sp - 4) - numberAt(vm, sp - 2));
      return result(2);
    case Op.opt_mult:
      vm.retNumber(numberAt(vm, sp - 4) * numberAt(vm, sp - 2));
      return result(2);
    case Op.opt_div:
      vm.retNumber(numberAt(vm, sp - 4) / numberAt(vm, sp - 2));
      return result(2);
    case Op.opt_mod:
      vm.retNumber(numberAt(vm, sp - 4) % numberAt(vm, sp - 2));
      return result(2);
    case Op.opt_neg:
      vm.retNumber(-numberAt(vm, sp - 2));
      return result(1);
    case Op.opt_inc:
    case Op.opt_dec:
      vm.retNumber(numberAt(vm, sp - 2) + (code[pc] === Op.opt_inc ? 1 : -1));
      return result(1);
    case Op.opt_tonumber:
      vm.retNumber(numberAt(vm, sp - 2));
      return result(1);
    case Op.opt_and:
    case Op.opt_or:
    case Op.opt_xor:
    case Op.opt_shl:
    case Op.opt_sar:
    case Op.opt_shr: {
      // Both operands converted, left first (either may call valueOf), as the interpreter does.
      const a = int32At(vm, sp - 4);
      const b = int32At(vm, sp - 2);
      const op = code[pc];
      const r = op === Op.opt_and ? a & b : op === Op.opt_or ? a | b : op === Op.opt_xor ? a ^ b : op === Op.opt_shl ? a << b : op === Op.opt_sar ? a >> b : a >>> b;
      vm.retNumber(r);
      return result(2);
    }
    case Op.opt_bitnot:
      vm.retNumber(~int32At(vm, sp - 2));
      return result(1);
    case Op.opt_lt:
    case Op.opt_le:
    case Op.opt_gt:
    case Op.opt_ge: {
      const op = code[pc];
      const alo = u32[sp - 4], ahi = u32[sp - 3], blo = u32[sp - 2], bhi = u32[sp - 1];
      let r: boolean;
      if (op === Op.opt_lt) r = vm.lessThan(alo, ahi, blo, bhi, true) === true;
      else if (op === Op.opt_gt) r = vm.lessThan(blo, bhi, alo, ahi, false) === true;
      else if (op === Op.opt_le) r = vm.lessThan(blo, bhi, alo, ahi, false) === false;
      else r = vm.lessThan(alo, ahi, blo, bhi, true) === false;
      vm.retBool(r);
      return result(2);
    }
    case Op.opt_typeof:
      vm.retValue(vm.typeOfRef(u32[sp - 1]), L.TAG_STRING);
      return result(1);
    case Op.opt_instanceof:
      vm.retBool(vm.instanceOf(u32[sp - 4], u32[sp - 3], u32[sp - 2], u32[sp - 1]));
      return result(2);
    case Op.getsuperprop:
    case Op.getsupermethod: {
      // As the interpreter: the home object's prototype, a getter run with the current `this`.
      const lb = fp - 2 * iseq.localCount;
      const home = u32[(u32[lb - 4] + L.FN_HOME) >>> 2];
      const key = name(code[pc + 1]);
      const proto = home === 0 ? 0 : vm.protoOf(home);
      if (proto !== 0 && vm.findProperty(proto, key)) vm.readFound(u32[lb - 2], u32[lb - 1]);
      else vm.retUndef();
      u32[sp] = vm.rlo;
      u32[sp + 1] = vm.rhi;
      if (code[pc] === Op.getsupermethod) {
        u32[sp + 2] = u32[lb - 2];
        u32[sp + 3] = u32[lb - 1];
      }
      return RUNTIME_CONTINUE;
    }
    case Op.checkdestructure:
      if (u32[sp - 1] === L.TAG_UNDEF || u32[sp - 1] === L.TAG_NULL) destructureError(vm, name(code[pc + 1]), u32[sp - 1]);
      return RUNTIME_CONTINUE;
    case Op.gettemplateobject:
      u32[sp] = templateObject(vm, code[pc + 1]);
      u32[sp + 1] = L.TAG_ARRAY;
      return RUNTIME_CONTINUE;
    case Op.newprivatename:
      u32[sp] = newPrivateName(vm, name(code[pc + 1]), name(code[pc + 2]), code[pc + 3]);
      u32[sp + 1] = L.TAG_SYMBOL;
      return RUNTIME_CONTINUE;
    case Op.initprivate:
      initPrivate(vm, sp - 6, code[pc + 1]);
      return RUNTIME_CONTINUE;
    case Op.initprivateaccessor:
      initPrivate(vm, sp - 8, 2);
      return RUNTIME_CONTINUE;
    case Op.getprivate:
      getPrivate(vm, sp - 4);
      return result(2);
    case Op.setprivate:
      setPrivate(vm, sp - 6);
      u32[sp - 6] = u32[sp - 2];
      u32[sp - 5] = u32[sp - 1];
      return RUNTIME_CONTINUE;
    case Op.hasprivate:
      vm.retBool(hasPrivate(vm, sp - 4));
      return result(2);
    case Op.copydataprops:
      copyDataProperties(vm, sp - 2 * (code[pc + 1] + 2), code[pc + 1]);
      return RUNTIME_CONTINUE;
    default:
      throw new Error(`lbbv: no runtime call for opcode ${code[pc]}`);
  }
}
