// Hidden classes ("shapes"). An object stores a shape id; the shape gives its
// prototype, its inline slot capacity and the ordered property → slot map.
// Adding a property moves an object along a transition to a child shape, so
// objects built the same way share shapes, and a shape guard plus a fixed
// slot offset is all a property access needs (interpreter ICs, JIT).

/** Objects with more properties than this switch to a private dictionary shape. */
export const MAX_SHARED_PROPS = 64;

// Property attributes, one small bit set per slot (Shape.attrs). 0 is an
// ordinary assignment-made property: writable, enumerable, configurable, data.
/** Not enumerable: skipped by Object.keys, for-in, console.log, JSON.stringify. */
export const ATTR_HIDDEN = 1;
/** Not writable (data properties only). */
export const ATTR_READONLY = 2;
/** Not configurable: cannot be deleted or redefined. */
export const ATTR_DONTDELETE = 4;
/**
 * An accessor property: the slot holds an internal ARRAY cell of two
 * elements [getter, setter] (undefined where absent), never a JS value.
 * No cache, inline or compiled load may treat such a slot as data.
 */
export const ATTR_ACCESSOR = 8;
/** Attributes that make a slot something other than a plain writable data slot. */
export const ATTR_SPECIAL = ATTR_READONLY | ATTR_ACCESSOR;

// Field types. Every slot of a shared (non-dictionary) shape records the
// kinds of value stored in it by any object of that shape: a "field code",
// which is the value's tag word for the one-tag kinds (TAG_INT, TAG_BOOL,
// TAG_UNDEF, TAG_NULL, TAG_STRING, TAG_OBJECT, TAG_ARRAY, TAG_FUNCTION),
// FIELD_DOUBLE for doubles, FIELD_NONE before the first store, FIELD_ANY
// once two kinds met. Field types only ever widen, and a shape's field type
// covers its transitions' (an object keeps its slot values when it moves to
// a child shape), so a generalisation flows down the transition tree. The
// JIT loads a field of a known shape with the field's type and records the
// assumption; ShapeTable.onGeneralize tells it when one breaks.

/** Field code: no store seen yet. */
export const FIELD_NONE = 2;
/** Field code: doubles. */
export const FIELD_DOUBLE = 1;
/** Field code: more than one kind of value (nothing known). */
export const FIELD_ANY = 0;

/** The field code of a value with tag word `hi`. */
export function fieldCode(hi: number): number {
  return hi < 0xfff90000 ? FIELD_DOUBLE : hi;
}

/**
 * A property key: a host string, or for a Symbol-keyed property the host
 * `symbol` that stands for the VM symbol (vm.symbols[id].key). Keeping the
 * two kinds distinct host-side means no string can ever collide with a symbol.
 */
export type PropKey = string | symbol;

/** Transition keys of symbol keys with attributes (a (symbol, attrs) pair needs one host key). */
const symAttrKeys = new Map<symbol, Map<number, symbol>>();
function attrTransitionKey(key: PropKey, attrs: number): PropKey {
  if (typeof key === 'string') return `${attrs}:${key}`;
  let m = symAttrKeys.get(key);
  if (!m) symAttrKeys.set(key, (m = new Map()));
  let k = m.get(attrs);
  if (!k) m.set(attrs, (k = Symbol()));
  return k;
}

export class Shape {
  /** Property name → slot index (own properties only). */
  readonly index: Map<PropKey, number>;
  /** Ordered property names. */
  readonly keys: PropKey[];
  readonly attrs: number[];
  /** Field code per slot (see FIELD_NONE); all FIELD_ANY for dictionary shapes. */
  readonly fields: number[];
  readonly transitions = new Map<PropKey, Shape>();
  /** for...in: a pinned ARRAY of this shape's own enumerable keys (src/vm/forin.ts), 0 until first needed. Shared shapes only. */
  enumCache = 0;
  /** Bumped when this shape is a prototype's shape and changes (dictionary objects only). */
  /** False once Object.preventExtensions/seal/freeze ran (dictionary shapes only). */
  extensible = true;
  constructor(
    readonly id: number,
    /** Prototype object reference (0 = null). */
    readonly proto: number,
    readonly inlineCapacity: number,
    readonly parent: Shape | null,
    keys: PropKey[],
    attrs: number[],
    /** A dictionary shape belongs to one object and is mutated in place. */
    readonly isDictionary: boolean,
  ) {
    this.keys = keys;
    this.attrs = attrs;
    this.index = new Map(keys.map((k, i) => [k, i]));
    this.fields = isDictionary ? [] : (parent ? [...parent.fields, FIELD_NONE] : keys.map(() => FIELD_NONE));
  }

  get propertyCount(): number {
    return this.keys.length;
  }

  lookup(key: PropKey): number {
    const i = this.index.get(key);
    return i === undefined ? -1 : i;
  }

  /** True when slot i is a plain writable data slot (what caches and compiled stores may use). */
  plainData(i: number): boolean {
    return (this.attrs[i] & ATTR_SPECIAL) === 0;
  }

