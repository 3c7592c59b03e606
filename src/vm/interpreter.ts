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
// Before anything that may allocate or throw, `vm.sp/fp/pc` are synced
// (sync()), so the collector sees the whole stack and errors get a stack trace.

import { Op } from '../bytecode/opnums';
import type { ISeq } from '../bytecode/iseq';
import { ExitSignal, Thrown } from './errors';
import { OutOfMemory } from './heap';
import * as L from './layout';
import {
  ARR_CAPACITY,
  ARR_ELEMENTS,
  ARR_LENGTH,
  ENV_DATA,
  ENV_PARENT,
  FN_FIELDS,
  FN_HOME,
  FRAME_CONSTRUCT,
  FRAME_HOST_BOUNDARY,
  GLOBALS_BASE,
  OBJ_SHAPE,
  OBJ_SLOTS,
  STR_LENGTH,
  TAG_ARRAY,
  TAG_BASE,
  TAG_BOOL,
  TAG_FUNCTION,
  TAG_HEAP,
  TAG_HOLE,
  TAG_INT,
  TAG_NULL,
  TAG_OBJECT,
  TAG_STRING,
  TAG_TDZ,
  TAG_UNDEF,
  VEC_DATA,
} from './layout';
import { ATTR_HIDDEN } from './shapes';
import { FatalError } from './errors';
import type { VM } from './vm';

const GLOBALS_Q = GLOBALS_BASE >>> 2;
const HEADER_Q = L.FRAME_HEADER >>> 2;

