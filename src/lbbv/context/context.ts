// Context: what is known at the entry of a block version. It is the key a
// version is specialised on, and what a branch stub carries to its target.
//
// A Context is IMMUTABLE: every operation returns a new Context and leaves
// the receiver as it was, so a Context stored in a version, a branch or a
// ContextTable can be shared freely and never changes after it is stored.
// All of its state is seven small integers (types are packed in nibbles, see
// nibbles.ts), so a new Context is one small allocation.
//
// Temps are numbered by depth from the top of the operand stack: t0 is the
// top. Only the top MAX_TEMPS are tracked; deeper temps read as Unknown with
// a stack mapping. Canonical form, kept by every operation and checked by
// fromPacked, so that equal knowledge gives equal fields (and equal bytes):
// - the nibbles of untracked temps (depth >= min(stackSize, MAX_TEMPS)) are 0;
// - a temp mapped to self or a local keeps type nibble 0: its type is read
//   through the mapping.
import { contextDiff } from './diff';
import { formatContext } from './format';
import { MAX_CHAIN_DEPTH, MAX_LOCALS, MAX_TEMPS } from './limits';
import { MAP_CODE_COUNT, MAP_LOCAL0, MAP_SELF, MAP_STACK, mappingOfCode, type TempMapping } from './mapping';
import { dropNibbles, getNibble, keepNibbles, NIBBLES_PER_WORD, pushNibble, setNibble } from './nibbles';
import { isType, Type, typeMeet, typeName } from './types';

/** The raw fields of a Context, as read by the encoder and given to fromPacked. */
export interface PackedContext {
  /** Operand-stack depth in values. */
  readonly stackSize: number;
  /** Signed distance, in values, from the frame's sp to the JIT's sp. */
  readonly spOffset: number;
  /** Guard-chain depth, 0..MAX_CHAIN_DEPTH. */
  readonly chainDepth: number;
  /** Type of `this`. */
  readonly selfType: Type;
  /** Types of locals 0..7, local i in nibble i. */
  readonly packedLocals: number;
  /** Types of temps 0..7 (t0 = top) in nibbles; 0 for mapped temps. */
  readonly packedTempTypes: number;
  /** Mapping codes (see mapping.ts) of temps 0..7 in nibbles. */
  readonly packedTempMaps: number;
}

export class Context implements PackedContext {
  /** The context of a function's first block: empty stack, nothing known. */
  static readonly DEFAULT: Context = new Context(0, 0, 0, Type.Unknown, 0, 0, 0);

  private constructor(
    /** Operand-stack depth in values (temps above the frame's locals). */
    readonly stackSize: number,
    /** Signed distance, in values, from the frame's sp to the JIT's sp (0 if the JIT keeps them equal). */
    readonly spOffset: number,
    /** Guard-chain depth: how many failed guards led to this version (0..255). */
    readonly chainDepth: number,
    /** Type of `this` in this frame. */
    readonly selfType: Type,
    /** Types of locals 0..MAX_LOCALS-1, one nibble each (local i in nibble i). */
    readonly packedLocals: number,
    /** Own types of the top MAX_TEMPS temps (t0 in nibble 0); 0 when mapped. */
    readonly packedTempTypes: number,
    /** Mapping codes of the top MAX_TEMPS temps (t0 in nibble 0). */
    readonly packedTempMaps: number,
  ) {}

  /** A context with `stackSize` temps and nothing known (e.g. a side entry). */
  static unknown(stackSize: number, spOffset = 0): Context {
    checkStackSize(stackSize);
    checkSpOffset(spOffset);
    return new Context(stackSize, spOffset, 0, Type.Unknown, 0, 0, 0);
  }

  /** Builds a context from raw fields (the decoder); throws RangeError unless they are canonical. */
  static fromPacked(p: PackedContext): Context {
    checkStackSize(p.stackSize);
    checkSpOffset(p.spOffset);
    checkChainDepth(p.chainDepth);
    checkType(p.selfType);
    const tracked = Math.min(p.stackSize, MAX_TEMPS);
    for (let i = 0; i < NIBBLES_PER_WORD; i++) {
      checkType(getNibble(p.packedLocals, i));
      checkType(getNibble(p.packedTempTypes, i));
      const code = getNibble(p.packedTempMaps, i);
      if (code >= MAP_CODE_COUNT) throw new RangeError(`bad temp mapping code ${code}`);
      if (code !== MAP_STACK && getNibble(p.packedTempTypes, i) !== Type.Unknown) {
        throw new RangeError(`mapped temp t${i} must not carry its own type`);
      }
    }
    if (keepNibbles(p.packedTempTypes, tracked) !== p.packedTempTypes >>> 0 ||
        keepNibbles(p.packedTempMaps, tracked) !== p.packedTempMaps >>> 0) {
      throw new RangeError('facts recorded for temps beyond the stack');
    }
    return new Context(p.stackSize, p.spOffset, p.chainDepth, p.selfType,
      p.packedLocals >>> 0, p.packedTempTypes >>> 0, p.packedTempMaps >>> 0);
  }

