// string algorithms: levenshtein, anagrams, vowels, word wrap
function lev(a, b) {
  var prev = [];
  for (var j = 0; j <= b.length; j++) prev.push(j);
  for (var i = 1; i <= a.length; i++) {
    var cur = [i];
    for (var k = 1; k <= b.length; k++) {
      var cost = a.charAt(i - 1) === b.charAt(k - 1) ? 0 : 1;
      cur.push(Math.min(prev[k] + 1, cur[k - 1] + 1, prev[k - 1] + cost));
    }
    prev = cur;
  }
  return prev[b.length];
}
console.log(lev('kitten', 'sitting'), lev('', 'abc'), lev('abc', ''), lev('flaw', 'lawn'), lev('same', 'same'), lev('intention', 'execution'));
function sortChars(s) {
  var arr = s.split('');
  for (var i = 1; i < arr.length; i++) {
    var v = arr[i], j = i - 1;
    while (j >= 0 && arr[j] > v) { arr[j + 1] = arr[j]; j--; }
    arr[j + 1] = v;
  }
  return arr.join('');
}
var words = ['listen', 'silent', 'enlist', 'google', 'gooegl', 'cat', 'act', 'tac', 'dog'];
var groups = {};
var keys = [];
for (const w of words) {
  var k = sortChars(w);
  if (groups[k] === undefined) { groups[k] = []; keys.push(k); }
  groups[k].push(w);
}
console.log(groups);
console.log(keys.map(k => groups[k].join('/')).join(' | '));
function countVowels(s) {
  var n = 0;
  var lower = s.toLowerCase();
  for (var i = 0; i < lower.length; i++) if ('aeiou'.indexOf(lower.charAt(i)) >= 0) n++;
  return n;
}
console.log(countVowels('Hello World'), countVowels('RHYTHM'), countVowels('AEIOUaeiou'));
function wrap(text, width) {
  var words = text.split(' ');
  var lines = [];
  var line = '';
  for (const w of words) {
    if (line.length === 0) line = w;
    else if (line.length + 1 + w.length <= width) line += ' ' + w;
    else { lines.push(line); line = w; }
  }
  if (line.length) lines.push(line);
  return lines;
}
var lorem = 'the quick brown fox jumps over the lazy dog and then keeps running far beyond the hills into the sunset';
var wrapped = wrap(lorem, 20);
for (const l of wrapped) console.log('|' + l + '|');
console.log(wrap(lorem, 40));
function compress(s) {
  var out = '';
  for (var i = 0; i < s.length; i++) if (i === 0 || s.charAt(i) !== s.charAt(i - 1)) out += s.charAt(i);
  return out;
}
console.log(compress('aaabbbcccaaa'), compress(''), compress('abc'));
function longestCommonPrefix(list) {
  if (list.length === 0) return '';
  var prefix = list[0];
  for (const s of list) while (s.indexOf(prefix) !== 0) prefix = prefix.substring(0, prefix.length - 1);
  return prefix;
}
console.log('[' + longestCommonPrefix(['flower', 'flow', 'flight']) + ']', '[' + longestCommonPrefix(['dog', 'car']) + ']', longestCommonPrefix(['same', 'same']));
function isBalanced(s) {
  var stack = [];
  var pairs = { ')': '(', ']': '[', '}': '{' };
  for (var i = 0; i < s.length; i++) {
    var c = s.charAt(i);
    if (c === '(' || c === '[' || c === '{') stack.push(c);
    else if (pairs[c] !== undefined) { if (stack.pop() !== pairs[c]) return false; }
  }
  return stack.length === 0;
}
console.log(['()', '([]{})', '(]', '((', '', 'a(b)c[d{e}]'].map(isBalanced).join(' '));
