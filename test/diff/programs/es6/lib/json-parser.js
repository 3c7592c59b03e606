// hand-written recursive descent parser for a JSON subset
class ParseError extends Error {
  constructor(message, pos) {
    super(message + ' at position ' + pos);
    this.name = 'ParseError';
    this.pos = pos;
  }
}
class Parser {
  constructor(text) {
    this.text = text;
    this.pos = 0;
  }
  static parse(text) {
    const p = new Parser(text);
    p.skipWs();
    const v = p.value();
    p.skipWs();
    if (p.pos !== text.length) throw new ParseError('unexpected trailing input', p.pos);
    return v;
  }
  peek() { return this.text.charAt(this.pos); }
  skipWs() {
    while (this.pos < this.text.length) {
      const c = this.peek();
      if (c === ' ' || c === '\n' || c === '\t' || c === '\r') this.pos++;
      else break;
    }
  }
  expect(ch) {
    if (this.peek() !== ch) throw new ParseError("expected '" + ch + "' but found '" + (this.peek() || 'EOF') + "'", this.pos);
    this.pos++;
  }
  value() {
    const c = this.peek();
    switch (c) {
      case '{': return this.object();
      case '[': return this.array();
      case '"': return this.string();
      case 't': return this.literal('true', true);
      case 'f': return this.literal('false', false);
      case 'n': return this.literal('null', null);
      default:
        if (c === '-' || (c >= '0' && c <= '9')) return this.number();
        throw new ParseError("unexpected character '" + (c || 'EOF') + "'", this.pos);
    }
  }
  literal(word, v) {
    if (this.text.substring(this.pos, this.pos + word.length) !== word) throw new ParseError('bad literal', this.pos);
    this.pos += word.length;
    return v;
  }
  number() {
    const start = this.pos;
    if (this.peek() === '-') this.pos++;
    let digits = 0;
    while (this.peek() >= '0' && this.peek() <= '9' && this.pos < this.text.length) { this.pos++; digits++; }
    if (digits === 0) throw new ParseError('digit expected', this.pos);
    if (this.peek() === '.') {
      this.pos++;
      let frac = 0;
      while (this.peek() >= '0' && this.peek() <= '9' && this.pos < this.text.length) { this.pos++; frac++; }
      if (frac === 0) throw new ParseError('fraction digit expected', this.pos);
    }
    if (this.peek() === 'e' || this.peek() === 'E') {
      this.pos++;
      if (this.peek() === '+' || this.peek() === '-') this.pos++;
      let exp = 0;
      while (this.peek() >= '0' && this.peek() <= '9' && this.pos < this.text.length) { this.pos++; exp++; }
      if (exp === 0) throw new ParseError('exponent digit expected', this.pos);
    }
    return Number(this.text.substring(start, this.pos));
  }
  string() {
    this.expect('"');
    let out = '';
    while (true) {
      if (this.pos >= this.text.length) throw new ParseError('unterminated string', this.pos);
      const c = this.peek();
      this.pos++;
      if (c === '"') break;
      if (c === '\\') {
        const e = this.peek();
        this.pos++;
        switch (e) {
          case 'n': out += '\n'; break;
          case 't': out += '\t'; break;
          case 'r': out += '\r'; break;
          case 'b': out += '\b'; break;
          case 'f': out += '\f'; break;
          case '/': out += '/'; break;
          case '\\': out += '\\'; break;
          case '"': out += '"'; break;
          case 'u': {
            const hex = this.text.substring(this.pos, this.pos + 4);
            const code = parseInt(hex, 16);
            if (hex.length < 4 || isNaN(code)) throw new ParseError('bad unicode escape', this.pos);
            out += String.fromCharCode(code);
            this.pos += 4;
            break;
          }
          default: throw new ParseError('bad escape \\' + e, this.pos - 1);
        }
      } else {
        out += c;
      }
    }
    return out;
  }
  array() {
    this.expect('[');
    const out = [];
    this.skipWs();
    if (this.peek() === ']') { this.pos++; return out; }
    while (true) {
      this.skipWs();
      out.push(this.value());
      this.skipWs();
      if (this.peek() === ',') { this.pos++; continue; }
      this.expect(']');
      return out;
    }
  }
  object() {
    this.expect('{');
    const out = {};
    this.skipWs();
    if (this.peek() === '}') { this.pos++; return out; }
    while (true) {
      this.skipWs();
      const key = this.string();
      this.skipWs();
      this.expect(':');
      this.skipWs();
      out[key] = this.value();
      this.skipWs();
      if (this.peek() === ',') { this.pos++; continue; }
      this.expect('}');
      return out;
    }
  }
}
module.exports = { Parser, ParseError };
