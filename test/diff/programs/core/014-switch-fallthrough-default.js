// fall-through and default in various positions
function fall(n) {
  var out = [];
  switch (n) {
    case 1: out.push('one');
    case 2: out.push('two');
    case 3: out.push('three'); break;
    case 4: out.push('four');
  }
  return out.join('+') || '(none)';
}
for (var i = 0; i <= 5; i++) console.log(i, fall(i));

// default in the middle: used when nothing matches, falls through to next cases
function mid(n) {
  var out = [];
  switch (n) {
    case 'a': out.push('A');
    default: out.push('D');
    case 'b': out.push('B'); break;
    case 'c': out.push('C');
  }
  return out.join('');
}
console.log(mid('a'), mid('b'), mid('c'), mid('x'));

// default first
function first(n) {
  var out = [];
  switch (n) {
    default: out.push('def');
    case 1: out.push('1'); break;
    case 2: out.push('2');
  }
  return out.join(',');
}
console.log(first(1), first(2), first(3));

// default last with fall-through into it
function last(n) {
  var out = [];
  switch (n) {
    case 1: out.push('1');
    case 2: out.push('2');
    default: out.push('def');
  }
  return out.join(',');
}
console.log(last(1), last(2), last(9));

// cases grouped
function vowel(ch) {
  switch (ch) {
    case 'a':
    case 'e':
    case 'i':
    case 'o':
    case 'u':
      return 'vowel';
    case 'y':
      return 'sometimes';
    default:
      return 'consonant';
  }
}
console.log('hello yay'.split('').map(vowel).join(' '));

// default in middle evaluates later case expressions first
var log = [];
function e(v) { log.push('eval' + v); return v; }
switch (99) {
  case e(1): log.push('c1');
  default: log.push('default');
  case e(2): log.push('c2');
}
console.log(log.join(' '));

// return inside fall-through
function ret(n) {
  switch (n) {
    case 0:
    case 1: if (n === 1) return 'one!';
    case 2: return 'fell to two from ' + n;
  }
  return 'end';
}
console.log(ret(0), '|', ret(1), '|', ret(2), '|', ret(3));
