'use strict';
// oo-json: a recursive-descent JSON parser and a serializer, written for
// lbbv's object-oriented benchmark set (our own code, not a port).
//
// Setup generates a random document (objects, arrays, strings with escapes
// and non-ASCII text, integers, fractions, exponents, true/false/null) and
// its text with the built-in JSON.stringify. Each iteration parses the text
// character by character (`charCodeAt` plus `===` on one-character strings),
// building plain objects and arrays, serializes the result again with our
// own Serializer, compares the two texts, walks the value to a hash, and
// feeds a few malformed texts through the error paths (a ParseError class
// derived from SyntaxError).
const { run, Rng } = require('../yjit-bench-ports/harness');

class ParseError extends SyntaxError {
  constructor(message, position) {
    super(message + ' at position ' + position);
    this.position = position;
  }
}

class Scanner {
  constructor(text) {
    this.text = text;
    this.pos = 0;
    this.length = text.length;
  }
  peek() {
    return this.pos < this.length ? this.text.charCodeAt(this.pos) : -1;
  }
  skipSpace() {
    let c = this.peek();
    while (c === 32 || c === 10 || c === 13 || c === 9) {
      this.pos++;
      c = this.peek();
    }
  }
  expect(ch) {
    if (this.text[this.pos] !== ch) this.fail('expected ' + ch);
    this.pos++;
  }
  fail(what) {
    throw new ParseError(what === undefined ? 'unexpected input' : what, this.pos);
  }
}

class Parser extends Scanner {
  depth = 0;
  strings = 0;
  numbers = 0;

  parse() {
    const v = this.parseValue();
    this.skipSpace();
    if (this.pos !== this.length) this.fail('trailing characters');
    return v;
  }
  parseValue() {
    this.skipSpace();
    const ch = this.text[this.pos];
    if (ch === '{') return this.parseObject();
    if (ch === '[') return this.parseArray();
    if (ch === '"') return this.parseString();
    if (ch === 't') return this.literal('true', true);
    if (ch === 'f') return this.literal('false', false);
    if (ch === 'n') return this.literal('null', null);
    const c = this.peek();
    if (c === 45 || (c >= 48 && c <= 57)) return this.parseNumber();
    if (ch === undefined) this.fail('unexpected end of input');
    return this.fail('unexpected character ' + ch);
  }
  literal(word, value) {
    if (this.text.substring(this.pos, this.pos + word.length) !== word) this.fail('bad literal');
    this.pos += word.length;
    return value;
  }
  parseObject() {
    this.expect('{');
    if (++this.depth > 200) this.fail('too deep');
    const obj = {};
    this.skipSpace();
    if (this.text[this.pos] === '}') {
      this.pos++;
      this.depth--;
      return obj;
    }
    while (true) {
      this.skipSpace();
      if (this.peek() !== 34) this.fail('expected a key');
      const key = this.parseString();
      this.skipSpace();
      this.expect(':');
      obj[key] = this.parseValue();
      this.skipSpace();
      const ch = this.text[this.pos];
      this.pos++;
      if (ch === '}') break;
      if (ch !== ',') this.fail('expected , or }');
    }
    this.depth--;
    return obj;
  }
  parseArray() {
    this.expect('[');
    this.depth++;
    const arr = [];
    this.skipSpace();
    if (this.peek() === 93) {
      this.pos++;
      this.depth--;
      return arr;
    }
    while (true) {
      arr.push(this.parseValue());
      this.skipSpace();
      const c = this.peek();
      this.pos++;
      if (c === 93) break;
      if (c !== 44) this.fail('expected , or ]');
    }
    this.depth--;
    return arr;
  }
  parseString() {
    this.pos++; // the opening quote
    this.strings++;
    let out = '';
    let start = this.pos;
    while (true) {
      if (this.pos >= this.length) this.fail('unterminated string');
      const c = this.text.charCodeAt(this.pos);
      if (c === 34) break;
      if (c < 32) this.fail('control character in string');
      if (c !== 92) {
        this.pos++;
        continue;
      }
      out += this.text.substring(start, this.pos);
      this.pos++;
      const e = this.text[this.pos];
      this.pos++;
      if (e === 'n') out += '\n';
      else if (e === 't') out += '\t';
      else if (e === 'r') out += '\r';
      else if (e === 'b') out += '\b';
      else if (e === 'f') out += '\f';
      else if (e === '"' || e === '\\' || e === '/') out += e;
      else if (e === 'u') out += String.fromCharCode(this.hex4());
      else this.fail('bad escape');
      start = this.pos;
    }
    out += this.text.substring(start, this.pos);
    this.pos++; // the closing quote
    return out;
  }
  hex4() {
    let v = 0;
    for (let i = 0; i < 4; i++) {
      const c = this.peek();
      let d;
      if (c >= 48 && c <= 57) d = c - 48;
      else if (c >= 97 && c <= 102) d = c - 87;
      else if (c >= 65 && c <= 70) d = c - 55;
      else return this.fail('bad \\u escape');
      v = (v << 4) | d;
      this.pos++;
    }
    return v;
  }
  parseNumber() {
    const start = this.pos;
    this.numbers++;
    if (this.peek() === 45) this.pos++;
    let c = this.peek();
    if (c === 48) {
      this.pos++;
    } else if (c >= 49 && c <= 57) {
      while (c >= 48 && c <= 57) {
        this.pos++;
        c = this.peek();
      }
    } else {
      this.fail('bad number');
    }
    let integral = true;
    if (this.peek() === 46) {
      integral = false;
      this.pos++;
      this.digits();
    }
    c = this.peek();
    if (c === 101 || c === 69) {
      integral = false;
      this.pos++;
      c = this.peek();
      if (c === 43 || c === 45) this.pos++;
      this.digits();
    }
    const text = this.text.substring(start, this.pos);
    if (integral && text.length < 10) {
      // short integers without parseFloat: accumulate the digits
      let n = 0;
      let i = text.charCodeAt(0) === 45 ? 1 : 0;
      for (; i < text.length; i++) n = n * 10 + (text.charCodeAt(i) - 48);
      return text.charCodeAt(0) === 45 ? -n : n;
    }
    return parseFloat(text);
  }
  digits() {
    let c = this.peek();
    if (!(c >= 48 && c <= 57)) this.fail('expected a digit');
    while (c >= 48 && c <= 57) {
      this.pos++;
      c = this.peek();
    }
  }
}

