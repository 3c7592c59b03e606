// A markdown-to-HTML converter for a few constructs, written with regexps.
function escape(s) { return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;'); }

function inline(s) {
  var codes = [];
  s = s.replace(/`([^`]+)`/g, function (m, code) { codes.push('<code>' + escape(code) + '</code>'); return '\u0000' + (codes.length - 1) + '\u0000'; });
  s = escape(s);
  s = s.replace(/!\[([^\]]*)\]\(([^)\s]+)\)/g, '<img alt="$1" src="$2">');
  s = s.replace(/\[([^\]]+)\]\(([^)\s]+)(?:\s+"([^"]*)")?\)/g, function (m, label, href, title) {
    return '<a href="' + href + '"' + (title ? ' title="' + title + '"' : '') + '>' + label + '</a>';
  });
  s = s.replace(/(\*\*|__)(?=\S)([\s\S]*?\S)\1/g, '<strong>$2</strong>');
  s = s.replace(/(\*|_)(?=\S)([\s\S]*?\S)\1/g, '<em>$2</em>');
  s = s.replace(/~~(.+?)~~/g, '<del>$1</del>');
  s = s.replace(/\u0000(\d+)\u0000/g, function (m, i) { return codes[+i]; });
  return s;
}

function markdown(src) {
  var lines = src.replace(/\r\n?/g, '\n').split('\n');
  var html = [];
  var i = 0;
  while (i < lines.length) {
    var line = lines[i];
    var m;
    if (/^\s*$/.test(line)) { i++; continue; }
    if ((m = /^(#{1,6})\s+(.*?)\s*#*$/.exec(line))) {
      var id = m[2].toLowerCase().replace(/[^\w]+/g, '-').replace(/^-|-$/g, '');
      html.push('<h' + m[1].length + ' id="' + id + '">' + inline(m[2]) + '</h' + m[1].length + '>');
      i++;
    } else if (/^```/.test(line)) {
      var lang = line.slice(3).trim();
      var code = [];
      i++;
      while (i < lines.length && !/^```\s*$/.test(lines[i])) code.push(lines[i++]);
      i++;
      html.push('<pre><code' + (lang ? ' class="language-' + lang + '"' : '') + '>' + escape(code.join('\n')) + '</code></pre>');
    } else if (/^\s*([-*+]|\d+\.)\s+/.test(line)) {
      var ordered = /^\s*\d+\./.test(line);
      var items = [];
      while (i < lines.length && (m = /^\s*(?:[-*+]|\d+\.)\s+(.*)$/.exec(lines[i]))) { items.push('<li>' + inline(m[1]) + '</li>'); i++; }
      html.push((ordered ? '<ol>' : '<ul>') + items.join('') + (ordered ? '</ol>' : '</ul>'));
    } else if (/^>\s?/.test(line)) {
      var quote = [];
      while (i < lines.length && /^>\s?/.test(lines[i])) quote.push(lines[i++].replace(/^>\s?/, ''));
      html.push('<blockquote>' + markdown(quote.join('\n')) + '</blockquote>');
    } else if (/^(?:-{3,}|\*{3,})\s*$/.test(line)) {
      html.push('<hr>');
      i++;
    } else {
      var para = [];
      while (i < lines.length && !/^\s*$/.test(lines[i]) && !/^(#|```|>|\s*[-*+]\s)/.test(lines[i])) para.push(lines[i++].trim());
      html.push('<p>' + inline(para.join(' ')) + '</p>');
    }
  }
  return html.join('\n');
}

var doc = [
  '# Hello, *World*!',
  '',
  'This is **bold**, this is _emphasis_, and this is `a < b && c`.',
  'A [link](http://example.com "Example") and an ![image](pic.png).',
  '',
  '## A list ##',
  '- first item',
  '- second with **strong** text',
  '* third ~~struck~~',
  '',
  '1. one',
  '2. two',
  '',
  '> quoted *text*',
  '> # quoted heading',
  '',
  '```js',
  'if (a < b) { return "<tag>"; }',
  '```',
  '---',
  'Trailing paragraph',
  'on two lines.',
].join('\n');
console.log(markdown(doc));

var size = 0;
for (var n = 0; n < 60; n++) size += markdown(doc.replace(/World/g, 'World ' + n)).length;
console.log('size', size);
