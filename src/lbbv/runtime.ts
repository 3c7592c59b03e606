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
import type { VM } from '../vm/vm';

/** Instructions runtimeCall() implements. */
export const RUNTIME_OPS: ReadonlySet<number> = new Set([
  Op.getprop, Op.getmethod, Op.setprop, Op.opt_aref, Op.opt_aset, Op.opt_length,
  Op.opt_plus, Op.opt_eq, Op.opt_neq, Op.opt_stricteq, Op.opt_strictneq, Op.tostring, Op.concatstrings, Op.send, Op.new,
  Op.initprop, Op.newarray, Op.copyenv, Op.newregexp,
  Op.forin_start, Op.forin_next, Op.forin_key, Op.opt_in,
  Op.getarg, Op.createarguments, Op.arrayhas,
  Op.deleteprop, Op.deleteelem, Op.defineaccessor,
  Op.coercethis, Op.getglobal, Op.getglobalsoft, Op.setglobal, Op.setglobalstrict,
]);

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
    default:
      throw new Error(`lbbv: no runtime call for opcode ${code[pc]}`);
  }
}
