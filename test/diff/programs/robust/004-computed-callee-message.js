// "x is not a function" names a computed callee as V8 prints it (issue #17 item 8).
var cs = [1, 'two', null];
var o = { a: { b: 1 } };
var calls = [
  function (i) { return cs[(i % cs.length)](); },
  function (i) { return cs[i](); },
  function (i) { return cs[i + 1](); },
  function (i) { return cs[i * 2 - 1](); },
  function (i) { return cs[0](); },
  function (i) { return cs[o.a.b](); },
  function (i) { return o.a[cs[0]](); },
  function (i) { return cs[cs.length - 1](); },
];
for (var k = 0; k < 40; k++) {
  for (var j = 0; j < calls.length; j++) {
    try {
      calls[j](1);
    } catch (e) {
      if (k === 0) console.log(e.name + ': ' + e.message);
    }
  }
}
