// a tiny interpreted language: let, assignment, if/else, while, fn, return, print
class LangError extends Error {
  constructor(msg) { super(msg); this.name = 'LangError'; }
}
const KEYWORDS = { let: true, if: true, else: true, while: true, fn: true, return: true, print: true, true: true, false: true, nil: true };
function isDigit(c) { return c >= '0' && c <= '9'; }
function isAlpha(c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c === '_'; }
function lex(src) {
  const toks = [];
  let i = 0;
  while (i < src.length) {
    const c = src.charAt(i);
    if (c === ' ' || c === '\n' || c === '\t') { i++; continue; }
    if (c === '#') { while (i < src.length && src.charAt(i) !== '\n') i++; continue; }
    if (isDigit(c)) {
      let j = i;
      while (j < src.length && (isDigit(src.charAt(j)) || src.charAt(j) === '.')) j++;
      toks.push({ t: 'num', v: Number(src.substring(i, j)) });
      i = j;
      continue;
    }
    if (isAlpha(c)) {
      let j = i;
      while (j < src.length && (isAlpha(src.charAt(j)) || isDigit(src.charAt(j)))) j++;
      const word = src.substring(i, j);
      toks.push({ t: KEYWORDS[word] === true ? word : 'id', v: word });
      i = j;
      continue;
    }
    if (c === '"') {
      let j = i + 1;
      while (j < src.length && src.charAt(j) !== '"') j++;
      if (j >= src.length) throw new LangError('unterminated string');
      toks.push({ t: 'str', v: src.substring(i + 1, j) });
      i = j + 1;
      continue;
    }
    const two = src.substring(i, i + 2);
    if (two === '==' || two === '!=' || two === '<=' || two === '>=' || two === '&&' || two === '||') {
      toks.push({ t: two, v: two });
      i += 2;
      continue;
    }
    if ('+-*/%<>=(){},;!'.indexOf(c) >= 0) { toks.push({ t: c, v: c }); i++; continue; }
    throw new LangError("unexpected character '" + c + "'");
  }
  toks.push({ t: 'eof', v: null });
  return toks;
}
class LangParser {
  constructor(toks) { this.toks = toks; this.p = 0; }
  peek() { return this.toks[this.p].t; }
  next() { return this.toks[this.p++]; }
  eat(t) {
    const tok = this.next();
    if (tok.t !== t) throw new LangError('expected ' + t + ' got ' + tok.t);
    return tok;
  }
  program() {
    const body = [];
    while (this.peek() !== 'eof') body.push(this.statement());
    return { k: 'block', body: body };
  }
  block() {
    this.eat('{');
    const body = [];
    while (this.peek() !== '}') body.push(this.statement());
    this.eat('}');
    return { k: 'block', body: body };
  }
  statement() {
    switch (this.peek()) {
      case 'let': { this.next(); const name = this.eat('id').v; this.eat('='); const e = this.expr(); this.eat(';'); return { k: 'let', name: name, e: e }; }
      case 'if': {
        this.next(); this.eat('('); const c = this.expr(); this.eat(')');
        const then = this.block();
        let els = null;
        if (this.peek() === 'else') { this.next(); els = this.peek() === 'if' ? { k: 'block', body: [this.statement()] } : this.block(); }
        return { k: 'if', c: c, then: then, els: els };
      }
      case 'while': { this.next(); this.eat('('); const c = this.expr(); this.eat(')'); return { k: 'while', c: c, body: this.block() }; }
      case 'return': { this.next(); const e = this.peek() === ';' ? { k: 'lit', v: null } : this.expr(); this.eat(';'); return { k: 'return', e: e }; }
      case 'print': { this.next(); const args = [this.expr()]; while (this.peek() === ',') { this.next(); args.push(this.expr()); } this.eat(';'); return { k: 'print', args: args }; }
      case '{': return this.block();
      default: {
        const e = this.expr();
        if (this.peek() === '=' && e.k === 'var') { this.next(); const v = this.expr(); this.eat(';'); return { k: 'assign', name: e.name, e: v }; }
        this.eat(';');
        return { k: 'expr', e: e };
      }
    }
  }
  expr() { return this.or(); }
  or() { let l = this.and(); while (this.peek() === '||') { this.next(); l = { k: 'or', l: l, r: this.and() }; } return l; }
  and() { let l = this.cmp(); while (this.peek() === '&&') { this.next(); l = { k: 'and', l: l, r: this.cmp() }; } return l; }
  cmp() {
    let l = this.add();
    while (['==', '!=', '<', '>', '<=', '>='].indexOf(this.peek()) >= 0) { const op = this.next().t; l = { k: 'bin', op: op, l: l, r: this.add() }; }
    return l;
  }
  add() { let l = this.mul(); while (this.peek() === '+' || this.peek() === '-') { const op = this.next().t; l = { k: 'bin', op: op, l: l, r: this.mul() }; } return l; }
  mul() { let l = this.unary(); while (this.peek() === '*' || this.peek() === '/' || this.peek() === '%') { const op = this.next().t; l = { k: 'bin', op: op, l: l, r: this.unary() }; } return l; }
  unary() {
    if (this.peek() === '-') { this.next(); return { k: 'neg', e: this.unary() }; }
    if (this.peek() === '!') { this.next(); return { k: 'not', e: this.unary() }; }
    return this.call();
  }
  call() {
    let e = this.primary();
    while (this.peek() === '(') {
      this.next();
      const args = [];
      if (this.peek() !== ')') { args.push(this.expr()); while (this.peek() === ',') { this.next(); args.push(this.expr()); } }
      this.eat(')');
      e = { k: 'call', f: e, args: args };
    }
    return e;
  }
  primary() {
    const tok = this.next();
    switch (tok.t) {
      case 'num': case 'str': return { k: 'lit', v: tok.v };
      case 'true': return { k: 'lit', v: true };
      case 'false': return { k: 'lit', v: false };
      case 'nil': return { k: 'lit', v: null };
      case 'id': return { k: 'var', name: tok.v };
      case '(': { const e = this.expr(); this.eat(')'); return e; }
      case 'fn': {
        this.eat('(');
        const params = [];
        if (this.peek() !== ')') { params.push(this.eat('id').v); while (this.peek() === ',') { this.next(); params.push(this.eat('id').v); } }
        this.eat(')');
        return { k: 'fn', params: params, body: this.block() };
      }
      default: throw new LangError('unexpected token ' + tok.t);
    }
  }
}
class Env {
  constructor(parent) { this.vars = {}; this.parent = parent; }
  lookup(name) {
    for (let e = this; e !== null; e = e.parent) if (e.vars['$' + name] !== undefined) return e;
    return null;
  }
  get(name) { const e = this.lookup(name); if (e === null) throw new LangError('undefined variable ' + name); return e.vars['$' + name].v; }
  define(name, v) { this.vars['$' + name] = { v: v }; }
  set(name, v) { const e = this.lookup(name); if (e === null) throw new LangError('assignment to undeclared ' + name); e.vars['$' + name].v = v; }
}
class ReturnSignal { constructor(v) { this.v = v; } }
class Interpreter {
  constructor() { this.out = []; this.steps = 0; this.globals = new Env(null); this.globals.define('len', { native: s => s.length }); }
  run(src) { this.execBlock(new LangParser(lex(src)).program(), this.globals); return this.out; }
  show(v) {
    if (v === null) return 'nil';
    if (typeof v === 'object') return v.native ? '<native>' : '<fn/' + v.params.length + '>';
    return String(v);
  }
  execBlock(b, env) { for (const s of b.body) this.exec(s, env); }
  exec(s, env) {
    if (++this.steps > 10000) throw new LangError('step limit exceeded');
    switch (s.k) {
      case 'let': env.define(s.name, this.eval(s.e, env)); break;
      case 'assign': env.set(s.name, this.eval(s.e, env)); break;
      case 'expr': this.eval(s.e, env); break;
      case 'print': this.out.push(s.args.map(a => this.show(this.eval(a, env))).join(' ')); break;
      case 'block': this.execBlock(s, new Env(env)); break;
      case 'if':
        if (this.truthy(this.eval(s.c, env))) this.execBlock(s.then, new Env(env));
        else if (s.els !== null) this.execBlock(s.els, new Env(env));
        break;
      case 'while':
        while (this.truthy(this.eval(s.c, env))) {
          if (++this.steps > 10000) throw new LangError('step limit exceeded');
          this.execBlock(s.body, new Env(env));
        }
        break;
      case 'return': throw new ReturnSignal(this.eval(s.e, env));
      default: throw new LangError('bad statement ' + s.k);
    }
  }
  truthy(v) { return v !== null && v !== false; }
  eval(e, env) {
    switch (e.k) {
      case 'lit': return e.v;
      case 'var': return env.get(e.name);
      case 'neg': return -this.eval(e.e, env);
      case 'not': return !this.truthy(this.eval(e.e, env));
      case 'and': { const l = this.eval(e.l, env); return this.truthy(l) ? this.eval(e.r, env) : l; }
      case 'or': { const l = this.eval(e.l, env); return this.truthy(l) ? l : this.eval(e.r, env); }
      case 'fn': return { params: e.params, body: e.body, closure: env };
      case 'bin': {
        const l = this.eval(e.l, env), r = this.eval(e.r, env);
        switch (e.op) {
          case '+': return l + r;
          case '-': return l - r;
          case '*': return l * r;
          case '/': if (r === 0) throw new LangError('division by zero'); return l / r;
          case '%': return l % r;
          case '<': return l < r;
          case '>': return l > r;
          case '<=': return l <= r;
          case '>=': return l >= r;
          case '==': return l === r;
          case '!=': return l !== r;
        }
        throw new LangError('bad op');
      }
      case 'call': {
        const f = this.eval(e.f, env);
        const args = e.args.map(a => this.eval(a, env));
        if (f === null || typeof f !== 'object') throw new LangError('not callable: ' + this.show(f));
        if (f.native) return f.native(args[0]);
        if (args.length !== f.params.length) throw new LangError('arity mismatch: expected ' + f.params.length + ' got ' + args.length);
        const callEnv = new Env(f.closure);
        for (let i = 0; i < f.params.length; i++) callEnv.define(f.params[i], args[i]);
        try {
          this.execBlock(f.body, callEnv);
        } catch (sig) {
          if (sig instanceof ReturnSignal) return sig.v;
          throw sig;
        }
        return null;
      }
    }
    throw new LangError('bad expression ' + e.k);
  }
}
module.exports = { Interpreter, LangError, lex };
