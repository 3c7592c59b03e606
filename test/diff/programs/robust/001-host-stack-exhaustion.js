// Deep recursion through built-ins that call back into JavaScript (map, sort,
// toString conversions, JSON.stringify) exhausts the host
// stack before the VM's own stack: it must surface as a catchable
// RangeError in every mode, and the program must go on normally afterwards.
function deepcb(n) {
  return [n].map(function (x) {
    return deepcb(x + 1);
  });
}
try {
  deepcb(0);
} catch (e) {
  console.log(e.name, e.message);
}

function deepsort(n) {
  return [2, 1].sort(function (a, b) {
    deepsort(n + 1);
    return a - b;
  });
}
try {
  deepsort(0);
} catch (e) {
  console.log(e.name, e.message);
}

// Conversions call toString from the host.
var o = {
  toString: function () {
    return 'x' + o;
  },
};
try {
  String(o);
} catch (e) {
  console.log('toString', e.name, e.message);
}

// A deep structure for the host's JSON.stringify.
var nested = {};
for (var i = 0; i < 20000; i++) nested = { a: nested };
try {
  JSON.stringify(nested);
} catch (e) {
  console.log('stringify', e.name, e.message);
}

// The error is an ordinary error object: it can be caught, inspected and rethrown.
function rethrow() {
  try {
    deepsort(0);
  } catch (e) {
    throw new Error('wrapped: ' + e.message);
  }
}
try {
  rethrow();
} catch (e) {
  console.log(e.message);
}

// After all that, ordinary work (hot enough for the JIT) still runs.
function fib(n) {
  return n < 2 ? n : fib(n - 1) + fib(n - 2);
}
var total = 0;
for (var k = 0; k < 200; k++) total += [k].map(function (x) { return x * 2; })[0];
console.log(fib(20), total);
console.log('after');