  // ---- Reading ----

  /** Type of local i (Unknown for i >= MAX_LOCALS). */
  localType(i: number): Type {
    checkLocal(i);
    return i < MAX_LOCALS ? getNibble(this.packedLocals, i) : Type.Unknown;
  }

  /** Types of locals 0..MAX_LOCALS-1, as a fresh array. */
  get localTypes(): Type[] {
    return Array.from({ length: MAX_LOCALS }, (_, i) => getNibble(this.packedLocals, i));
  }

  /** Type of the temp `depth` values below the top (0 = top), resolved through its mapping. */
  peekType(depth: number): Type {
    this.checkDepth(depth);
    if (depth >= MAX_TEMPS) return Type.Unknown;
    return this.resolve(depth);
  }

  /** Mapping of the temp `depth` values below the top; deep temps are stack. */
  peekMapping(depth: number): TempMapping {
    this.checkDepth(depth);
    return mappingOfCode(depth >= MAX_TEMPS ? MAP_STACK : getNibble(this.packedTempMaps, depth));
  }

  // ---- Stack operations ----

  /** Pushes a plain value of type t. */
  push(t: Type): Context {
    checkType(t);
    return this.pushed(t, MAP_STACK);
  }

  /** Pushes a copy of local i: it aliases the local (untracked locals push Unknown). */
  pushLocal(i: number): Context {
    checkLocal(i);
    return i < MAX_LOCALS ? this.pushed(Type.Unknown, MAP_LOCAL0 + i) : this.pushed(Type.Unknown, MAP_STACK);
  }

  /** Pushes a copy of `this`: it aliases self. */
  pushSelf(): Context {
    return this.pushed(Type.Unknown, MAP_SELF);
  }

  /** Pops n values (throws RangeError if the stack has fewer). */
  pop(n = 1): Context {
    if (!(Number.isInteger(n) && n >= 0 && n <= this.stackSize)) {
      throw new RangeError(`cannot pop ${n} of ${this.stackSize} values`);
    }
    if (n === 0) return this;
    return new Context(this.stackSize - n, this.spOffset, this.chainDepth, this.selfType, this.packedLocals,
      dropNibbles(this.packedTempTypes, n), dropNibbles(this.packedTempMaps, n));
  }

  // ---- Learning and writing types ----

  /**
   * Records that a guard proved the temp at `depth` has type t. The result
   * is the more specific of t and what was known (learning a broader type
   * changes nothing). A temp that aliases a local or self upgrades that local
   * or self, and so every other temp aliasing it. Throws if t contradicts
   * what is known (a guard that can never pass is a codegen bug).
   */
  setTempType(depth: number, t: Type): Context {
    checkType(t);
    this.checkDepth(depth);
    if (depth >= MAX_TEMPS) return this;
    const known = this.resolve(depth);
    const learned = typeMeet(known, t);
    if (learned === null) {
      throw new Error(`t${depth} is known to be ${typeName(known)}, cannot also be ${typeName(t)}`);
    }
    if (learned === known) return this;
    const code = getNibble(this.packedTempMaps, depth);
    if (code === MAP_SELF) return this.with({ selfType: learned });
    if (code >= MAP_LOCAL0) return this.with({ packedLocals: setNibble(this.packedLocals, code - MAP_LOCAL0, learned) });
    return this.with({ packedTempTypes: setNibble(this.packedTempTypes, depth, learned) });
  }

  /**
   * Records a write of a value of type t to local i. Temps that were copies
   * of the local keep the old value, so they are first detached: they become
   * plain stack temps with the type they had.
   */
  setLocalType(i: number, t: Type): Context {
    checkLocal(i);
    checkType(t);
    if (i >= MAX_LOCALS) return this;
    const detached = this.detach((code) => code === MAP_LOCAL0 + i);
    return detached.with({ packedLocals: setNibble(detached.packedLocals, i, t) });
  }

  /** Records a new `this` of type t (e.g. after super() in a derived constructor); detaches copies of self. */
  setSelfType(t: Type): Context {
    checkType(t);
    return this.detach((code) => code === MAP_SELF).with({ selfType: t });
  }

  /** Forgets every local's type (temps that copied locals keep their types, detached). */
  clearLocalTypes(): Context {
    return this.detach((code) => code >= MAP_LOCAL0).with({ packedLocals: 0 });
  }

  // ---- Whole-context operations ----

