// closure-based module pattern: event emitter
function createEmitter() {
  var handlers = {};
  var names = [];
  function on(name, fn) {
    if (handlers[name] === undefined) { handlers[name] = []; names.push(name); }
    handlers[name].push(fn);
    return function off() {
      var list = handlers[name];
      var idx = list.indexOf(fn);
      if (idx >= 0) {
        var rest = list.slice(idx + 1);
        list.length = idx;
        for (const r of rest) list.push(r);
      }
      return idx >= 0;
    };
  }
  function emit(name, payload) {
    var list = handlers[name];
    if (list === undefined) return 0;
    var snapshot = list.slice();
    for (const h of snapshot) h(payload, name);
    return snapshot.length;
  }
  function count() {
    var out = {};
    for (const n of names) out[n] = handlers[n].length;
    return out;
  }
  return { on: on, emit: emit, count: count };
}
var em = createEmitter();
var log = [];
var offA = em.on('data', function (p) { log.push('A:' + p); });
em.on('data', function (p, n) { log.push('B:' + p + '@' + n); });
em.on('end', function () { log.push('end!'); });
console.log(em.emit('data', 1), em.emit('end'), em.emit('nothing'));
console.log(offA(), offA());
console.log(em.emit('data', 2));
console.log(log);
console.log(em.count());
// once helper built with closures
function once(emitter, name, fn) {
  var off = emitter.on(name, function (p) { off(); fn(p); });
  return off;
}
var fired = [];
once(em, 'tick', function (p) { fired.push(p); });
em.emit('tick', 't1');
em.emit('tick', 't2');
console.log(fired, em.count());
// counter module
var counterModule = (function () {
  var value = 0;
  var history = [];
  return {
    inc: function (by) { value += by === undefined ? 1 : by; history.push(value); return value; },
    reset: function () { value = 0; history.push('reset'); },
    history: function () { return history.slice(); }
  };
})();
counterModule.inc(); counterModule.inc(5); counterModule.reset(); counterModule.inc(2);
console.log(counterModule.history(), typeof counterModule.value);
var h = counterModule.history();
h.push('tamper');
console.log(counterModule.history().length);
