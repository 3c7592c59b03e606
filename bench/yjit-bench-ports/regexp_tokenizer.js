'use strict';
// Micro-benchmark (not a yjit-bench port): a regexp-driven tokenizer. Each
// iteration scans a generated JavaScript-like source of about 60 KB with one
// sticky regexp of alternatives (numbers, identifiers, strings, comments,
// punctuators, whitespace), classifies identifiers with a second regexp and
// counts the tokens by kind. The matching engine is the host's in lbbv too,
// so the time measures the VM's overhead around it (calls, match arrays).
const { run } = require('./harness');

const TOKEN = /(\s+)|(\/\/[^\n]*|\/\*[\s\S]*?\*\/)|(\d+(?:\.\d+)?(?:[eE][-+]?\d+)?)|([A-Za-z_$][\w$]*)|("(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*')|(===|!==|==|!=|<=|>=|&&|\|\||=>|\+\+|--|[-+*/%=<>!&|^~?:;,.(){}[\]])/y;
const KEYWORD = /^(?:var|let|const|function|return|if|else|for|while|new|this|true|false|null)$/;

function makeSource(lines) {
  const out = [];
  let seed = 12345;
  const next = function () {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed >> 8;
  };
  const names = ['alpha', 'beta', 'gamma', 'delta', 'value', 'count', 'index', 'result', '$el', '_tmp'];
  for (let i = 0; i < lines; i++) {
    const a = names[next() % names.length];
    const b = names[next() % names.length];
    switch (next() % 6) {
      case 0:
        out.push('var ' + a + i + ' = ' + (next() % 1000) + ' + ' + b + ' * 2.5e3; // note ' + i);
        break;
      case 1:
        out.push('function ' + a + '_' + i + '(x, y) { return x === y ? "same \\"' + i + '\\"" : \'diff\'; }');
        break;
      case 2:
        out.push('if (' + a + ' >= ' + (next() % 50) + ' && ' + b + ' !== null) { ' + a + '++; } else { ' + b + '--; }');
        break;
      case 3:
        out.push('/* block ' + i + ' */ for (let k = 0; k < ' + a + '.length; k += 2) ' + b + '[k] = k << 1;');
        break;
      case 4:
        out.push('const ' + a + '$' + i + ' = (p) => p.map((q) => q * ' + (next() % 97) + ' / 3.14159);');
        break;
      default:
        out.push('result = { key: "' + a + '", n: ' + (next() % 10000) + ', ok: true, list: [1, 2, 3] };');
    }
  }
  return out.join('\n');
}

function tokenize(src, counts) {
  TOKEN.lastIndex = 0;
  let tokens = 0;
  let rebuilt = 0;
  while (TOKEN.lastIndex < src.length) {
    const m = TOKEN.exec(src);
    if (m === null) throw new Error('unexpected character at ' + TOKEN.lastIndex);
    rebuilt += m[0].length;
    if (m[1] !== undefined) counts.space++;
    else if (m[2] !== undefined) counts.comment++;
    else if (m[3] !== undefined) counts.number++;
    else if (m[4] !== undefined) {
      if (KEYWORD.test(m[4])) counts.keyword++;
      else counts.ident++;
    } else if (m[5] !== undefined) counts.string++;
    else counts.punct++;
    tokens++;
  }
  return { tokens: tokens, rebuilt: rebuilt };
}

run({
  name: 'regexp_tokenizer',
  config: { lines: 1500 },
  small: { lines: 100 },
  setup: function (cfg) {
    return { src: makeSource(cfg.lines) };
  },
  benchmark: function (state) {
    const counts = { space: 0, comment: 0, number: 0, keyword: 0, ident: 0, string: 0, punct: 0 };
    const r = tokenize(state.src, counts);
    return { tokens: r.tokens, rebuilt: r.rebuilt, counts: counts };
  },
  check: function (result, state) {
    // Every character belongs to exactly one token, and each kind occurs.
    if (result.rebuilt !== state.src.length) return 'tokens cover ' + result.rebuilt + ' of ' + state.src.length + ' characters';
    const c = result.counts;
    const sum = c.space + c.comment + c.number + c.keyword + c.ident + c.string + c.punct;
    if (sum !== result.tokens) return 'kind counts do not add up';
    return c.comment > 0 && c.number > 0 && c.keyword > 0 && c.ident > 0 && c.string > 0 && c.punct > 0;
  },
});
