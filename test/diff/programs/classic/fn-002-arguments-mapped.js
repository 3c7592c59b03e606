// Mapped (sloppy) and unmapped (strict) arguments: aliasing of parameters.
function m(a, b) {
  arguments[0] = 10;
  b = 20;
  return [a, b, arguments[0], arguments[1], arguments.length];
}
console.log(m(1, 2), m(1), m());
function m2(a) {
  a = 'changed';
  return arguments[0];
}
console.log(m2('orig'), m2());
function m3(a) {
  var args = arguments;
  function set(v) { args[0] = v; }
  set(42);
  return a;
}
console.log(m3(1));
function m4(a, b) {
  arguments[1] = 'two';
  return [b, arguments.length, arguments[1]];
}
console.log(m4(1), m4(1, 2));
function s(a) {
  'use strict';
  arguments[0] = 10;
  return [a, arguments[0]];
}
console.log(s(1));
function s2(a) {
  'use strict';
  a = 5;
  return [a, arguments[0]];
}
console.log(s2(1));
function dup(a, a) { arguments[1] = 'x'; return a; }
console.log(dup(1, 2));
function extra(a) { arguments[3] = 'late'; return [arguments.length, arguments[3]]; }
console.log(extra(1, 2));
function closureWrite(a) {
  var f = function () { a = 'via closure'; };
  f();
  return arguments[0];
}
console.log(closureWrite('start'));
function printed(a, b) { a = 'A'; console.log(arguments); }
printed(1, 2, 3);
function inc(n) { arguments[0]++; arguments[0] += 10; return n; }
console.log(inc(1));
function lenWrite() { arguments.length = 1; return Array.prototype.slice.call(arguments); }
console.log(lenWrite(1, 2, 3));
var total = 0;
function hot(a, b) { arguments[0] = a + 1; return a + b; }
for (var i = 0; i < 3000; i++) total += hot(i, 1);
console.log(total);