  /** Rebuilds the key → slot map (dictionary shapes, after a removal). */
  reindex(): void {
    this.index.clear();
    this.keys.forEach((k, i) => this.index.set(k, i));
  }

  /** The field code of slot i (FIELD_ANY for dictionary shapes). */
  field(i: number): number {
    return this.isDictionary ? FIELD_ANY : this.fields[i];
  }
}

export class ShapeTable {
  readonly shapes: Shape[] = [];
  private freeIds: number[] = [];
  /** Dictionary shapes in use (each belongs to one live object). */
  dictionaryCount = 0;
  /** Root shape per (prototype, inline capacity). */
  private roots = new Map<number, Shape>();
  /** Called for each (shape, slot) whose field type changed (the JIT invalidates code that relied on it). */
  onGeneralize: ((shape: Shape, slot: number) => void) | null = null;
  /** Number of field types widened from a known kind (for --stats). */
  generalizeCount = 0;

  constructor() {
    // Shape id 0 is never used, so a zero shape field means "no shape".
    this.shapes.push(new Shape(0, 0, 0, null, [], [], false));
  }

  private make(proto: number, cap: number, parent: Shape | null, keys: PropKey[], attrs: number[], dict: boolean): Shape {
    const id = this.freeIds.length > 0 ? this.freeIds.pop()! : this.shapes.length;
    const s = new Shape(id, proto, cap, parent, keys, attrs, dict);
    this.shapes[id] = s;
    if (dict) this.dictionaryCount++;
    return s;
  }

  root(proto: number, inlineCapacity: number): Shape {
    const key = proto * 64 + inlineCapacity;
    let s = this.roots.get(key);
    if (!s) {
      s = this.make(proto, inlineCapacity, null, [], [], false);
      this.roots.set(key, s);
    }
    return s;
  }

  /** The shape after adding `key`; a dictionary shape is extended in place. */
  addProperty(shape: Shape, key: PropKey, attrs = 0): Shape {
    if (shape.isDictionary) {
      shape.index.set(key, shape.keys.length);
      shape.keys.push(key);
      shape.attrs.push(attrs);
      return shape;
    }
    const tkey = attrs ? attrTransitionKey(key, attrs) : key;
    let next = shape.transitions.get(tkey);
    if (!next) {
      if (shape.keys.length >= MAX_SHARED_PROPS) {
        return this.make(shape.proto, shape.inlineCapacity, null, [...shape.keys, key], [...shape.attrs, attrs], true);
      }
      next = this.make(shape.proto, shape.inlineCapacity, shape, [...shape.keys, key], [...shape.attrs, attrs], false);
      shape.transitions.set(tkey, next);
    }
    return next;
  }

  /**
   * Records a store of a value with tag word `hi` into slot i of an object
   * of this shape: widens the field type (and its transitions') if needed.
   */
  noteStore(shape: Shape, i: number, hi: number): void {
    if (shape.isDictionary) return;
    const have = shape.fields[i];
    if (have === FIELD_ANY) return;
    const code = fieldCode(hi);
    if (have !== code) this.widen(shape, i, have === FIELD_NONE ? code : FIELD_ANY);
  }

  private widen(shape: Shape, i: number, code: number): void {
    const have = shape.fields[i];
    if (have === code || have === FIELD_ANY) return;
    const next = have === FIELD_NONE ? code : FIELD_ANY;
    shape.fields[i] = next;
    if (have !== FIELD_NONE) this.generalizeCount++;
    if (this.onGeneralize) this.onGeneralize(shape, i);
    for (const child of shape.transitions.values()) {
      if (!child.isDictionary) this.widen(child, i, next);
    }
  }

  /**
   * A private dictionary copy of a shape (same prototype, slots and
   * attributes), for an object whose properties are about to be removed or
   * reconfigured: from then on its shape is changed in place.
   */
  toDictionary(shape: Shape, proto = shape.proto): Shape {
    const d = this.make(proto, shape.inlineCapacity, null, [...shape.keys], [...shape.attrs], true);
    d.extensible = shape.extensible;
    return d;
  }

  /** The same properties over a different prototype (used when a prototype is replaced). */
  withProto(shape: Shape, proto: number): Shape {
    let s = this.root(proto, shape.inlineCapacity);
    shape.keys.forEach((k, i) => (s = this.addProperty(s, k, shape.attrs[i])));
    return s;
  }

  /** Releases a dead object's dictionary shape. */
  release(shape: Shape): void {
    if (shape.isDictionary) {
      this.freeIds.push(shape.id);
      this.dictionaryCount--;
    }
  }

  /** Forgets root shapes whose prototype died (its address may be reused). */
  sweepRoots(isLive: (ref: number) => boolean): void {
    for (const [key, s] of this.roots) {
      if (s.proto !== 0 && !isLive(s.proto)) this.roots.delete(key);
    }
  }
}
