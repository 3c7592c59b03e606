'use strict';
// oo-bignum: arbitrary-precision integer arithmetic and an RSA-style round
// trip, written for lbbv's object-oriented benchmark set (our own code, not
// a port).
//
// Naturals are arrays of 16-bit limbs (least significant first). Limb
// products reach 2^32 - 1, so the intermediate values are doubles that are
// cut with `& 0xffff` and `>>> 16`; carries of small-factor products use
// `Math.floor(t / 65536)`. Setup generates two primes (trial division, then
// Miller-Rabin with Montgomery exponentiation), a modulus n = p*q, e = 65537
// and d = e^-1 mod (p-1)(q-1) (found without big division: d = (1 + k*phi)/e
// for the k that makes it exact). Each iteration encrypts and decrypts
// messages, checks the round trip, and computes a factorial in decimal.
const { run, Rng } = require('../yjit-bench-ports/harness');

class Natural {
  constructor(limbs) {
    this.limbs = limbs;
    this.trim();
  }
  trim() {
    const l = this.limbs;
    while (l.length > 0 && l[l.length - 1] === 0) l.pop();
    return this;
  }
  static fromNumber(n) {
    if (n < 0 || n > Number.MAX_SAFE_INTEGER || Math.floor(n) !== n) throw new RangeError('not a natural: ' + n);
    const limbs = [];
    while (n > 0) {
      limbs.push(n % 65536);
      n = Math.floor(n / 65536);
    }
    return new Natural(limbs);
  }
  static random(rng, bits) {
    const count = Math.ceil(bits / 16);
    const limbs = new Array(count);
    for (let i = 0; i < count; i++) limbs[i] = rng.nextU32() & 0xffff;
    const top = (bits - 1) % 16;
    limbs[count - 1] = (limbs[count - 1] & ((1 << (top + 1)) - 1)) | (1 << top);
    limbs[0] |= 1;
    return new Natural(limbs);
  }
  isZero() {
    return this.limbs.length === 0;
  }
  bitLength() {
    const l = this.limbs;
    if (l.length === 0) return 0;
    return (l.length - 1) * 16 + (32 - Math.clz32(l[l.length - 1]));
  }
  bit(i) {
    const limb = this.limbs[i >> 4];
    return limb === undefined ? 0 : (limb >>> (i & 15)) & 1;
  }
  compare(other) {
    const a = this.limbs;
    const b = other.limbs;
    if (a.length !== b.length) return a.length < b.length ? -1 : 1;
    for (let i = a.length - 1; i >= 0; i--) if (a[i] !== b[i]) return a[i] < b[i] ? -1 : 1;
    return 0;
  }
  add(other) {
    const a = this.limbs;
    const b = other.limbs;
    const n = Math.max(a.length, b.length);
    const r = new Array(n + 1);
    let carry = 0;
    for (let i = 0; i < n; i++) {
      const t = (i < a.length ? a[i] : 0) + (i < b.length ? b[i] : 0) + carry;
      r[i] = t & 0xffff;
      carry = t >> 16;
    }
    r[n] = carry;
    return new Natural(r);
  }
  sub(other) {
    if (this.compare(other) < 0) throw new RangeError('negative result');
    const a = this.limbs;
    const b = other.limbs;
    const r = new Array(a.length);
    let borrow = 0;
    for (let i = 0; i < a.length; i++) {
      let t = a[i] - (i < b.length ? b[i] : 0) - borrow;
      borrow = t < 0 ? 1 : 0;
      r[i] = t & 0xffff;
    }
    return new Natural(r);
  }
  mul(other) {
    const a = this.limbs;
    const b = other.limbs;
    if (a.length === 0 || b.length === 0) return new Natural([]);
    const r = new Array(a.length + b.length).fill(0);
    for (let i = 0; i < a.length; i++) {
      const ai = a[i];
      let carry = 0;
      for (let j = 0; j < b.length; j++) {
        // up to 0xffff * 0xffff + 2 * 0xffff = 2^32 - 1: a double above int32
        const t = ai * b[j] + r[i + j] + carry;
        r[i + j] = t & 0xffff;
        carry = t >>> 16;
      }
      r[i + b.length] = carry;
    }
    return new Natural(r);
  }
  mulSmall(k) {
    const a = this.limbs;
    const r = new Array(a.length + 2);
    let carry = 0;
    for (let i = 0; i < a.length; i++) {
      const t = a[i] * k + carry;
      r[i] = t & 0xffff;
      carry = Math.floor(t / 65536);
    }
    r[a.length] = carry & 0xffff;
    r[a.length + 1] = Math.floor(carry / 65536);
    return new Natural(r);
  }
  addSmall(k) {
    return this.add(Natural.fromNumber(k));
  }
  // [quotient, remainder] of a division by a small positive number
  divSmall(k) {
    const a = this.limbs;
    const q = new Array(a.length);
    let rem = 0;
    for (let i = a.length - 1; i >= 0; i--) {
      const cur = rem * 65536 + a[i];
      const d = Math.floor(cur / k);
      q[i] = d;
      rem = cur - d * k;
    }
    return [new Natural(q), rem];
  }
  shiftRight(bits) {
    const a = this.limbs;
    const whole = bits >> 4;
    const part = bits & 15;
    const r = [];
    for (let i = whole; i < a.length; i++) {
      const next = i + 1 < a.length ? a[i + 1] : 0;
      r.push(((a[i] >>> part) | (next << (16 - part))) & 0xffff);
    }
    return new Natural(r);
  }
  toDecimal() {
    if (this.isZero()) return '0';
    const groups = [];
    let x = this;
    while (!x.isZero()) {
      const qr = x.divSmall(10000);
      groups.push(qr[1]);
      x = qr[0];
    }
    let s = String(groups[groups.length - 1]);
    for (let i = groups.length - 2; i >= 0; i--) s += String(groups[i]).padStart(4, '0');
    return s;
  }
  fixed(width) {
    const out = new Array(width).fill(0);
    for (let i = 0; i < this.limbs.length; i++) out[i] = this.limbs[i];
    return out;
  }
}

