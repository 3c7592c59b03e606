// switch: strict equality matching
function kind(v) {
  switch (v) {
    case 1: return 'number one';
    case '1': return 'string one';
    case true: return 'true';
    case null: return 'null';
    case undefined: return 'undefined';
    case 0: return 'zero';
    default: return 'other:' + typeof v;
  }
}
console.log(kind(1), '|', kind('1'), '|', kind(true), '|', kind(null), '|', kind(undefined));
console.log(kind(0), '|', kind(-0), '|', kind(NaN), '|', kind(false), '|', kind('true'));

// case expressions evaluated in order
var evals = [];
function c(v) { evals.push(v); return v; }
switch (3) {
  case c(1): evals.push('hit1'); break;
  case c(3): evals.push('hit3'); break;
  case c(5): evals.push('hit5'); break;
}
console.log(evals.join(','));

// no match and no default
var r = 'untouched';
switch ('zzz') {
  case 'a': r = 'a';
}
console.log(r);

// switch on strings
function day(n) {
  var name;
  switch (n) {
    case 'mon': name = 'Monday'; break;
    case 'tue': name = 'Tuesday'; break;
    case 'wed': name = 'Wednesday'; break;
    default: name = 'Unknown';
  }
  return name;
}
console.log(day('mon'), day('wed'), day('sun'));

// switch(true) pattern
function range(x) {
  switch (true) {
    case x < 0: return 'neg';
    case x === 0: return 'zero';
    case x < 10: return 'small';
    default: return 'big';
  }
}
console.log(range(-5), range(0), range(3), range(50));

// empty switch
switch (1) {}
console.log('empty switch ok');

// block scoping inside cases
function scoped(v) {
  switch (v) {
    case 1: {
      let msg = 'one';
      return msg;
    }
    case 2: {
      let msg = 'two';
      return msg;
    }
  }
  return 'none';
}
console.log(scoped(1), scoped(2), scoped(3));

// discriminant evaluated once
var count = 0;
function disc() { count++; return 'b'; }
switch (disc()) {
  case 'a': break;
  case 'b': break;
  case 'c': break;
}
console.log('disc evaluated', count);

// objects compared by identity
var o1 = { id: 1 };
var o2 = { id: 1 };
function which(o) {
  switch (o) {
    case o2: return 'o2';
    case o1: return 'o1';
    default: return 'neither';
  }
}
console.log(which(o1), which(o2), which({ id: 1 }));
