// A regexp-driven tokenizer (sticky and global regexps), run hot.
var TOKEN = /\s*(?:(\d+(?:\.\d+)?(?:[eE][-+]?\d+)?)|([A-Za-z_$][\w$]*)|("(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*')|(\/\/[^\n]*|\/\*[\s\S]*?\*\/)|(===|!==|==|!=|<=|>=|&&|\|\||=>|\+\+|--|[-+*\/%=<>!&|^~?:;,.(){}\[\]]))/y;
var KEYWORDS = /^(?:var|let|const|function|return|if|else|for|while|new|this)$/;

function tokenize(src) {
  var tokens = [];
  TOKEN.lastIndex = 0;
  var m;
  while (TOKEN.lastIndex < src.length) {
    var start = TOKEN.lastIndex;
    m = TOKEN.exec(src);
    if (m === null) {
      if (/^\s*$/.test(src.slice(start))) break;
      throw new SyntaxError('Unexpected character ' + JSON.stringify(src[start]) + ' at ' + start);
    }
    if (m[1] !== undefined) tokens.push(['num', m[1]]);
    else if (m[2] !== undefined) tokens.push([KEYWORDS.test(m[2]) ? 'kw' : 'id', m[2]]);
    else if (m[3] !== undefined) tokens.push(['str', m[3]]);
    else if (m[4] !== undefined) continue;
    else tokens.push(['op', m[5]]);
  }
  return tokens;
}

var src = 'function add(a, b) { // sum\n  return a + b * 2.5e3; /* done */ }\nvar s = "he said \\"hi\\"" + \'x\';\nif (s !== null && add(1, 2) >= 3) { s = s.length; }';
var toks = tokenize(src);
console.log(toks.length);
console.log(toks.map(function (t) { return t[0] + ':' + t[1]; }).join(' '));
try { tokenize('a = #b'); } catch (e) { console.log(e.name, e.message); }

var counts = {};
for (var i = 0; i < 300; i++) {
  var ts = tokenize(src + ' x' + i + ' = ' + i + ';');
  for (var j = 0; j < ts.length; j++) counts[ts[j][0]] = (counts[ts[j][0]] || 0) + 1;
}
console.log(counts);

// The same with a global regexp and matchAll.
var WORD = /[A-Za-z_]\w*|\d+|\S/g;
var kinds = { word: 0, num: 0, punct: 0 };
for (var k = 0; k < 200; k++) {
  for (const m of src.matchAll(WORD)) {
    if (/^\d/.test(m[0])) kinds.num++;
    else if (/^\w/.test(m[0])) kinds.word++;
    else kinds.punct++;
  }
}
console.log(kinds);
