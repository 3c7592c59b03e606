// new Function and indirect eval: run-time compilation in the global scope.
var add = new Function('a', 'b', 'return a + b;');
console.log(add(2, 3), add.name, add.length, typeof add);
var mul = Function('a, b', 'return a * b');
console.log(mul(4, 5), mul.length);
var noArgs = new Function('return 42');
console.log(noArgs(), new Function()());
var usesArgs = new Function('return arguments.length + ":" + Array.prototype.join.call(arguments, "-")');
console.log(usesArgs(1, 2, 3));
var local = 'module local';
globalThis.marker = 'g';
var seesGlobal = new Function('return typeof local + " " + typeof console');
console.log(seesGlobal());
try { new Function('a', 'return a +'); } catch (e) { console.log(e.constructor.name, e.message, e instanceof SyntaxError); }
try { new Function('a b', 'return 1'); } catch (e) { console.log(e.constructor.name, e.message); }
try { Function('}')(); } catch (e) { console.log(e.constructor.name, e.message); }
console.log((0, eval)('1 + 2'), (0, eval)('var evalVar = 7; evalVar * 2'), typeof evalVar, evalVar);
var ev = eval;
console.log(ev('typeof local'), ev('"str"'), ev(5), ev(), ev('function evFn(x) { return x * 3; } evFn(4)'), typeof evFn);
try { ev('1 +'); } catch (e) { console.log(e.constructor.name, e.message); }
try { ev('throw new RangeError("from eval")'); } catch (e) { console.log(e.constructor.name, e.message); }
// A tiny template compiler in the style of underscore's _.template (without regexps).
function compile(tpl) {
  var code = 'var out = [];\n';
  var i = 0;
  while (i < tpl.length) {
    var open = tpl.indexOf('{{', i);
    if (open < 0) { code += 'out.push(' + JSON.stringify(tpl.slice(i)) + ');\n'; break; }
    code += 'out.push(' + JSON.stringify(tpl.slice(i, open)) + ');\n';
    var close = tpl.indexOf('}}', open);
    var expr = tpl.slice(open + 2, close).trim();
    code += 'out.push(String(data.' + expr + '));\n';
    i = close + 2;
  }
  code += 'return out.join("");';
  return new Function('data', code);
}
var card = compile('<h1>{{title}}</h1><p>{{body}} by {{author.name}}</p>');
console.log(card({ title: 'Hello', body: 'World', author: { name: 'Ann' } }));
var row = compile('{{i}}:{{sq}};');
var s = '';
for (var k = 0; k < 300; k++) s = row({ i: k, sq: k * k });
console.log(s);
var fns = [];
for (var j = 0; j < 5; j++) fns.push(new Function('x', 'return x + ' + j));
console.log(fns.map(function (f) { return f(10); }));