/** Runs from vm.fp/vm.pc until the frame marked HOST_BOUNDARY returns. */
export function run(vm: VM): void {
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

  const sync = (): void => {
    vm.sp = sp;
    vm.fp = fp;
    vm.pc = pc;
  };
  /** Switches the loop's registers to the frame at vm.fp (after a call or return). */
  const load = (): void => {
    iseq = iseqs[u32[fp + 2]];
    code = iseq.code;
    consts = iseq.consts;
    lb = fp - 2 * iseq.localCount;
  };
  const constStr = (k: number): string => vm.str(consts[2 * k]);
  const pushResult = (): void => {
    u32[sp] = vm.rlo;
    u32[sp + 1] = vm.rhi;
    sp += 2;
  };
  const pushNumber = (x: number): void => {
    if ((x | 0) === x && (x !== 0 || 1 / x > 0)) {
      i32[sp] = x;
      u32[sp + 1] = TAG_INT;
    } else {
      f64[sp >>> 1] = x;
    }
    sp += 2;
  };
  /** Number at q (int32 or double tag; caller checked). */
  const num = (q: number): number => (u32[q + 1] === TAG_INT ? i32[q] : f64[q >>> 1]);
  const isNum = (hi: number): boolean => hi < TAG_BASE || hi === TAG_INT;
  const toNum = (q: number): number => {
    const hi = u32[q + 1];
    if (hi === TAG_INT) return i32[q];
    if (hi < TAG_BASE) return f64[q >>> 1];
    sync();
    return vm.toNumber(u32[q], hi);
  };
  const toI32 = (q: number): number => {
    const hi = u32[q + 1];
    if (hi === TAG_INT) return i32[q];
    return toNum(q) | 0;
  };
  const truthy = (q: number): boolean => {
    const hi = u32[q + 1];
    if (hi === TAG_BOOL || hi === TAG_INT) return u32[q] !== 0;
    return vm.truthy(u32[q], hi);
  };
  const pushBool = (b: boolean): void => {
    u32[sp] = b ? 1 : 0;
    u32[sp + 1] = TAG_BOOL;
    sp += 2;
  };
  /** Calls the function at fnQ; returns true when a bytecode frame was entered. */
  const call = (fnQ: number, argc: number, construct: boolean, newTarget: number, next: number, nameK: number): boolean => {
    sync();
    const nfp = vm.enterFunction(fnQ, argc, construct, newTarget, next, nameK >= 0 ? constStr(nameK) : 'super');
    if (nfp === 0) {
      sp = fnQ + 2;
      pc = next;
      return false;
    }
    fp = nfp;
    sp = vm.sp;
    pc = 0;
    load();
    return true;
  };
  /** Reads the IC'd slot of ref (valid entry assumed). */
  const icSlotQ = (ref: number, off: number): number => (off >= 0 ? (ref + off) >>> 2 : ((u32[(ref + OBJ_SLOTS) >>> 2] + VEC_DATA) >>> 2) + 2 * (-1 - off));
  /** Fills a getprop IC after a slow lookup of key on the object ref. */
  const fillGetIC = (ic: number, ref: number, key: string): void => {
    const shape = vm.shapeOf(ref);
    if (shape.isDictionary) return;
    if (!vm.findProperty(ref, key)) return;
    const holder = vm.foundHolder;
    const hshape = vm.shapeOf(holder);
    if (hshape.isDictionary) return;
    iseq.icShape[ic] = shape.id;
    iseq.icAux[ic] = holder === ref ? 0 : holder;
    iseq.icOffset[ic] = slotOffset(vm, holder, vm.foundSlot);
    iseq.icEpoch[ic] = vm.protoEpoch;
  };
  /** Tries the getprop IC for the object at q; on a hit pushes... returns the slot q or -1. */
  const getIC = (ref: number, ic: number): number => {
    if (iseq.icShape[ic] !== u32[(ref + OBJ_SHAPE) >>> 2]) return -1;
    const holder = iseq.icAux[ic];
    if (holder === 0) return icSlotQ(ref, iseq.icOffset[ic]);
    if (iseq.icEpoch[ic] !== vm.protoEpoch) return -1;
    return icSlotQ(holder, iseq.icOffset[ic]);
  };
  /** obj.key = v with a write/transition IC. obj at q, value at q + 2. */
  const setPropIC = (q: number, key: string, ic: number, define: boolean): void => {
    const hi = u32[q + 1];
    const ref = u32[q];
    if (hi === TAG_OBJECT) {
      const sid = u32[(ref + OBJ_SHAPE) >>> 2];
      if (iseq.icShape[ic] === sid) {
        const aux = iseq.icAux[ic];
        const off = iseq.icOffset[ic];
        if (aux === 0 || off >= 0) {
          const d = icSlotQ(ref, off);
          u32[d] = u32[q + 2];
          u32[d + 1] = u32[q + 3];
          if (aux !== 0) u32[(ref + OBJ_SHAPE) >>> 2] = aux;
          return;
        }
      }
      const before = vm.shapeOf(ref);
      if (define) vm.defineOwn(ref, key, u32[q + 2], u32[q + 3]);
      else vm.setProp(ref, hi, key, u32[q + 2], u32[q + 3]);
      const after = vm.shapeOf(ref);
      if (!after.isDictionary && !before.isDictionary && !(vm.u8[ref + L.HDR_FLAGS] & 1)) {
        const i = after.lookup(key);
        iseq.icShape[ic] = before.id;
        iseq.icAux[ic] = after === before ? 0 : after.id;
        iseq.icOffset[ic] = slotOffset(vm, ref, i);
      }
      return;
    }
    if (define) vm.defineOwn(ref, key, u32[q + 2], u32[q + 3]);
    else vm.setProp(ref, hi, key, u32[q + 2], u32[q + 3]);
  };

  for (;;) {
    try {
      for (;;) {
        switch (code[pc]) {
          case Op.nop:
          case Op.loophint:
            pc += 1;
            break;
          case Op.putundef:
            u32[sp] = 0;
            u32[sp + 1] = TAG_UNDEF;
            sp += 2;
            pc += 1;
            break;
          case Op.putnull:
            u32[sp] = 0;
            u32[sp + 1] = TAG_NULL;
            sp += 2;
            pc += 1;
            break;
          case Op.puttrue:
            u32[sp] = 1;
            u32[sp + 1] = TAG_BOOL;
            sp += 2;
            pc += 1;
            break;
          case Op.putfalse:
            u32[sp] = 0;
            u32[sp + 1] = TAG_BOOL;
            sp += 2;
            pc += 1;
            break;
          case Op.puthole:
            u32[sp] = 0;
            u32[sp + 1] = TAG_HOLE;
            sp += 2;
            pc += 1;
            break;
          case Op.putint:
            i32[sp] = code[pc + 1];
            u32[sp + 1] = TAG_INT;
            sp += 2;
            pc += 2;
            break;
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
            if (u32[lb - 1] === TAG_TDZ) {
              sync();
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
            u32.copyWithin(sp, sp - 4, sp);
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
            u32.copyWithin(sp - 4, sp - 6, sp - 2);
            u32[sp - 6] = lo;
            u32[sp - 5] = hi;
            pc += 1;
            break;
          }
          // ---------------------------------------------------- variables
          case Op.getlocal: {
            const q = lb + 2 * code[pc + 1];
            u32[sp] = u32[q];
            u32[sp + 1] = u32[q + 1];
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
          case Op.getlocalchecked: {
            const q = lb + 2 * code[pc + 1];
            if (u32[q + 1] === TAG_TDZ) {
              sync();
              vm.throwError('ReferenceError', `Cannot access '${constStr(code[pc + 2])}' before initialization`);
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
            u32[q + 1] = TAG_TDZ;
            pc += 2;
            break;
          }
          case Op.getenv:
          case Op.getenvchecked: {
            let env = u32[fp + 3];
            for (let l = code[pc + 2]; l > 0; l--) env = u32[(env + ENV_PARENT) >>> 2];
            const q = ((env + ENV_DATA) >>> 2) + 2 * code[pc + 1];
            if (code[pc] === Op.getenvchecked) {
              if (u32[q + 1] === TAG_TDZ) {
                sync();
                vm.throwError('ReferenceError', `Cannot access '${constStr(code[pc + 3])}' before initialization`);
              }
              pc += 1;
            }
            u32[sp] = u32[q];
            u32[sp + 1] = u32[q + 1];
            sp += 2;
            pc += 3;
            break;
          }
          case Op.setenv:
          case Op.initenv: {
            let env = u32[fp + 3];
            for (let l = code[pc + 2]; l > 0; l--) env = u32[(env + ENV_PARENT) >>> 2];
            const q = ((env + ENV_DATA) >>> 2) + 2 * code[pc + 1];
            if (code[pc] === Op.setenv) {
              sp -= 2;
              u32[q] = u32[sp];
              u32[q + 1] = u32[sp + 1];
            } else {
              u32[q] = 0;
              u32[q + 1] = TAG_TDZ;
            }
            pc += 3;
            break;
          }
          case Op.getglobal: {
            const q = GLOBALS_Q + 2 * code[pc + 1];
            if (u32[q + 1] === TAG_TDZ) {
              sync();
              vm.throwError('ReferenceError', `${constStr(code[pc + 2])} is not defined`);
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
            u32[sp] = hi === TAG_TDZ ? 0 : u32[q];
            u32[sp + 1] = hi === TAG_TDZ ? TAG_UNDEF : hi;
            sp += 2;
            pc += 2;
            break;
          }
          case Op.setglobal: {
            const q = GLOBALS_Q + 2 * code[pc + 1];
            sp -= 2;
            u32[q] = u32[sp];
            u32[q + 1] = u32[sp + 1];
            pc += 2;
            break;
          }
          case Op.pushenv:
            sync();
            u32[fp + 3] = vm.newEnv(code[pc + 1], u32[fp + 3]);
            pc += 2;
            break;
          case Op.popenv:
            u32[fp + 3] = u32[(u32[fp + 3] + ENV_PARENT) >>> 2];
            pc += 1;
            break;
          case Op.copyenv:
            sync();
            u32[fp + 3] = vm.copyEnv(u32[fp + 3]);
            pc += 1;
            break;
          case Op.saveenv: {
            const q = lb + 2 * code[pc + 1];
            u32[q] = u32[fp + 3];
            u32[q + 1] = TAG_INT;
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
            sync();
            const arr = vm.newArray(n);
            if (n > 0) u32.copyWithin(vm.elementQ(arr, 0), sp - 2 * n, sp);
            sp -= 2 * n;
            u32[sp] = arr;
            u32[sp + 1] = TAG_ARRAY;
            sp += 2;
            pc += 2;
            break;
          }
          case Op.newobject:
            sync();
            u32[sp] = vm.newObject(vm.objectProto);
            u32[sp + 1] = TAG_OBJECT;
            sp += 2;
            pc += 1;
            break;
          case Op.initprop:
            sync();
            setPropIC(sp - 4, constStr(code[pc + 1]), code[pc + 2], true);
            sp -= 2;
            pc += 3;
            break;
          case Op.initelem:
            sync();
            vm.defineOwn(u32[sp - 6], vm.toPropertyKey(u32[sp - 4], u32[sp - 3]), u32[sp - 2], u32[sp - 1]);
            sp -= 4;
            pc += 1;
            break;
          case Op.getprop: {
            const hi = u32[sp - 1];
            const ic = code[pc + 2];
            if (hi === TAG_OBJECT || hi === TAG_FUNCTION) {
              const q = getIC(u32[sp - 2], ic);
              if (q >= 0) {
                u32[sp - 2] = u32[q];
                u32[sp - 1] = u32[q + 1];
                pc += 3;
                break;
              }
            }
            sync();
            const ref = u32[sp - 2];
            const key = constStr(code[pc + 1]);
            vm.getProp(ref, hi, key);
            u32[sp - 2] = vm.rlo;
            u32[sp - 1] = vm.rhi;
            if (hi === TAG_OBJECT || hi === TAG_FUNCTION) fillGetIC(ic, ref, key);
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
            if (hi === TAG_OBJECT || hi === TAG_FUNCTION || hi === TAG_ARRAY) {
              const q = getIC(ref, ic);
              if (q >= 0) {
                u32[sp - 2] = u32[q];
                u32[sp - 1] = u32[q + 1];
                sp += 2;
                pc += 3;
                break;
              }
            }
            sp += 2;
            sync();
            const key = constStr(code[pc + 1]);
            vm.getProp(ref, hi, key);
            u32[sp - 4] = vm.rlo;
            u32[sp - 3] = vm.rhi;
            if (hi === TAG_OBJECT || hi === TAG_FUNCTION || hi === TAG_ARRAY) fillGetIC(ic, ref, key);
            pc += 3;
            break;
          }
          case Op.setprop: {
            // obj v -> v
            sync();
            setPropIC(sp - 4, constStr(code[pc + 1]), code[pc + 2], false);
            u32[sp - 4] = u32[sp - 2];
            u32[sp - 3] = u32[sp - 1];
            sp -= 2;
            pc += 3;
            break;
          }
          case Op.opt_length: {
            const hi = u32[sp - 1];
            const ref = u32[sp - 2];
            if (hi === TAG_ARRAY) {
              pushNumberAt(vm, sp - 2, u32[(ref + ARR_LENGTH) >>> 2]);
            } else if (hi === TAG_STRING) {
              i32[sp - 2] = u32[(ref + STR_LENGTH) >>> 2];
              u32[sp - 1] = TAG_INT;
            } else {
              sync();
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
            if (ohi === TAG_ARRAY && u32[sp - 1] === TAG_INT) {
              const arr = u32[sp - 4];
              const i = u32[sp - 2];
              if (i < u32[(arr + ARR_LENGTH) >>> 2]) {
                const q = ((u32[(arr + ARR_ELEMENTS) >>> 2] + VEC_DATA) >>> 2) + 2 * i;
                const hi = u32[q + 1];
                if (hi !== TAG_HOLE) {
                  sp -= 2;
                  u32[sp - 2] = u32[q];
                  u32[sp - 1] = hi;
                  pc += 1;
                  break;
                }
              }
            }
            sync();
            vm.getElem(u32[sp - 4], ohi, u32[sp - 2], u32[sp - 1]);
            sp -= 2;
            u32[sp - 2] = vm.rlo;
            u32[sp - 1] = vm.rhi;
            pc += 1;
            break;
          }
          case Op.opt_aset: {
            // obj key v -> v
            const ohi = u32[sp - 5];
            if (ohi === TAG_ARRAY && u32[sp - 3] === TAG_INT) {
              const arr = u32[sp - 6];
              const i = u32[sp - 4];
              const len = u32[(arr + ARR_LENGTH) >>> 2];
              if (i < len || (i === len && i < u32[(arr + ARR_CAPACITY) >>> 2])) {
                const q = ((u32[(arr + ARR_ELEMENTS) >>> 2] + VEC_DATA) >>> 2) + 2 * i;
                u32[q] = u32[sp - 2];
                u32[q + 1] = u32[sp - 1];
                if (i === len) u32[(arr + ARR_LENGTH) >>> 2] = len + 1;
                u32[sp - 6] = u32[sp - 2];
                u32[sp - 5] = u32[sp - 1];
                sp -= 4;
                pc += 1;
                break;
              }
            }
            sync();
            vm.setElem(u32[sp - 6], ohi, u32[sp - 4], u32[sp - 3], u32[sp - 2], u32[sp - 1]);
            u32[sp - 6] = u32[sp - 2];
            u32[sp - 5] = u32[sp - 1];
            sp -= 4;
            pc += 1;
            break;
          }
          case Op.getsuperprop:
          case Op.getsupermethod: {
            sync();
            const home = u32[(u32[lb - 4] + FN_HOME) >>> 2];
            const key = constStr(code[pc + 1]);
            const proto = home === 0 ? 0 : vm.protoOf(home);
            if (proto !== 0 && vm.findProperty(proto, key)) {
              const q = vm.slotQ(vm.foundHolder, vm.shapeOf(vm.foundHolder), vm.foundSlot);
              u32[sp] = u32[q];
              u32[sp + 1] = u32[q + 1];
            } else {
              u32[sp] = 0;
              u32[sp + 1] = TAG_UNDEF;
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
            sync();
            const fn = vm.makeClosure(iseqs[code[pc + 1]], u32[fp + 3], lb - 2, u32[lb - 3] === TAG_FUNCTION ? u32[lb - 4] : 0);
            u32[sp] = fn;
            u32[sp + 1] = TAG_FUNCTION;
            sp += 2;
            pc += 2;
            break;
          }
          case Op.defineclass:
            sync();
            defineClass(vm, sp - 2, code[pc + 1], u32[fp + 3], constStr(code[pc + 2]));
            pc += 3;
            break;
          case Op.definemethod:
            sync();
            defineMethod(vm, sp - 4, constStr(code[pc + 1]), code[pc + 2]);
            sp -= 2;
            pc += 3;
            break;
          case Op.send: {
            const argc = code[pc + 1];
            call(sp - 2 * argc - 4, argc, false, 0, pc + 3, code[pc + 2]);
            break;
          }
          case Op.new: {
            const argc = code[pc + 1];
            call(sp - 2 * argc - 4, argc, true, 0, pc + 3, code[pc + 2]);
            break;
          }
          case Op.invokesuper:
          case Op.invokesuperspread: {
            sync();
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
                u32[sp + 4 + 2 * i + 1] = u32[q + 1] === TAG_HOLE ? TAG_UNDEF : u32[q + 1];
              }
              sp += 4 + 2 * argc;
            }
            const fnQ = sp - 2 * argc - 4;
            const parent = vm.protoOf(u32[lb - 4]);
            if (parent === 0 || vm.u8[parent] !== L.K_FUNCTION || !vm.isConstructor(parent)) {
              vm.throwError('TypeError', `Super constructor ${parent === 0 ? 'null' : '[object]'} of anonymous class is not a constructor`);
            }
            u32[fnQ] = parent;
            u32[fnQ + 1] = TAG_FUNCTION;
            u32[fnQ + 2] = 0;
            u32[fnQ + 3] = TAG_UNDEF;
            call(fnQ, argc, true, u32[fp + 9], pc + (code[pc] === Op.invokesuper ? 2 : 1), -1);
            break;
          }
          case Op.bindthis:
            if (u32[lb - 1] !== TAG_TDZ) {
              sync();
              vm.throwError('ReferenceError', 'Super constructor may only be called once');
            }
            u32[lb - 2] = u32[sp - 2];
            u32[lb - 1] = u32[sp - 1];
            pc += 1;
            break;
          case Op.putfieldsinit: {
            const f = u32[(u32[lb - 4] + FN_FIELDS) >>> 2];
            u32[sp] = f;
            u32[sp + 1] = f === 0 ? TAG_UNDEF : TAG_FUNCTION;
            sp += 2;
            pc += 1;
            break;
          }
          case Op.leave: {
            let lo = u32[sp - 2];
            let hi = u32[sp - 1];
            const flags = u32[fp + 5];
            if (flags & FRAME_CONSTRUCT) {
              sync();
              vm.frameResult(fp, lo, hi, iseq.localCount);
              lo = vm.rlo;
              hi = vm.rhi;
            }
            const fnQ = lb - 4;
            u32[fnQ] = lo;
            u32[fnQ + 1] = hi;
            sp = fnQ + 2;
            if (flags & FRAME_HOST_BOUNDARY) {
              vm.sp = sp;
              return;
            }
            pc = u32[fp + 1];
            fp = u32[fp] >>> 2;
            load();
            break;
          }
          case Op.throw:
            sync();
            throw new Thrown(u32[sp - 2], u32[sp - 1]);
          // ------------------------------------------------- control flow
          case Op.jump:
            pc = code[pc + 1];
            break;
          case Op.branchif:
            sp -= 2;
            pc = truthy(sp) ? code[pc + 1] : pc + 2;
            break;
          case Op.branchunless:
            sp -= 2;
            pc = truthy(sp) ? pc + 2 : code[pc + 1];
            break;
          // ---------------------------------------------------- operators
          case Op.opt_plus: {
            const ahi = u32[sp - 3],
              bhi = u32[sp - 1];
            if (ahi === TAG_INT && bhi === TAG_INT) {
              const r = i32[sp - 4] + i32[sp - 2];
              sp -= 2;
              if ((r | 0) === r) i32[sp - 2] = r;
              else f64[(sp - 2) >>> 1] = r;
            } else if (isNum(ahi) && isNum(bhi)) {
              const r = num(sp - 4) + num(sp - 2);
              sp -= 4;
              pushNumber(r);
            } else {
              sync();
              vm.addSlow(u32[sp - 4], ahi, u32[sp - 2], bhi);
              sp -= 4;
              pushResult();
            }
            pc += 1;
            break;
          }
          case Op.opt_minus: {
            const ahi = u32[sp - 3],
              bhi = u32[sp - 1];
            if (ahi === TAG_INT && bhi === TAG_INT) {
              const r = i32[sp - 4] - i32[sp - 2];
              sp -= 2;
              if ((r | 0) === r) i32[sp - 2] = r;
              else f64[(sp - 2) >>> 1] = r;
            } else {
              const r = toNum(sp - 4) - toNum(sp - 2);
              sp -= 4;
              pushNumber(r);
            }
            pc += 1;
            break;
          }
          case Op.opt_mult: {
            const r = toNum(sp - 4) * toNum(sp - 2);
            sp -= 4;
            pushNumber(r);
            pc += 1;
            break;
          }
          case Op.opt_div: {
            const r = toNum(sp - 4) / toNum(sp - 2);
            sp -= 4;
            pushNumber(r);
            pc += 1;
            break;
          }
          case Op.opt_mod: {
            if (u32[sp - 3] === TAG_INT && u32[sp - 1] === TAG_INT) {
              const a = i32[sp - 4],
                b = i32[sp - 2];
              if (a >= 0 && b > 0) {
                sp -= 2;
                i32[sp - 2] = a % b;
                pc += 1;
                break;
              }
            }
            const r = toNum(sp - 4) % toNum(sp - 2);
            sp -= 4;
            pushNumber(r);
            pc += 1;
            break;
          }
          case Op.opt_pow: {
            const r = toNum(sp - 4) ** toNum(sp - 2);
            sp -= 4;
            pushNumber(r);
            pc += 1;
            break;
          }
          case Op.opt_and: {
            const r = toI32(sp - 4) & toI32(sp - 2);
            sp -= 4;
            i32[sp] = r;
            u32[sp + 1] = TAG_INT;
            sp += 2;
            pc += 1;
            break;
          }
          case Op.opt_or: {
            const r = toI32(sp - 4) | toI32(sp - 2);
            sp -= 4;
            i32[sp] = r;
            u32[sp + 1] = TAG_INT;
            sp += 2;
            pc += 1;
            break;
          }
          case Op.opt_xor: {
            const r = toI32(sp - 4) ^ toI32(sp - 2);
            sp -= 4;
            i32[sp] = r;
            u32[sp + 1] = TAG_INT;
            sp += 2;
            pc += 1;
            break;
          }
          case Op.opt_shl: {
            const r = toI32(sp - 4) << toI32(sp - 2);
            sp -= 4;
            i32[sp] = r;
            u32[sp + 1] = TAG_INT;
            sp += 2;
            pc += 1;
            break;
          }
          case Op.opt_sar: {
            const r = toI32(sp - 4) >> toI32(sp - 2);
            sp -= 4;
            i32[sp] = r;
            u32[sp + 1] = TAG_INT;
            sp += 2;
            pc += 1;
            break;
          }
          case Op.opt_shr: {
            const r = toI32(sp - 4) >>> toI32(sp - 2);
            sp -= 4;
            pushNumber(r);
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
            if (isNum(ahi) && isNum(bhi)) {
              const a = ahi === TAG_INT ? i32[sp - 4] : f64[(sp - 4) >>> 1];
              const b = bhi === TAG_INT ? i32[sp - 2] : f64[(sp - 2) >>> 1];
              r = op === Op.opt_lt ? a < b : op === Op.opt_le ? a <= b : op === Op.opt_gt ? a > b : a >= b;
            } else {
              sync();
              const alo = u32[sp - 4],
                blo = u32[sp - 2];
              if (op === Op.opt_lt) r = vm.lessThan(alo, ahi, blo, bhi, true) === true;
              else if (op === Op.opt_gt) r = vm.lessThan(blo, bhi, alo, ahi, false) === true;
              else if (op === Op.opt_le) r = vm.lessThan(blo, bhi, alo, ahi, false) === false;
              else r = vm.lessThan(alo, ahi, blo, bhi, true) === false;
            }
            sp -= 4;
            pushBool(r);
            pc += 1;
            break;
          }
          case Op.opt_eq:
          case Op.opt_neq: {
            let r: boolean;
            if (u32[sp - 3] === TAG_INT && u32[sp - 1] === TAG_INT) r = u32[sp - 4] === u32[sp - 2];
            else {
              sync();
              r = vm.looseEquals(u32[sp - 4], u32[sp - 3], u32[sp - 2], u32[sp - 1]);
            }
            sp -= 4;
            pushBool(code[pc] === Op.opt_eq ? r : !r);
            pc += 1;
            break;
          }
          case Op.opt_stricteq:
          case Op.opt_strictneq: {
            let r: boolean;
            if (u32[sp - 3] === TAG_INT && u32[sp - 1] === TAG_INT) r = u32[sp - 4] === u32[sp - 2];
            else r = vm.strictEquals(u32[sp - 4], u32[sp - 3], u32[sp - 2], u32[sp - 1]);
            sp -= 4;
            pushBool(code[pc] === Op.opt_stricteq ? r : !r);
            pc += 1;
            break;
          }
          case Op.opt_neg: {
            const r = -toNum(sp - 2);
            sp -= 2;
            pushNumber(r);
            pc += 1;
            break;
          }
          case Op.opt_tonumber: {
            if (!isNum(u32[sp - 1])) {
              const r = toNum(sp - 2);
              sp -= 2;
              pushNumber(r);
            }
            pc += 1;
            break;
          }
          case Op.opt_bitnot: {
            const r = ~toI32(sp - 2);
            i32[sp - 2] = r;
            u32[sp - 1] = TAG_INT;
            pc += 1;
            break;
          }
          case Op.opt_not: {
            const r = !truthy(sp - 2);
            u32[sp - 2] = r ? 1 : 0;
            u32[sp - 1] = TAG_BOOL;
            pc += 1;
            break;
          }
          case Op.opt_inc:
          case Op.opt_dec: {
            const d = code[pc] === Op.opt_inc ? 1 : -1;
            if (u32[sp - 1] === TAG_INT) {
              const r = i32[sp - 2] + d;
              if ((r | 0) === r) i32[sp - 2] = r;
              else f64[(sp - 2) >>> 1] = r;
            } else {
              const r = toNum(sp - 2) + d;
              sp -= 2;
              pushNumber(r);
            }
            pc += 1;
            break;
          }
          case Op.opt_typeof: {
            const t = vm.typeOf(u32[sp - 2], u32[sp - 1]);
            u32[sp - 2] = vm.pinString(t);
            u32[sp - 1] = TAG_STRING;
            pc += 1;
            break;
          }
          case Op.opt_instanceof: {
            sync();
            const r = vm.instanceOf(u32[sp - 4], u32[sp - 3], u32[sp - 2], u32[sp - 1]);
            sp -= 4;
            pushBool(r);
            pc += 1;
            break;
          }
          case Op.tostring: {
            if (u32[sp - 1] !== TAG_STRING) {
              sync();
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
            sync();
            vm.retString(s);
            sp -= 2 * n;
            pushResult();
            pc += 2;
            break;
          }
          default:
            throw new FatalError(`bad opcode ${code[pc]} at ${iseq.name}:${pc}`);
        }
      }
    } catch (e) {
      // ------------------------------------------------------- unwinding
      let exc: Thrown;
      if (e instanceof Thrown) exc = e;
      else if (e instanceof ExitSignal || e instanceof FatalError) throw e;
      else if (e instanceof OutOfMemory) {
        sync();
        throw new FatalError(`JavaScript heap out of memory${vm.stackTrace(1)}`);
      } else if (e instanceof RangeError && /call stack/.test(e.message)) {
        // The host stack overflowed (deep native → JS nesting): a JS RangeError.
        sync();
        const err = vm.makeError('RangeError', 'Maximum call stack size exceeded');
        exc = new Thrown(err, TAG_OBJECT);
      } else throw e;
      let lookupPc = pc;
      for (;;) {
        const h = iseq.findHandler(lookupPc);
        if (h) {
          sp = fp + HEADER_Q;
          u32[sp] = exc.lo;
          u32[sp + 1] = exc.hi;
          sp += 2;
          pc = h.handler;
          break;
        }
        if (u32[fp + 5] & FRAME_HOST_BOUNDARY) {
          vm.sp = lb - 4;
          throw exc;
        }
        lookupPc = u32[fp + 1] - 1;
        fp = u32[fp] >>> 2;
        load();
        pc = lookupPc;
      }
    }
  }
}

function pushNumberAt(vm: VM, q: number, n: number): void {
  if (n <= 0x7fffffff) {
    vm.i32[q] = n;
    vm.u32[q + 1] = TAG_INT;
  } else {
    vm.f64[q >>> 1] = n;
  }
}

/** Byte offset (inline) or -(1 + index) (out of line) of slot i of ref. */
function slotOffset(vm: VM, ref: number, i: number): number {
  const shape = vm.shapeOf(ref);
  if (i < shape.inlineCapacity) return (vm.u8[ref] === L.K_FUNCTION ? L.FN_INLINE : L.OBJ_INLINE) + 8 * i;
  return -1 - (i - shape.inlineCapacity);
}

/** defineclass: the value at q is the superclass (or the hole); it is replaced by the new class. */
function defineClass(vm: VM, q: number, iseqId: number, env: number, name: string): void {
  const u32 = vm.u32;
  const shi = u32[q + 1];
  const slo = u32[q];
  let protoParent = vm.objectProto;
  let ctorParent = vm.functionProto;
  let flags = L.FNF_CLASS;
  if (shi !== TAG_HOLE) {
    flags |= L.FNF_DERIVED;
    if (shi === TAG_NULL) {
      protoParent = 0;
    } else if (shi === TAG_FUNCTION && vm.isConstructor(slo)) {
      vm.getProp(slo, shi, 'prototype');
      if (vm.rhi === TAG_NULL) protoParent = 0;
      else if (vm.rhi >= TAG_HEAP && vm.rhi !== TAG_STRING) protoParent = vm.rlo;
      else vm.throwError('TypeError', `Class extends value does not have valid prototype property ${vm.toStr(vm.rlo, vm.rhi)}`);
      ctorParent = slo;
    } else {
      vm.throwError('TypeError', `Class extends value ${vm.toStr(slo, shi)} is not a constructor or null`);
    }
  }
  const mark = vm.handleMark();
  const proto = vm.newObject(protoParent);
  vm.protect(proto, TAG_OBJECT);
  const ctor = vm.newFunction(iseqId, env, flags);
  vm.protect(ctor, TAG_FUNCTION);
  if (ctorParent !== vm.functionProto) u32[(ctor + OBJ_SHAPE) >>> 2] = vm.rootShape(ctorParent, 4).id;
  u32[(ctor + FN_HOME) >>> 2] = proto;
  vm.addProperty(proto, 'constructor', ctor, TAG_FUNCTION, ATTR_HIDDEN);
  vm.addProperty(ctor, 'prototype', proto, TAG_OBJECT, ATTR_HIDDEN);
  if (name && vm.iseqs[iseqId].name !== name) {
    vm.retString(name);
    vm.addProperty(ctor, 'name', vm.rlo, vm.rhi, ATTR_HIDDEN);
  }
  vm.releaseHandles(mark);
  u32[q] = ctor;
  u32[q + 1] = TAG_FUNCTION;
}

/** definemethod: [class, fn] at q; kind 0 prototype method, 1 static, 2 instance-field initialiser, 3 static initialiser (run now). */
function defineMethod(vm: VM, q: number, name: string, kind: number): void {
  const u32 = vm.u32;
  const cls = u32[q];
  const fn = u32[q + 2];
  let target = cls;
  if (kind === 0 || kind === 2) {
    vm.getProp(cls, TAG_FUNCTION, 'prototype');
    target = vm.rlo;
  }
  u32[(fn + FN_HOME) >>> 2] = target;
  if (kind === 0 || kind === 1) vm.defineOwn(target, name, fn, TAG_FUNCTION, ATTR_HIDDEN);
  else if (kind === 2) u32[(cls + FN_FIELDS) >>> 2] = fn;
  else {
    vm.sp = q + 4;
    vm.callFunction(fn, TAG_FUNCTION, cls, TAG_FUNCTION, []);
  }
}

export { OBJ_SHAPE };