class Serializer {
  constructor() {
    this.parts = [];
  }
  write(v) {
    if (v === null) this.parts.push('null');
    else if (v === true) this.parts.push('true');
    else if (v === false) this.parts.push('false');
    else if (typeof v === 'number') this.parts.push(isFinite(v) ? String(v) : 'null');
    else if (typeof v === 'string') this.writeString(v);
    else if (Array.isArray(v)) this.writeArray(v);
    else if (typeof v === 'object') this.writeObject(v);
    else throw new TypeError('cannot serialize ' + typeof v);
  }
  writeArray(a) {
    this.parts.push('[');
    for (let i = 0; i < a.length; i++) {
      if (i > 0) this.parts.push(',');
      this.write(a[i] === undefined ? null : a[i]);
    }
    this.parts.push(']');
  }
  writeObject(o) {
    this.parts.push('{');
    const keys = Object.keys(o);
    for (let i = 0; i < keys.length; i++) {
      if (i > 0) this.parts.push(',');
      this.writeString(keys[i]);
      this.parts.push(':');
      this.write(o[keys[i]]);
    }
    this.parts.push('}');
  }
  writeString(s) {
    let out = '"';
    let start = 0;
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c >= 32 && c !== 34 && c !== 92) continue;
      out += s.substring(start, i);
      start = i + 1;
      if (c === 34) out += '\\"';
      else if (c === 92) out += '\\\\';
      else if (c === 10) out += '\\n';
      else if (c === 9) out += '\\t';
      else if (c === 13) out += '\\r';
      else if (c === 8) out += '\\b';
      else if (c === 12) out += '\\f';
      else out += '\\u' + ('000' + c.toString(16)).slice(-4);
    }
    this.parts.push(out + s.substring(start) + '"');
  }
  text() {
    return this.parts.join('');
  }
}

