// RegExp() and new RegExp(): patterns, flags, copies, and the errors node throws.
function attempt(label, f) {
  try { console.log(label, f()); } catch (e) { console.log(label, e.name + ': ' + e.message, e instanceof SyntaxError, e instanceof TypeError); }
}

attempt('basic', function () { return new RegExp('a+b', 'g'); });
attempt('as function', function () { return RegExp('a+b'); });
attempt('no args', function () { return new RegExp(); });
attempt('undefined', function () { return new RegExp(undefined); });
attempt('number', function () { return new RegExp(12, 'i'); });
attempt('copy', function () { var r = /x/gi; var c = new RegExp(r); return [c, c === r, c.flags]; });
attempt('copy new flags', function () { return new RegExp(/x/gi, 'm'); });
attempt('same object', function () { var r = /x/; return RegExp(r) === r; });
attempt('same object, flags', function () { var r = /x/; return RegExp(r, 'g') === r; });
attempt('unterminated group', function () { return new RegExp('('); });
attempt('nothing to repeat', function () { return new RegExp('*a'); });
attempt('bad range', function () { return RegExp('[z-a]'); });
attempt('bad flags', function () { return new RegExp('a', 'gg'); });
attempt('unknown flag', function () { return new RegExp('a', 'q'); });
attempt('lone brace u', function () { return new RegExp('{', 'u'); });
attempt('bad escape u', function () { return new RegExp('\\q', 'u'); });
attempt('dup group', function () { return new RegExp('(?<a>x)(?<a>y)'); });
attempt('exec receiver', function () { return RegExp.prototype.exec.call({}, 'a'); });
attempt('test receiver', function () { return RegExp.prototype.test.call([], 'a'); });
attempt('toString receiver', function () { return RegExp.prototype.toString.call(1); });
attempt('toString generic', function () { return RegExp.prototype.toString.call({ source: 'S', flags: 'F' }); });
attempt('prototype', function () { return [RegExp.prototype.source, RegExp.prototype.flags, String(RegExp.prototype), RegExp.prototype.global]; });
attempt('proto string', function () { return Object.prototype.toString.call(/a/); });
attempt('matchAll non-global', function () { return 'a'.matchAll(/a/); });
attempt('replaceAll non-global', function () { return 'a'.replaceAll(/a/, 'b'); });
attempt('string pattern syntax', function () { return 'a'.match('('); });
attempt('search syntax', function () { return 'a'.search('['); });

// Errors thrown from regexp work can be caught and rethrown.
function validate(p) {
  try { new RegExp(p); return 'ok ' + p; } catch (e) { return 'bad ' + p + ' (' + e.message + ')'; }
}
['a|b', '(a', 'a)', '[a', 'a{1,2}', 'x{2,1}', '\\', '(?<n>x)\\k<n>'].forEach(function (p) { console.log(validate(p)); });

// Extra properties on a regexp print after it, as in node.
var tagged = /t/g;
tagged.label = 'tagged';
console.log(tagged, [tagged], { r: tagged });
RegExp.prototype.describe = function () { return 'pattern ' + this.source; };
console.log(/abc/.describe());
