// A generator-based tokenizer feeding a recursive-descent parser and evaluator,
// the way a small config/expression language might be written.
function* tokenize(src) {
  let i = 0;
  while (i < src.length) {
    const ch = src[i];
    if (ch === ' ' || ch === '\n' || ch === '\t') { i++; continue; }
    if (ch >= '0' && ch <= '9') {
      let j = i;
      while (j < src.length && ((src[j] >= '0' && src[j] <= '9') || src[j] === '.')) j++;
      yield { type: 'num', value: parseFloat(src.slice(i, j)), pos: i };
      i = j;
      continue;
    }
    if ((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || ch === '_') {
      let j = i;
      while (j < src.length && /[A-Za-z0-9_]/.test(src[j])) j++;
      yield { type: 'ident', value: src.slice(i, j), pos: i };
      i = j;
      continue;
    }
    if ('+-*/()%,='.indexOf(ch) >= 0) {
      yield { type: 'op', value: ch, pos: i };
      i++;
      continue;
    }
    throw new SyntaxError('Unexpected character ' + JSON.stringify(ch) + ' at ' + i);
  }
  yield { type: 'eof', value: null, pos: i };
}

class Parser {
  constructor(src) {
    this.tokens = tokenize(src);
    this.cur = this.tokens.next().value;
  }
  eat(type, value) {
    const t = this.cur;
    if (t.type !== type || (value !== undefined && t.value !== value)) {
      throw new SyntaxError(`Expected ${value || type} but found ${t.value === null ? 'end of input' : t.value} at ${t.pos}`);
    }
    this.cur = this.tokens.next().value;
    return t;
  }
  program() {
    const stmts = [];
    while (this.cur.type !== 'eof') stmts.push(this.statement());
    return stmts;
  }
  statement() {
    if (this.cur.type === 'ident') {
      const save = this.cur;
      const name = this.eat('ident').value;
      if (this.cur.type === 'op' && this.cur.value === '=') {
        this.eat('op', '=');
        return { kind: 'assign', name, expr: this.expr() };
      }
      return this.rest({ kind: 'var', name: save.value });
    }
    return { kind: 'expr', expr: this.expr() };
  }
  rest(left) {
    // continue an expression whose first primary was already read
    let node = this.termRest(this.callRest(left));
    while (this.cur.type === 'op' && (this.cur.value === '+' || this.cur.value === '-')) {
      const op = this.eat('op').value;
      node = { kind: 'bin', op, left: node, right: this.term() };
    }
    return { kind: 'expr', expr: node };
  }
  callRest(node) {
    if (node.kind === 'var' && this.cur.type === 'op' && this.cur.value === '(') {
      this.eat('op', '(');
      const args = [];
      if (!(this.cur.type === 'op' && this.cur.value === ')')) {
        args.push(this.expr());
        while (this.cur.type === 'op' && this.cur.value === ',') { this.eat('op', ','); args.push(this.expr()); }
      }
      this.eat('op', ')');
      return { kind: 'call', name: node.name, args };
    }
    return node;
  }
  expr() {
    let node = this.term();
    while (this.cur.type === 'op' && (this.cur.value === '+' || this.cur.value === '-')) {
      const op = this.eat('op').value;
      node = { kind: 'bin', op, left: node, right: this.term() };
    }
    return node;
  }
  term() {
    return this.termRest(this.unary());
  }
  termRest(node) {
    while (this.cur.type === 'op' && '*/%'.indexOf(this.cur.value) >= 0) {
      const op = this.eat('op').value;
      node = { kind: 'bin', op, left: node, right: this.unary() };
    }
    return node;
  }
  unary() {
    if (this.cur.type === 'op' && this.cur.value === '-') { this.eat('op'); return { kind: 'neg', expr: this.unary() }; }
    return this.primary();
  }
  primary() {
    const t = this.cur;
    if (t.type === 'num') { this.eat('num'); return { kind: 'num', value: t.value }; }
    if (t.type === 'ident') { this.eat('ident'); return this.callRest({ kind: 'var', name: t.value }); }
    if (t.type === 'op' && t.value === '(') { this.eat('op', '('); const e = this.expr(); this.eat('op', ')'); return e; }
    throw new SyntaxError(`Unexpected ${t.value === null ? 'end of input' : t.value} at ${t.pos}`);
  }
}

const builtins = { max: Math.max, min: Math.min, sqrt: Math.sqrt, abs: Math.abs };
function evaluate(node, env) {
  switch (node.kind) {
    case 'num': return node.value;
    case 'var':
      if (!(node.name in env)) throw new ReferenceError(node.name + ' is undefined');
      return env[node.name];
    case 'neg': return -evaluate(node.expr, env);
    case 'call': return builtins[node.name].apply(null, node.args.map((a) => evaluate(a, env)));
    case 'bin': {
      const l = evaluate(node.left, env), r = evaluate(node.right, env);
      switch (node.op) { case '+': return l + r; case '-': return l - r; case '*': return l * r; case '/': return l / r; default: return l % r; }
    }
  }
}

function run(src) {
  const env = {};
  let last;
  for (const s of new Parser(src).program()) {
    if (s.kind === 'assign') env[s.name] = evaluate(s.expr, env);
    else last = evaluate(s.expr, env);
  }
  return { env, last };
}

console.log(run('x = 3 y = x * (2 + 4) z = max(x, y, 7) - -2 z % 5 + sqrt(16)'));
for (const bad of ['1 + ', 'a = (1 + 2', '3 $ 4', 'q + 1']) {
  try { run(bad); } catch (e) { console.log(e.name + ': ' + e.message); }
}

// Hot: tokenize and evaluate many generated programs.
let checksum = 0;
let tokens = 0;
for (let k = 0; k < 50; k++) {
  const src = `a = ${k} b = a * ${k % 7 + 1} + ${k % 3} c = (a + b) % 97 - min(a, b, 50) c * 2 + abs(-${k})`;
  for (const t = tokenize(src); !t.next().done;) tokens++;
  checksum = (checksum * 31 + run(src).last) % 1000003;
}
console.log(tokens, checksum);
