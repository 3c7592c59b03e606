// realistic multi-file: recursive descent JSON-subset parser
const { Parser, ParseError } = require('./lib/json-parser');
const inputs = [
  '42', '-3.5e2', '"hello"', 'true', 'false', 'null', '[]', '{}',
  '[1, 2, [3, [4, []]], {"a": null}]',
  '{"name": "lbbv", "version": 1.5, "tags": ["vm", "jit"], "nested": {"deep": {"deeper": {"deepest": true}}}}',
  ' { "esc": "quote \\" backslash \\\\ slash \\/ nl \\n tab \\t uni \\u00e9\\u4e2d" } ',
  '{"numbers": [0, -0, 1e21, 1E-7, 0.1, 123456789012345680000]}',
  '{"dup": 1, "dup": 2, "2": "two", "1": "one"}'
];
for (const src of inputs) {
  const v = Parser.parse(src);
  console.log(JSON.stringify(v));
  console.log(v);
}
const bad = ['', '[1, 2', '{"a" 1}', '[1,]', 'tru', '"unterminated', '{"a": 1} extra', '-', '1.', '"\\x"', '{1: 2}', '[1 2]', '01'];
for (const src of bad) {
  try {
    const v = Parser.parse(src);
    console.log('parsed?', JSON.stringify(src), '->', JSON.stringify(v));
  } catch (e) {
    console.log(JSON.stringify(src), '->', e.name + ': ' + e.message, e instanceof ParseError, e.pos);
  }
}
// round trip: stringify(parse(stringify(x))) === stringify(x)
const doc = { users: [{ id: 1, name: 'Ann "the great"', roles: ['admin', 'dev'], score: 99.5 }, { id: 2, name: 'Bob\nNewline', roles: [], score: -1e-7 }], meta: { count: 2, ok: true, none: null } };
const s1 = JSON.stringify(doc);
const s2 = JSON.stringify(Parser.parse(s1));
console.log(s1 === s2, s1.length);
const pretty = JSON.stringify(doc, null, 2);
console.log(JSON.stringify(Parser.parse(pretty)) === s1);
const parsed = Parser.parse(pretty);
console.log(parsed.users[0].name, parsed.users[1].roles.length, parsed.meta);
