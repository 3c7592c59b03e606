// realistic multi-file: interpreter for a tiny language
const { Interpreter, LangError, lex } = require('./lib/tiny-lang');
const programs = [
  ['arith', 'print 1 + 2 * 3, (1 + 2) * 3, 10 / 4, 10 % 4, -5 + 2;'],
  ['strings', 'let s = "hello"; print s + " world", len(s), s == "hello";'],
  ['fib', 'let fib = fn(n) { if (n < 2) { return n; } return fib(n - 1) + fib(n - 2); }; print fib(14);'],
  ['loop', 'let i = 0; let acc = 0; while (i < 100) { acc = acc + i * i; i = i + 1; } print acc, i;'],
  ['closures', 'let mk = fn() { let c = 0; return fn() { c = c + 1; return c; }; }; let a = mk(); let b = mk(); a(); a(); print a(), b();'],
  ['higher-order', 'let twice = fn(f, x) { return f(f(x)); }; let inc = fn(x) { return x + 1; }; print twice(inc, 5), twice(fn(s) { return s + s; }, "ab");'],
  ['logic', 'print true && false, true || false, nil || "default", !nil, 1 < 2 && 2 < 3, !(1 == 1);'],
  ['else-if', 'let g = fn(x) { if (x > 90) { return "A"; } else if (x > 80) { return "B"; } else { return "C"; } }; print g(95), g(85), g(10);'],
  ['scoping', 'let x = "outer"; { let x = "inner"; print x; } print x; if (true) { x = "changed"; } print x;'],
  ['counter-loop', 'let n = 27; let steps = 0; while (n != 1) { if (n % 2 == 0) { n = n / 2; } else { n = 3 * n + 1; } steps = steps + 1; } print steps;'],
  ['no-return', 'let f = fn() { 1 + 1; }; print f(), len;'],
  ['comments', '# a comment\nprint 42; # trailing\n'],
  ['error-undefined', 'print y;'],
  ['error-arity', 'let f = fn(a, b) { return a; }; print f(1);'],
  ['error-call', 'let x = 5; x();'],
  ['error-div', 'print 1 / 0;'],
  ['error-syntax', 'let = 5;'],
  ['error-char', 'print 1 @ 2;'],
  ['error-infinite', 'while (true) { }'],
  ['error-assign', 'undeclared = 1;']
];
for (const entry of programs) {
  const interp = new Interpreter();
  try {
    const out = interp.run(entry[1]);
    console.log(entry[0] + ':', out.join(' | '));
  } catch (e) {
    if (e instanceof LangError) console.log(entry[0] + ': error:', e.message, '(after ' + interp.steps + ' steps, output so far: ' + interp.out.length + ')');
    else throw e;
  }
}
console.log(lex('let x = 1.5;').map(t => t.t + (t.v !== null && t.v !== t.t ? '(' + t.v + ')' : '')).join(' '));
