// string literal escapes and unicode
console.log('single', "double", 'it\'s', "say \"hi\"", 'mixed "q"', "mixed 'q'");
console.log('tab:[\t] backslash:[\\] nul-length:' + '\0'.length);
console.log('line1\nline2');
console.log('cr-length', '\r'.length, 'vt', '\v'.charCodeAt(0), 'ff', '\f'.charCodeAt(0), 'bs', '\b'.charCodeAt(0));
console.log('\x41\x42\x43', '\u0041\u00e9\u4e2d', '\u{1F600}'.length, '\u{41}');
console.log('caf\u00e9', 'na\u00efve', '\u00bfque?', 'Σ', 'π ≈ 3.14');
console.log('emoji len', '😀'.length, '😀'.charCodeAt(0), '😀'.charCodeAt(1));
console.log('ab\
cd');
console.log('\a\c\d' === 'acd', '\'' === "'", "\"" === '"');
console.log(''.length, ' '.length, 'abc'.length, '\u00e9'.length, 'e\u0301'.length);
var s = 'He said "x\ty"';
console.log(s, s.length);
console.log(['quote\'s', 'dq"', 'both \' "', 'nl\nx', 'tab\tx', 'back\\slash']);
console.log({ k: 'it\'s', j: 'a"b', u: '\u00e9', n: 'l\nm' });
console.log('unicode escapes compare', '\u0061' === 'a', '\x61' === 'a');
console.log('chars', 'A'.charCodeAt(0), 'z'.charCodeAt(0), '0'.charCodeAt(0), ' '.charCodeAt(0), '\u00ff'.charCodeAt(0), '\uffff'.charCodeAt(0));
console.log(String.fromCharCode(72, 105, 33), String.fromCharCode(0x263a), String.fromCharCode(65 + 65536));
console.log('concat ' + 'of ' + "quoted" + ' parts');
console.log("multi\\nnot-a-newline");