  /** Same stack size and spOffset, nothing known, chain depth 0: the version-cap fallback. */
  generic(): Context {
    return new Context(this.stackSize, this.spOffset, 0, Type.Unknown, 0, 0, 0);
  }

  /** This context with guard-chain depth d (0..MAX_CHAIN_DEPTH). */
  withChainDepth(d: number): Context {
    checkChainDepth(d);
    return this.with({ chainDepth: d });
  }

  /** This context with spOffset o (e.g. 0 after the JIT wrote sp back). */
  withSpOffset(o: number): Context {
    checkSpOffset(o);
    return this.with({ spOffset: o });
  }

  /** True if both contexts record exactly the same knowledge. */
  equals(other: Context): boolean {
    return this.stackSize === other.stackSize && this.spOffset === other.spOffset &&
      this.chainDepth === other.chainDepth && this.selfType === other.selfType &&
      this.packedLocals === other.packedLocals && this.packedTempTypes === other.packedTempTypes &&
      this.packedTempMaps === other.packedTempMaps;
  }

  /** Cost of running code compiled for dst with src's knowledge; INCOMPATIBLE if unsound (see diff.ts). */
  static diff(src: Context, dst: Context): number {
    return contextDiff(src, dst);
  }

  /** The types src knows and dst does not (diff without the cost of dropped aliases); INCOMPATIBLE as diff. */
  static typeLoss(src: Context, dst: Context): number {
    return contextDiff(src, dst, 0);
  }

  /** e.g. "[sp=3 self=object l0=int32 l1=? | t0=int32(l0) t1=double]", for --disasm. */
  toString(): string {
    return formatContext(this);
  }

  // ---- Internals ----

  /** Type of tracked temp `depth` through its mapping. */
  private resolve(depth: number): Type {
    const code = getNibble(this.packedTempMaps, depth);
    if (code === MAP_STACK) return getNibble(this.packedTempTypes, depth);
    if (code === MAP_SELF) return this.selfType;
    return getNibble(this.packedLocals, code - MAP_LOCAL0);
  }

  /** A copy with one more temp on top (own type t, mapping code). */
  private pushed(t: Type, code: number): Context {
    checkStackSize(this.stackSize + 1);
    return new Context(this.stackSize + 1, this.spOffset, this.chainDepth, this.selfType, this.packedLocals,
      pushNibble(this.packedTempTypes, t), pushNibble(this.packedTempMaps, code));
  }

  /** Turns tracked temps whose mapping code matches into plain temps with their current type. */
  private detach(matches: (code: number) => boolean): Context {
    let types = this.packedTempTypes;
    let maps = this.packedTempMaps;
    const tracked = Math.min(this.stackSize, MAX_TEMPS);
    for (let d = 0; d < tracked; d++) {
      const code = getNibble(maps, d);
      if (code === MAP_STACK || !matches(code)) continue;
      types = setNibble(types, d, this.resolve(d));
      maps = setNibble(maps, d, MAP_STACK);
    }
    return maps === this.packedTempMaps ? this : this.with({ packedTempTypes: types, packedTempMaps: maps });
  }

  /** A copy with some fields replaced (callers keep the canonical form). */
  private with(f: Partial<PackedContext>): Context {
    return new Context(f.stackSize ?? this.stackSize, f.spOffset ?? this.spOffset, f.chainDepth ?? this.chainDepth,
      f.selfType ?? this.selfType, f.packedLocals ?? this.packedLocals,
      f.packedTempTypes ?? this.packedTempTypes, f.packedTempMaps ?? this.packedTempMaps);
  }

  /** Throws RangeError unless 0 <= depth < stackSize. */
  private checkDepth(depth: number): void {
    if (!(Number.isInteger(depth) && depth >= 0 && depth < this.stackSize)) {
      throw new RangeError(`no temp at depth ${depth} (stack size ${this.stackSize})`);
    }
  }
}

// ---- Argument checks: bad input is a JIT bug, so fail loudly and early ----

function checkType(t: number): void {
  if (!isType(t)) throw new RangeError(`bad type ${t}`);
}

function checkLocal(i: number): void {
  if (!(Number.isInteger(i) && i >= 0)) throw new RangeError(`bad local index ${i}`);
}

function checkStackSize(n: number): void {
  if (!(Number.isInteger(n) && n >= 0 && n <= 0x7fffffff)) throw new RangeError(`bad stack size ${n}`);
}

function checkSpOffset(o: number): void {
  if (!(Number.isInteger(o) && o >= -0x80000000 && o <= 0x7fffffff)) throw new RangeError(`bad sp offset ${o}`);
}

function checkChainDepth(d: number): void {
  if (!(Number.isInteger(d) && d >= 0 && d <= MAX_CHAIN_DEPTH)) throw new RangeError(`bad chain depth ${d}`);
}