// a structural hash of a parsed value: mixes type tags, lengths and
// characters with multiplications that leave int32 and `>>> 0`
function hashValue(v, h) {
  if (v === null) return (h * 31 + 1) >>> 0;
  if (typeof v === 'boolean') return (h * 31 + (v ? 2 : 3)) >>> 0;
  if (typeof v === 'number') return (h * 31 + ((v * 1000) & 0xffff)) >>> 0;
  if (typeof v === 'string') {
    for (let i = 0; i < v.length; i++) h = (h * 33 + v.charCodeAt(i)) >>> 0;
    return h;
  }
  if (v instanceof Array) {
    h = (h * 31 + 5 + v.length) >>> 0;
    for (let i = 0; i < v.length; i++) h = hashValue(v[i], h);
    return h;
  }
  const keys = Object.keys(v);
  h = (h * 31 + 7 + keys.length) >>> 0;
  for (let i = 0; i < keys.length; i++) h = hashValue(v[keys[i]], hashValue(keys[i], h));
  return h;
}

const WORDS = ['alpha', 'beta', 'gamma', 'delta', 'id', 'name', 'value', 'items', 'kind', 'tags', 'x', 'y', 'width',
  'height', 'enabled', 'owner', 'créé', 'naïve'];
const PIECES = ['lorem', ' ', 'ipsum', '"quoted"', 'back\\slash', 'tab\there', 'line\nbreak', 'ünïcödé', '€', 'ctl\u0001',
  '/', '0123'];

function generate(rng, depth) {
  const r = rng.int(depth > 4 ? 6 : 10);
  if (r === 0) return null;
  if (r === 1) return rng.int(2) === 0;
  if (r === 2) return rng.int(100000) - 50000;
  if (r === 3) return (rng.int(2000000) - 1000000) / 64;
  if (r === 4) return rng.int(1000) * 1e21 + 0.5;
  if (r === 5) {
    let s = '';
    const n = rng.int(5);
    for (let i = 0; i < n; i++) s += PIECES[rng.int(PIECES.length)];
    return s;
  }
  if (r <= 7) {
    const n = rng.int(8);
    const a = new Array(n);
    for (let i = 0; i < n; i++) a[i] = generate(rng, depth + 1);
    return a;
  }
  const o = {};
  const n = rng.int(7);
  for (let i = 0; i < n; i++) o[WORDS[rng.int(WORDS.length)] + (i % 3 === 0 ? '' : i)] = generate(rng, depth + 1);
  return o;
}

const MALFORMED = ['{"a":1,}', '[1,2', '{"x" 1}', '"abc', 'tru', '-', '[1.]', '{"k":"\\q"}', '[1] 2', '{"a":[nul]}'];

function roundTrip(text) {
  const value = new Parser(text).parse();
  const s = new Serializer();
  s.write(value);
  const back = s.text();
  if (back !== text) throw new Error('round trip changed the text at length ' + back.length);
  return value;
}

function rejectAll() {
  let rejected = 0;
  for (let i = 0; i < MALFORMED.length; i++) {
    try {
      new Parser(MALFORMED[i]).parse();
    } catch (e) {
      if (e instanceof ParseError && e.name === 'SyntaxError' && e.position >= 0) rejected++;
      else throw e;
    }
  }
  return rejected;
}

run({
  name: 'oo-json',
  config: { seed: 1234, docs: 40, repeat: 3, expect: 'chars=72017 hash=3271058646 rejected=30' },
  small: { seed: 99, docs: 6, repeat: 1, expect: 'chars=10565 hash=2077436173 rejected=10' },
  setup: function (cfg) {
    const rng = new Rng(cfg.seed);
    const texts = [];
    let chars = 0;
    for (let i = 0; i < cfg.docs; i++) {
      const doc = { version: i, items: [] };
      for (let k = 0; k < 12; k++) doc.items.push(generate(rng, 0));
      const t = JSON.stringify(doc);
      texts.push(t);
      chars += t.length;
    }
    return { cfg: cfg, texts: texts, chars: chars };
  },
  benchmark: function (state) {
    let h = 0;
    let rejected = 0;
    for (let r = 0; r < state.cfg.repeat; r++) {
      for (let i = 0; i < state.texts.length; i++) h = hashValue(roundTrip(state.texts[i]), h);
      rejected += rejectAll();
    }
    return 'chars=' + state.chars + ' hash=' + h + ' rejected=' + rejected;
  },
  check: function (result, state) {
    return result === state.cfg.expect || 'expected ' + state.cfg.expect + ', got ' + result;
  },
});
