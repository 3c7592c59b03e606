// Error objects without try/catch
var e1 = new Error('boom');
console.log(e1.message, e1.name, e1 instanceof Error, typeof e1);
var e2 = Error('no new');
console.log(e2.message, e2.name, e2 instanceof Error);
var t1 = new TypeError('bad type');
var t2 = TypeError('bad type 2');
console.log(t1.name, t1.message, t1 instanceof TypeError, t1 instanceof Error, t2.name, t2 instanceof TypeError);
var r1 = new RangeError('out of range');
var r2 = RangeError('r2');
console.log(r1.name, r1.message, r1 instanceof RangeError, r1 instanceof Error, r1 instanceof TypeError, r2.message);
var f1 = new ReferenceError('ref');
var f2 = ReferenceError();
console.log(f1.name, f1.message, f1 instanceof ReferenceError, f1 instanceof Error, '[' + f2.message + ']', f2.name);
var empty = new Error();
console.log('[' + empty.message + ']', empty.name);
var num = new Error(42);
console.log(num.message, typeof num.message);
var undef = new Error(undefined);
console.log('[' + undef.message + ']');
var nul = new Error(null);
console.log(nul.message, typeof nul.message);
console.log(String(e1), '' + t1, '' + empty, 'x: ' + r1);
console.log(String(new TypeError()), String(new RangeError('')));
e1.message = 'changed';
console.log(e1.message, String(e1));
e1.name = 'Custom';
console.log(String(e1), e1.name);
var withProps = new Error('props');
withProps.code = 'E_CODE';
withProps.detail = { a: 1 };
console.log(withProps.code, withProps.detail.a);
function makeError(kind, msg) {
  switch (kind) {
    case 'type': return new TypeError(msg);
    case 'range': return new RangeError(msg);
    case 'ref': return new ReferenceError(msg);
    default: return new Error(msg);
  }
}
var kinds = ['type', 'range', 'ref', 'other'];
for (const k of kinds) {
  var err = makeError(k, k + ' failed');
  console.log(err.name, err.message, err instanceof Error, err instanceof TypeError, err instanceof RangeError, err instanceof ReferenceError);
}
console.log(typeof Error, typeof TypeError, Error === TypeError);
console.log(typeof e1.stack);
