// An object-inspection utility built on property descriptors, the way a
// debugging helper or a schema dumper would be written.
'use strict';

function describeProperty(obj, key) {
  const d = Object.getOwnPropertyDescriptor(obj, key);
  if (!d) return null;
  const flags = [
    d.enumerable ? 'E' : '-',
    d.configurable ? 'C' : '-',
    d.hasOwnProperty('value') ? (d.writable ? 'W' : '-') : 'A',
  ].join('');
  let shown;
  if (d.hasOwnProperty('value')) {
    shown = typeof d.value === 'function' ? `[Function ${d.value.name || 'anonymous'}]` : JSON.stringify(d.value);
  } else {
    shown = `${d.get ? 'get' : ''}${d.get && d.set ? '/' : ''}${d.set ? 'set' : ''}`;
  }
  return `${flags} ${key}: ${shown}`;
}

function inspectChain(obj, depth) {
  const lines = [];
  let level = 0;
  for (let o = obj; o !== null && level < depth; o = Object.getPrototypeOf(o), level++) {
    const ctor = Object.prototype.hasOwnProperty.call(o, 'constructor') ? o.constructor.name : '';
    lines.push(`${'  '.repeat(level)}[${level}] ${ctor || '(instance)'}`);
    for (const k of Object.getOwnPropertyNames(o).sort()) {
      if (k === 'constructor') continue;
      lines.push(`${'  '.repeat(level)}  ${describeProperty(o, k)}`);
    }
  }
  return lines.join('\n');
}

class Account {
  constructor(owner, balance) {
    this.owner = owner;
    Object.defineProperty(this, 'id', { value: 'acct-' + owner.toLowerCase(), enumerable: true });
    Object.defineProperty(this, '_balance', { value: balance, writable: true });
  }
  get balance() { return this._balance; }
  set balance(v) {
    if (v < 0) throw new RangeError(`balance of ${this.owner} cannot go negative`);
    this._balance = v;
  }
  deposit(n) { this.balance += n; return this; }
  static get currency() { return 'EUR'; }
}
class Savings extends Account {
  get rate() { return 0.02; }
  accrue() { this.balance = Math.round(this.balance * (1 + this.rate) * 100) / 100; return this; }
}

const s = new Savings('Ada', 100);
s.deposit(50).accrue();
console.log(inspectChain(s, 3));
console.log(s, Object.keys(s), JSON.stringify(s));
try { s.balance = -1; } catch (e) { console.log(e.name, e.message); }
try { s.id = 'other'; } catch (e) { console.log(e.name, e.message); }
try { delete s.id; } catch (e) { console.log(e.name, e.message); }

// A diff of two objects' own properties including non-enumerable ones.
function diffProps(a, b) {
  const all = Object.getOwnPropertyNames(a).concat(Object.getOwnPropertyNames(b).filter((k) => !Object.prototype.hasOwnProperty.call(a, k)));
  const out = [];
  for (const k of all) {
    const da = describeProperty(a, k);
    const db = describeProperty(b, k);
    if (da !== db) out.push(`${k}: ${da} => ${db}`);
  }
  return out;
}
const before = { a: 1, b: 2 };
const after = Object.assign({}, before);
Object.defineProperty(after, 'b', { enumerable: false });
Object.defineProperty(after, 'c', { get() { return 3; }, enumerable: true });
delete after.a;
console.log(diffProps(before, after));

// Sealing and freezing reports.
function integrity(o) {
  return [Object.isExtensible(o) ? 'extensible' : 'fixed', Object.isSealed(o) ? 'sealed' : '', Object.isFrozen(o) ? 'frozen' : ''].filter(Boolean).join(' ');
}
const samples = [{}, Object.preventExtensions({ x: 1 }), Object.seal({ x: 1 }), Object.freeze({ x: 1 }), Object.freeze([]), []];
console.log(samples.map(integrity));
// Count property kinds across many objects (hot).
let counts = { data: 0, accessor: 0, hidden: 0 };
for (let i = 0; i < 120; i++) {
  const o = i % 2 ? new Savings('N' + i, i) : { v: i, get w() { return i; } };
  for (const k of Object.getOwnPropertyNames(o)) {
    const d = Object.getOwnPropertyDescriptor(o, k);
    if (d.hasOwnProperty('value')) counts.data++; else counts.accessor++;
    if (!d.enumerable) counts.hidden++;
  }
}
console.log(counts, Savings.currency);
