// if/else chains and truthiness
function classify(v) {
  if (v) {
    return 'truthy';
  } else {
    return 'falsy';
  }
}
var values = [0, -0, 1, -1, '', 'a', ' ', '0', null, undefined, NaN, [], {}, 0.0001, Infinity, function () {}];
var out = [];
for (var i = 0; i < values.length; i++) out.push(classify(values[i]));
console.log(out.join(' '));

function grade(score) {
  if (score >= 90) return 'A';
  else if (score >= 80) return 'B';
  else if (score >= 70) return 'C';
  else if (score >= 60) return 'D';
  else return 'F';
}
console.log([95, 90, 89.99, 80, 75, 60, 59, -1, NaN].map(grade).join(''));

// dangling else
function dangling(a, b) {
  var r = 'none';
  if (a)
    if (b) r = 'both';
    else r = 'a only';
  return r;
}
console.log(dangling(true, true), dangling(true, false), dangling(false, true), dangling(false, false));

// nested if with side effects in conditions
var log = [];
function t(name, v) { log.push(name); return v; }
if (t('a', 0) || t('b', 1)) {
  if (t('c', 1) && t('d', 0)) {
    log.push('inner-then');
  } else {
    log.push('inner-else');
  }
}
console.log(log.join(','));

// if without braces and empty statements
var x = 5;
if (x > 3) x = x * 2; else x = 0;
console.log(x);
if (x) ;
else x = -1;
console.log(x);

// assignment in condition
var n;
if ((n = 7) > 5) console.log('n assigned', n);

// compare strings and numbers in ifs
if ('10' > 9) console.log('"10" > 9');
if ('10' > '9') console.log('"10" > "9"'); else console.log('"10" <= "9" lexicographically');
if (null) console.log('null truthy'); else console.log('null falsy');
if (undefined == null) console.log('undefined == null');
if (!(NaN === NaN)) console.log('NaN !== NaN');

// block scoping inside if branches
var which;
if (true) { let which = 'inner'; which = which + '!'; } else { which = 'never'; }
console.log(which);
