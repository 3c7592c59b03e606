// break inside switch inside loop only exits the switch; continue continues the loop
var out = [];
for (var i = 0; i < 6; i++) {
  switch (i) {
    case 1:
      out.push('one');
      break;
    case 3:
      out.push('three-continue');
      continue;
    case 4:
      out.push('four');
    case 5:
      out.push('five-ish');
      break;
    default:
      out.push('d' + i);
  }
  out.push('after' + i);
}
console.log(out.join(' '));

// while loop with switch controlling the loop
var state = 'start';
var steps = [];
var guard = 0;
while (state !== 'done' && guard++ < 20) {
  switch (state) {
    case 'start': steps.push('S'); state = 'middle'; break;
    case 'middle': steps.push('M'); state = guard > 3 ? 'end' : 'middle'; continue;
    case 'end': steps.push('E'); state = 'done'; break;
  }
  steps.push('.');
}
console.log(steps.join(''));

// do-while with switch + continue
var k = 0;
var dw = [];
do {
  k++;
  switch (k % 3) {
    case 0: continue;
    case 1: dw.push('a' + k); break;
    default: dw.push('b' + k);
  }
} while (k < 8);
console.log(dw.join(','));

// for-of with switch and break out of loop using a flag
var tokens = ['1', '+', '2', '*', '3', ';', '4'];
var parts = [];
var stop = false;
for (const t of tokens) {
  switch (t) {
    case '+':
    case '*':
      parts.push('op(' + t + ')');
      break;
    case ';':
      stop = true;
      break;
    default:
      parts.push('num(' + t + ')');
  }
  if (stop) break;
}
console.log(parts.join(' '));

// nested switches
function nested(a, b) {
  switch (a) {
    case 1:
      switch (b) {
        case 1: return '1-1';
        case 2: break;
        default: return '1-?';
      }
      return '1-2 via break';
    case 2:
      return '2-*';
  }
  return 'none';
}
console.log(nested(1, 1), nested(1, 2), nested(1, 3), nested(2, 0), nested(3, 3));

// counting with switch in loop
var counts = [0, 0, 0];
var text = 'abcabcaab-xyz';
for (var j = 0; j < text.length; j++) {
  switch (text.charAt(j)) {
    case 'a': counts[0]++; break;
    case 'b': counts[1]++; break;
    default: counts[2]++;
  }
}
console.log(counts);
