// strict and loose equality
var vals = [0, -0, 1, '', '0', '1', 'a', null, undefined, NaN, true, false, [], [0], '  ', Infinity];
var names = ['0', '-0', '1', "''", "'0'", "'1'", "'a'", 'null', 'undefined', 'NaN', 'true', 'false', '[]', '[0]', "'  '", 'Inf'];
for (var i = 0; i < vals.length; i++) {
  var loose = '', strict = '';
  for (var j = 0; j < vals.length; j++) {
    loose += (vals[i] == vals[j]) ? '1' : '.';
    strict += (vals[i] === vals[j]) ? '1' : '.';
  }
  console.log((names[i] + '          ').substring(0, 10), loose, strict);
}
console.log(null == undefined, null === undefined, null == 0, undefined == 0, null == false, undefined == '');
console.log(NaN == NaN, NaN === NaN, NaN != NaN, NaN !== NaN);
console.log('1' == 1, '1' === 1, '1.0' == 1, '1e0' == 1, ' 1 ' == 1, '0x1' == 1, '' == 0);
console.log(true == 1, true == '1', true == 'true', false == '', false == '0', false == 'false');
var o = {};
var o2 = o;
console.log(o == o2, o === o2, o == {}, {} == '[object Object]', [1, 2] == '1,2', [] == '', [null] == '', [undefined] == 0);
console.log(0 === -0, 0 == -0, 1 / 0 === 1 / -0);
console.log('abc' === 'abc', 'abc' === 'ab' + 'c', 'abc' !== 'ABC', 'a' != 'a');
var f = function () {};
console.log(f == f, f === function () {}, typeof f == 'function');
console.log(1 != '1', 1 !== '1', null != undefined, null !== undefined, 2 != 3);
