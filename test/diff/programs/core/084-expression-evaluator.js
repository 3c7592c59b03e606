// tokenizer and recursive-descent evaluator for arithmetic expressions
function tokenize(src) {
  var tokens = [];
  var i = 0;
  while (i < src.length) {
    var c = src.charAt(i);
    if (c === ' ') { i++; continue; }
    if ((c >= '0' && c <= '9') || c === '.') {
      var start = i;
      while (i < src.length && ((src.charAt(i) >= '0' && src.charAt(i) <= '9') || src.charAt(i) === '.')) i++;
      tokens.push({ type: 'num', value: parseFloat(src.substring(start, i)) });
      continue;
    }
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
      var s = i;
      while (i < src.length && ((src.charAt(i) >= 'a' && src.charAt(i) <= 'z') || (src.charAt(i) >= 'A' && src.charAt(i) <= 'Z'))) i++;
      tokens.push({ type: 'id', value: src.substring(s, i) });
      continue;
    }
    if ('+-*/%^(),'.indexOf(c) >= 0) { tokens.push({ type: 'op', value: c }); i++; continue; }
    tokens.push({ type: 'bad', value: c });
    i++;
  }
  return tokens;
}
function Parser(tokens, env) { this.t = tokens; this.p = 0; this.env = env; this.errors = []; }
Parser.prototype.peek = function () { return this.t[this.p]; };
Parser.prototype.isOp = function (v) { var k = this.peek(); return k !== undefined && k.type === 'op' && k.value === v; };
Parser.prototype.expr = function () {
  var v = this.term();
  while (this.isOp('+') || this.isOp('-')) {
    var op = this.t[this.p++].value;
    var r = this.term();
    v = op === '+' ? v + r : v - r;
  }
  return v;
};
Parser.prototype.term = function () {
  var v = this.unary();
  while (this.isOp('*') || this.isOp('/') || this.isOp('%')) {
    var op = this.t[this.p++].value;
    var r = this.unary();
    if (op === '*') v *= r; else if (op === '/') v /= r; else v %= r;
  }
  return v;
};
Parser.prototype.unary = function () {
  if (this.isOp('-')) { this.p++; return -this.unary(); }
  if (this.isOp('+')) { this.p++; return +this.unary(); }
  return this.power();
};
Parser.prototype.power = function () {
  var base = this.primary();
  if (this.isOp('^')) { this.p++; return base ** this.unary(); }
  return base;
};
Parser.prototype.primary = function () {
  var tok = this.t[this.p++];
  if (tok === undefined) { this.errors.push('unexpected end'); return NaN; }
  if (tok.type === 'num') return tok.value;
  if (tok.type === 'id') {
    if (this.isOp('(')) {
      this.p++;
      var args = [];
      if (!this.isOp(')')) {
        args.push(this.expr());
        while (this.isOp(',')) { this.p++; args.push(this.expr()); }
      }
      this.p++;
      var fn = this.env[tok.value];
      if (typeof fn !== 'function') { this.errors.push('not a function: ' + tok.value); return NaN; }
      return fn(args[0], args[1]);
    }
    if (this.env[tok.value] === undefined) { this.errors.push('unknown: ' + tok.value); return NaN; }
    return this.env[tok.value];
  }
  if (tok.type === 'op' && tok.value === '(') {
    var v = this.expr();
    if (!this.isOp(')')) this.errors.push('missing )');
    else this.p++;
    return v;
  }
  this.errors.push('unexpected ' + tok.value);
  return NaN;
};
var env = { pi: Math.PI, x: 3, y: 4, sqrt: Math.sqrt, max: Math.max, min: Math.min, abs: Math.abs, hyp: (a, b) => Math.sqrt(a * a + b * b) };
var exprs = ['1 + 2 * 3', '(1 + 2) * 3', '2 ^ 3 ^ 2', '-2 ^ 2', '10 / 4', '10 % 4', '7 - 10 - 2', 'sqrt(x*x + y*y)',
  'max(x, y) * min(1, 2)', 'hyp(5, 12)', '2 * pi', '1 / 0', '0.1 + 0.2', '((((1))))', '-(-(-3))', 'abs(-7.5)', 'z + 1', '(1 + 2', '1 + ', 'x(1)', '3 $ 4'];
for (const e of exprs) {
  var p = new Parser(tokenize(e), env);
  var v = p.expr();
  if (p.p < p.t.length && p.errors.length === 0) p.errors.push('trailing input');
  console.log(e, '=>', v, p.errors.length ? p.errors.join('; ') : 'ok');
}
console.log(tokenize('a1 + 2.5*(b)'));