// Montgomery arithmetic modulo an odd n, on fixed-width limb arrays
class Montgomery {
  constructor(n) {
    if ((n.limbs[0] & 1) === 0) throw new RangeError('Montgomery modulus must be odd');
    this.n = n;
    this.width = n.limbs.length;
    this.mod = n.fixed(this.width);
    // -n^-1 mod 2^16 by Newton's iteration (each step doubles the good bits)
    const n0 = this.mod[0];
    let inv = n0;
    for (let i = 0; i < 4; i++) inv = (inv * ((2 - ((n0 * inv) & 0xffff)) & 0xffff)) & 0xffff;
    this.nPrime = (0x10000 - inv) & 0xffff;
    // R^2 mod n with R = 2^(16 width), by doubling
    let x = Natural.fromNumber(1);
    for (let i = 0; i < 32 * this.width; i++) {
      x = x.add(x);
      if (x.compare(n) >= 0) x = x.sub(n);
    }
    this.r2 = x.fixed(this.width);
    this.products = 0;
  }
  multiply(a, b) {
    const k = this.width;
    const t = new Array(2 * k + 1).fill(0);
    for (let i = 0; i < k; i++) {
      const ai = a[i];
      let carry = 0;
      for (let j = 0; j < k; j++) {
        const v = ai * b[j] + t[i + j] + carry;
        t[i + j] = v & 0xffff;
        carry = v >>> 16;
      }
      t[i + k] = carry;
    }
    this.products++;
    return this.reduce(t);
  }
  reduce(t) {
    const k = this.width;
    const n = this.mod;
    for (let i = 0; i < k; i++) {
      const m = (t[i] * this.nPrime) & 0xffff;
      let carry = 0;
      for (let j = 0; j < k; j++) {
        const v = m * n[j] + t[i + j] + carry;
        t[i + j] = v & 0xffff;
        carry = v >>> 16;
      }
      for (let idx = i + k; carry !== 0; idx++) {
        const v = t[idx] + carry;
        t[idx] = v & 0xffff;
        carry = v >>> 16;
      }
    }
    const r = t.slice(k, 2 * k + 1);
    if (r[k] !== 0 || compareFixed(r, n, k) >= 0) {
      let borrow = 0;
      for (let i = 0; i < k; i++) {
        const v = r[i] - n[i] - borrow;
        borrow = v < 0 ? 1 : 0;
        r[i] = v & 0xffff;
      }
    }
    r.length = k;
    return r;
  }
  toForm(x) {
    return this.multiply(x.fixed(this.width), this.r2);
  }
  fromForm(a) {
    const one = new Array(this.width).fill(0);
    one[0] = 1;
    return new Natural(this.multiply(a, one));
  }
  // base^exp mod n, left to right over the exponent's bits
  power(base, exp) {
    const b = this.toForm(base);
    let acc = this.toForm(Natural.fromNumber(1));
    for (let i = exp.bitLength() - 1; i >= 0; i--) {
      acc = this.multiply(acc, acc);
      if (exp.bit(i) === 1) acc = this.multiply(acc, b);
    }
    return this.fromForm(acc);
  }
}

