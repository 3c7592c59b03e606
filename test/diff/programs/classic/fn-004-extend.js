// Pre-2015 helpers: extend(), defaults(), bind-less partial application through apply.
function extend(target) {
  for (var i = 1; i < arguments.length; i++) {
    var source = arguments[i];
    if (source == null) continue;
    var ks = Object.keys(source);
    for (var j = 0; j < ks.length; j++) target[ks[j]] = source[ks[j]];
  }
  return target;
}
var config = extend({}, { host: 'localhost', port: 80 }, null, { port: 8080, debug: true });
console.log(config);
function defaults(obj) {
  var sources = Array.prototype.slice.call(arguments, 1);
  sources.forEach(function (src) {
    Object.keys(src).forEach(function (k) { if (obj[k] === undefined) obj[k] = src[k]; });
  });
  return obj;
}
console.log(defaults({ a: 1 }, { a: 2, b: 2 }, { c: 3 }));
function partial(fn) {
  var preset = Array.prototype.slice.call(arguments, 1);
  return function () {
    var rest = Array.prototype.slice.call(arguments);
    return fn.apply(this, preset.concat(rest));
  };
}
function volume(l, w, h) { return l * w * h; }
var base10 = partial(volume, 10);
console.log(base10(2, 3), partial(volume, 1, 2)(3), partial(volume)(2, 2, 2));
function once(fn) {
  var done = false, result;
  return function () {
    if (!done) { done = true; result = fn.apply(this, arguments); }
    return result;
  };
}
var init = once(function (a, b) { console.log('init', a, b); return a + b; });
console.log(init(1, 2), init(5, 5));
function memoize(fn) {
  var cache = {};
  return function () {
    var key = Array.prototype.join.call(arguments, ',');
    if (!(cache.hasOwnProperty(key))) cache[key] = fn.apply(this, arguments);
    return cache[key];
  };
}
var calls = 0;
var slowAdd = memoize(function (a, b) { calls++; return a + b; });
var s = 0;
for (var i = 0; i < 2000; i++) s += slowAdd(i % 10, 1);
console.log(s, calls);
var Animal = function (name) { this.name = name; };
Animal.prototype.speak = function () { return this.name + ' makes ' + Array.prototype.join.call(arguments, '/'); };
var Dog = function () { Animal.apply(this, arguments); this.kind = 'dog'; };
Dog.prototype = new Animal();
var d = new Dog('Rex', 'ignored');
console.log(d.name, d.kind, Animal.prototype.speak.call(d, 'woof', 'grr'));
function compose() {
  var fns = arguments;
  return function (x) {
    for (var i = fns.length - 1; i >= 0; i--) x = fns[i](x);
    return x;
  };
}
var f = compose(function (x) { return x + 1; }, function (x) { return x * 2; });
console.log(f(5), compose()(7));
