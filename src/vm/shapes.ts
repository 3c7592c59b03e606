// Hidden classes ("shapes"). An object stores a shape id; the shape gives its
// prototype, its inline slot capacity and the ordered property → slot map.
// Adding a property moves an object along a transition to a child shape, so
// objects built the same way share shapes, and a shape guard plus a fixed
// slot offset is all a property access needs (interpreter ICs, JIT).

/** Objects with more properties than this switch to a private dictionary shape. */
export const MAX_SHARED_PROPS = 64;

/** Property attribute bit: skipped by Object.keys, console.log, JSON.stringify. */
export const ATTR_HIDDEN = 1;

export class Shape {
  /** Property name → slot index (own properties only). */
  readonly index: Map<string, number>;
  /** Ordered property names. */
  readonly keys: string[];
  readonly attrs: number[];
  readonly transitions = new Map<string, Shape>();
  /** Bumped when this shape is a prototype's shape and changes (dictionary objects only). */
  constructor(
    readonly id: number,
    /** Prototype object reference (0 = null). */
    readonly proto: number,
    readonly inlineCapacity: number,
    readonly parent: Shape | null,
    keys: string[],
    attrs: number[],
    /** A dictionary shape belongs to one object and is mutated in place. */
    readonly isDictionary: boolean,
  ) {
    this.keys = keys;
    this.attrs = attrs;
    this.index = new Map(keys.map((k, i) => [k, i]));
  }

  get propertyCount(): number {
    return this.keys.length;
  }

  lookup(key: string): number {
    const i = this.index.get(key);
    return i === undefined ? -1 : i;
  }
}

export class ShapeTable {
  readonly shapes: Shape[] = [];
  private freeIds: number[] = [];
  /** Dictionary shapes in use (each belongs to one live object). */
  dictionaryCount = 0;
  /** Root shape per (prototype, inline capacity). */
  private roots = new Map<number, Shape>();

  constructor() {
    // Shape id 0 is never used, so a zero shape field means "no shape".
    this.shapes.push(new Shape(0, 0, 0, null, [], [], false));
  }

  private make(proto: number, cap: number, parent: Shape | null, keys: string[], attrs: number[], dict: boolean): Shape {
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
  addProperty(shape: Shape, key: string, attrs = 0): Shape {
    if (shape.isDictionary) {
      shape.index.set(key, shape.keys.length);
      shape.keys.push(key);
      shape.attrs.push(attrs);
      return shape;
    }
    const tkey = attrs ? `${attrs}:${key}` : key;
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
