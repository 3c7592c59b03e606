// Deep expressions (issue #17 item 3): the parser front end, the subset
// checker, scope analysis and the compiler take left-deep operator chains
// and long else-if chains without recursing once per term (node accepts
// 200,000 terms; lbbv did 2,400; test/unit/robust-cli.test.ts runs that size).
function chain(first, op, term, n) {
  var parts = [first];
  for (var i = 0; i < n; i++) parts.push(term);
  return parts.join(op);
}
console.log(eval(chain('0', '+', '1', 3000)));
console.log(eval(chain('""', ' + ', '"ab"', 3000)).length);
var one = 1;
var zero = 0;
console.log(eval(chain('one', ' && ', 'one', 3000)), eval(chain('zero', ' || ', 'zero', 3000)));
console.log(eval(chain('1', ' * ', '1', 3000) + ' - ' + chain('2', ' - ', '1', 3000)));
var src = 'var hits = 0; for (var k = 0; k < 50; k++) { if (' + chain('one', ' && ', 'k >= 0', 1000) + ') hits++; } hits';
console.log(eval(src));
var cases = ['var y = -1;', 'if (x === -1) y = -1;'];
for (var c = 0; c < 2000; c++) cases.push('else if (x === ' + c + ') y = ' + c * 2 + ';');
cases.push('else y = "none";');
var pick = new Function('x', cases.join('\n') + '\nreturn y;');
console.log(pick(0), pick(1234), pick(1999), pick(99999));
var total = 0;
for (var r = 0; r < 40; r++) total += pick(r * 7 % 2100) === "none" ? 1 : pick(r * 7 % 2000);
console.log(total);
var fn = new Function('i', 'return ' + chain("i", " + ", "(i & 3)", 1000) + ';');
var acc = 0;
for (var q = 0; q < 40; q++) acc = (acc + fn(q)) | 0;
console.log(acc);
