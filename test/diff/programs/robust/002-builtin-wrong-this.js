// Built-in methods called on the wrong kind of receiver throw the TypeError
// node throws (test262 S15.3.4.2_A16: Function.prototype.toString used as
// an object's toString). None of them may stop the program uncatchably.
var obj = { toString: Function.prototype.toString };
try {
  String(obj);
  console.log('no error');
} catch (e) {
  console.log(e.name, e.message);
}
var receivers = [{}, 1, 'str', true, null, undefined, [1, 2]];
for (var i = 0; i < receivers.length; i++) {
  try {
    Function.prototype.toString.call(receivers[i]);
    console.log(i, 'no error');
  } catch (e) {
    console.log(i, e.name, e.message);
  }
}
// Still fine on functions (the text itself is not compared: built-ins only).
console.log(typeof Function.prototype.toString.call(Math.max));
console.log(Function.prototype.toString.call(Math.max) === String(Math.max));
