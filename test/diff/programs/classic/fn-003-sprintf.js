// A variadic sprintf/printf in the pre-2015 style, driven by `arguments`.
function pad(s, width, ch) {
  s = String(s);
  while (s.length < width) s = ch + s;
  return s;
}
function sprintf(fmt) {
  var argIndex = 1;
  var args = arguments;
  return fmt.replace('%%', '\u0000').split('%').map(function (part, i) {
    if (i === 0) return part;
    var spec = part.charAt(0);
    var rest = part.slice(1);
    var width = 0;
    while (spec >= '0' && spec <= '9') {
      width = width * 10 + (spec.charCodeAt(0) - 48);
      spec = rest.charAt(0);
      rest = rest.slice(1);
    }
    var v = args[argIndex++];
    switch (spec) {
      case 'd': return pad(Math.floor(v), width, ' ') + rest;
      case 'x': return pad(v.toString(16), width, '0') + rest;
      case 's': return pad(v, width, ' ') + rest;
      case 'j': return JSON.stringify(v) + rest;
      default: return '%' + spec + rest;
    }
  }).join('').replace('\u0000', '%');
}
function printf() {
  console.log(sprintf.apply(null, arguments));
}
printf('%s has %d items', 'cart', 3);
printf('[%5d] [%4x] [%8s]', 42, 255, 'right');
printf('%j and %j', { a: 1 }, [1, 2]);
printf('no args');
printf('100%% sure: %s', 'yes');
printf('missing: %s %s', 'one');
// A hot loop so the JIT compiles the variadic path.
var out = '';
for (var i = 0; i < 400; i++) out = sprintf('%d-%x-%s', i, i, i % 3 === 0 ? 'fizz' : '');
console.log(out);
function sum() {
  var t = 0;
  for (var i = 0; i < arguments.length; i++) t += arguments[i];
  return t;
}
var acc = 0;
for (var k = 0; k < 5000; k++) acc += sum(k, 1, 2) + sum() + sum(k);
console.log(acc);
function max() {
  var best = -Infinity;
  for (var i = 0; i < arguments.length; i++) if (arguments[i] > best) best = arguments[i];
  return best;
}
console.log(max(3, 9, 2), max(), max(-1));
function log(level) {
  var parts = Array.prototype.slice.call(arguments, 1);
  console.log('[' + level.toUpperCase() + '] ' + parts.join(' '));
}
log('info', 'server', 'started', 'on', 8080);
log('warn');