function compareFixed(a, b, k) {
  for (let i = k - 1; i >= 0; i--) if (a[i] !== b[i]) return a[i] < b[i] ? -1 : 1;
  return 0;
}

const SMALL_PRIMES = [3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 43, 47, 53, 59, 61, 67, 71, 73, 79, 83, 89, 97];
const WITNESSES = [2, 3, 5, 7, 11, 13];

function isProbablePrime(n) {
  for (let i = 0; i < SMALL_PRIMES.length; i++) if (n.divSmall(SMALL_PRIMES[i])[1] === 0) return false;
  const one = Natural.fromNumber(1);
  const nMinus1 = n.sub(one);
  let s = 0;
  while (nMinus1.bit(s) === 0) s++;
  const d = nMinus1.shiftRight(s);
  const mont = new Montgomery(n);
  for (let w = 0; w < WITNESSES.length; w++) {
    let x = mont.power(Natural.fromNumber(WITNESSES[w]), d);
    if (x.compare(one) === 0 || x.compare(nMinus1) === 0) continue;
    let witness = true;
    for (let r = 1; r < s && witness; r++) {
      const xm = mont.toForm(x);
      x = mont.fromForm(mont.multiply(xm, xm));
      if (x.compare(nMinus1) === 0) witness = false;
    }
    if (witness) return false;
  }
  return true;
}

const E = 65537;

function findPrime(rng, bits) {
  while (true) {
    const c = Natural.random(rng, bits);
    if (c.sub(Natural.fromNumber(1)).divSmall(E)[1] === 0) continue;
    if (isProbablePrime(c)) return c;
  }
}

class KeyPair {
  constructor(rng, bits) {
    const one = Natural.fromNumber(1);
    this.p = findPrime(rng, bits >> 1);
    do {
      this.q = findPrime(rng, bits >> 1);
    } while (this.q.compare(this.p) === 0);
    this.n = this.p.mul(this.q);
    const phi = this.p.sub(one).mul(this.q.sub(one));
    const phiModE = phi.divSmall(E)[1];
    let k = 1;
    while ((1 + k * phiModE) % E !== 0) k++;
    const qr = phi.mulSmall(k).addSmall(1).divSmall(E);
    if (qr[1] !== 0) throw new Error('d is not exact');
    this.d = qr[0];
    this.e = Natural.fromNumber(E);
    this.mont = new Montgomery(this.n);
  }
  encrypt(m) {
    if (m.compare(this.n) >= 0) throw new RangeError('message too large');
    return this.mont.power(m, this.e);
  }
  decrypt(c) {
    return this.mont.power(c, this.d);
  }
}

function factorial(n) {
  let x = Natural.fromNumber(1);
  for (let i = 2; i <= n; i++) x = x.mulSmall(i);
  return x;
}

function digitHash(s) {
  let h = 0;
  for (let i = 0; i < s.length; i++) h = (h * 31 + s.charCodeAt(i)) >>> 0;
  return h;
}

run({
  name: 'oo-bignum',
  config: { seed: 7, bits: 256, messages: 3, fact: 300, expect: 'n=47781750728973193417 bits=255 h=3295784433 fact=1229:3913710372' },
  small: { seed: 3, bits: 64, messages: 2, fact: 40, expect: 'n=8977484986233882043 bits=63 h=1434430489 fact=96:2127471125' },
  setup: function (cfg) {
    const rng = new Rng(cfg.seed);
    const key = new KeyPair(rng, cfg.bits);
    const msgs = [];
    for (let i = 0; i < cfg.messages; i++) msgs.push(Natural.random(rng, cfg.bits - 8));
    return { cfg: cfg, key: key, msgs: msgs };
  },
  benchmark: function (state) {
    let h = 0;
    for (let i = 0; i < state.msgs.length; i++) {
      const c = state.key.encrypt(state.msgs[i]);
      const m = state.key.decrypt(c);
      if (m.compare(state.msgs[i]) !== 0) throw new Error('round trip failed for message ' + i);
      h = (h * 31 + digitHash(c.toDecimal())) >>> 0;
    }
    const f = factorial(state.cfg.fact);
    const sq = f.mul(f);
    const dec = sq.toDecimal();
    return 'n=' + state.key.n.toDecimal().slice(0, 20) + ' bits=' + state.key.n.bitLength() + ' h=' + h +
      ' fact=' + dec.length + ':' + digitHash(dec);
  },
  check: function (result, state) {
    return result === state.cfg.expect || 'expected ' + state.cfg.expect + ', got ' + result;
  },
});
