// An instruction sequence: the compiled form of one JS function (or of a
// module body, a class constructor, a field initialiser).

/** One row of the exception table: a throw at pc in [start, end) jumps to handler with an empty operand stack. */
export interface Handler {
  readonly start: number;
  readonly end: number;
  readonly handler: number;
}

export const ISEQ_ARROW = 1;
export const ISEQ_CLASS_CTOR = 2;
export const ISEQ_DERIVED = 4;
export const ISEQ_METHOD = 8;
/** The module/script top level. */
export const ISEQ_TOPLEVEL = 16;
/** A self-hosted built-in (src/vm/builtins/prelude.ts): hidden from stack traces. */
export const ISEQ_BUILTIN = 32;
/**
 * The function reads its actual arguments (`arguments`): a call with more
 * arguments than parameters moves the frame above them (FRAME_ARGS_MOVED,
 * docs/ARCHITECTURE.md §5) instead of dropping the extra ones.
 */
export const ISEQ_ARGUMENTS = 64;
/** A generator function (`function*`): its frame suspends at `yield` (docs/ARCHITECTURE.md §8). */
export const ISEQ_GENERATOR = 1 << 12;
/** An async function or arrow: its frame suspends at `await`. */
export const ISEQ_ASYNC = 1 << 13;
/** Either: the function's frame can suspend; the JIT leaves it interpreted (reason iseq_suspends). */
export const ISEQ_SUSPENDS = ISEQ_GENERATOR | ISEQ_ASYNC;

const EMPTY_I32 = new Int32Array(0);
const EMPTY_U32 = new Uint32Array(0);

/** Interpreter IC entry layout: entry k is iseq.ic[IC.WORDS * k + field] (a const enum: literals in hot code). */
export const enum IC {
  WORDS = 5,
  /** Receiver shape id the entry is valid for (0 = empty). */
  SHAPE = 0,
  /** getprop/getmethod: holder cell on the prototype chain (0 = own property). setprop/initprop: the shape after adding (0 = overwrite). */
  AUX = 1,
  /** Slot location (as int32): >= 0 a byte offset in the cell, < 0 the out-of-line slot -(1 + i). */
  OFFSET = 2,
  /** getprop/getmethod: vm.protoEpoch when a prototype-chain entry was filled. */
  EPOCH = 3,
  /** setprop/initprop (the same word as EPOCH): the field code a value must have to take the fast path (FIELD_ANY = 0: any; see vm/shapes.ts). */
  FIELD = 3,
  /**
   * setprop/initprop adds: vm.protoEpoch when the transition was cached (the
   * prototype chain then had no setter or read-only property of that name).
   */
  ADD_EPOCH = 4,
}

export class ISeq {
  // The fields the interpreter reads on every call come first, so that a call
  // to a function not run for a while touches few cache lines (V8 lays the
  // fields out in this order).
  /** Index into the VM's iseq table (stored in FUNCTION cells and frames). */
  id = -1;
  /** Words: opcode, operands, opcode, ... */
  code: Int32Array = EMPTY_I32;
  /** Constant pool as NaN-boxed words: consts[2i] = lo, consts[2i+1] = hi. */
  consts: Uint32Array = EMPTY_U32;
  /**
   * Interpreter inline caches, IC.WORDS words per ic operand (allocated by
   * the VM at registration).
   */
  ic: Uint32Array = EMPTY_U32;
  /** Frame locals, parameters first. */
  localCount = 0;
  paramCount = 0;
  /** The function's `length` when it is not paramCount (self-hosted built-ins with optional parameters); -1 otherwise. */
  declaredLength = -1;
  /** Local index that receives extra arguments as an array (…rest), or -1. */
  restIndex = -1;
  /**
   * Mapped (sloppy, simple parameter list) arguments objects: the ENV slot of
   * each parameter in the function's own ENV (-1: not mapped); null when
   * the arguments object is unmapped or never materialised.
   */
  argMap: Int32Array | null = null;
  /** Field-type key of the function ENV's slot 0 (vm.envFields), for stores through a mapped arguments object; -1 = none. */
  argFieldBase = -1;
  /** The source text the function came from and its span (Function.prototype.toString); null for none. */
  source: string | null = null;
  srcStart = 0;
  srcEnd = 0;
  /** Deepest operand stack the code can reach. */
  maxStack = 0;
  /** Per-function call counter (tiering). */
  callCount = 0;
  flags = 0;
  /** Generator and async functions: the hidden local holding the generator object (-1: none). */
  genLocal = -1;
  /** Strict-mode code ("use strict" directive, inherited by nested functions; class bodies; self-hosted built-ins). Set by the compiler. */
  strict = false;
  /** Source line and 1-based column of the instruction starting at each pc (0 elsewhere). */
  lines: Int32Array = EMPTY_I32;
  cols: Int32Array = EMPTY_I32;
  /** Host copies of the constant pool (number or string), for the disassembler. */
  constValues: (number | string)[] = [];
  handlers: Handler[] = [];
  /**
   * Per instruction index: for getenv/setenv (and variants), the VM-wide key
   * of the captured binding's field type (vm.envFields; -1 elsewhere or
   * when the compile host keeps none).
   */
  envKeys: Int32Array = EMPTY_I32;
  /** Inline-cache slots used by getprop/setprop/getmethod/opt_length. */
  icCount = 0;
  localNames: string[] = [];
  /** Loop back-edge counter (tiering: hot loops in code called once). */
  loopCount = 0;
  /** Some block of this function has machine code (the interpreter then re-enters it after calls). */
  jitted = false;
  /** Entry back-off: entries into machine code still to skip, and the current back-off length. */
  jitSkip = 0;
  jitBackoff = 0;
  /** Inline slots given to objects this function constructs (grows to fit what constructors add). */
  instanceCapacity = 4;
  // `new` caches (vm.newThis): the shared shape id of a newTarget whose own
  // slot ctorProtoSlot is 'prototype' (0 = none), and the root shape id of the
  // last instances with the heap's collection count when it was looked up.
  ctorFnShape = 0;
  ctorProtoSlot = 0;
  ctorRoot = 0;
  ctorGc = -1;
  readonly name: string;
  /** V8's inferred name of an anonymous function stored into a property (`exports.run`), for stack frames; '' otherwise. */
  inferredName = '';
  readonly file: string;
  readonly line: number;
  readonly col: number;

  constructor(name: string, file: string, line: number, col: number) {
    this.name = name;
    this.file = file;
    this.line = line;
    this.col = col;
  }

  /**
   * Innermost handler covering pc: the covering row with the latest start;
   * on a tie the row registered later (regions are registered outer first).
   */
  findHandler(pc: number): Handler | undefined {
    let best: Handler | undefined;
    for (const h of this.handlers) {
      if (pc >= h.start && pc < h.end && (!best || h.start >= best.start)) best = h;
    }
    return best;
  }

  /** Source position of the instruction at or before pc. */
  position(pc: number): { line: number; col: number } {
    for (let p = Math.min(pc, this.lines.length - 1); p >= 0; p--) {
      if (this.lines[p] > 0) return { line: this.lines[p], col: this.cols[p] };
    }
    return { line: this.line, col: this.col };
  }
}
