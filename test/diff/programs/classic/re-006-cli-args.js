// A CLI-style argument parser built on regexps.
function parseArgs(argv, spec) {
  var out = { _: [], errors: [] };
  var aliases = {};
  Object.keys(spec).forEach(function (k) {
    var s = spec[k];
    if (s.alias) aliases[s.alias] = k;
    if (s.default !== undefined) out[k] = s.default;
  });
  var LONG = /^--(no-)?([a-z][a-z0-9-]*)(?:=([\s\S]*))?$/i;
  var SHORT = /^-([a-z]+)$/i;
  var NUMBER = /^[-+]?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?$/i;
  function camel(name) { return name.replace(/-([a-z])/g, function (m, c) { return c.toUpperCase(); }); }
  function coerce(name, v) {
    var s = spec[name];
    if (!s) return v;
    if (s.type === 'number') {
      if (!NUMBER.test(v)) { out.errors.push('--' + name + ' expects a number, got ' + JSON.stringify(v)); return NaN; }
      return Number(v);
    }
    if (s.type === 'list') return v.split(/\s*,\s*/).filter(function (x) { return x.length > 0; });
    if (s.match && !s.match.test(v)) { out.errors.push('--' + name + ' must match ' + s.match); return v; }
    return v;
  }
  for (var i = 0; i < argv.length; i++) {
    var a = argv[i];
    var m;
    if (a === '--') { out._ = out._.concat(argv.slice(i + 1)); break; }
    if ((m = LONG.exec(a))) {
      var name = camel(m[2]);
      var s = spec[name];
      if (!s) { out.errors.push('unknown option --' + m[2]); continue; }
      if (s.type === 'boolean') { out[name] = !m[1]; continue; }
      var v = m[3] !== undefined ? m[3] : argv[++i];
      if (v === undefined) { out.errors.push('--' + m[2] + ' needs a value'); continue; }
      out[name] = coerce(name, v);
    } else if ((m = SHORT.exec(a))) {
      var letters = m[1].split('');
      for (var j = 0; j < letters.length; j++) {
        var full = aliases[letters[j]];
        if (!full) { out.errors.push('unknown flag -' + letters[j]); continue; }
        if (spec[full].type === 'boolean') out[full] = true;
        else if (j === letters.length - 1) out[full] = coerce(full, argv[++i]);
        else out.errors.push('-' + letters[j] + ' needs a value');
      }
    } else out._.push(a);
  }
  return out;
}

var spec = {
  verbose: { type: 'boolean', alias: 'v' },
  color: { type: 'boolean', default: true },
  jobs: { type: 'number', alias: 'j', default: 1 },
  outDir: { type: 'string', alias: 'o', match: /^[\w./-]+$/ },
  include: { type: 'list' },
  logLevel: { type: 'string', match: /^(debug|info|warn|error)$/ },
};
var cases = [
  ['build', '-v', '--jobs=4', '--out-dir', 'dist/out', 'src/a.js'],
  ['--no-color', '-vj', '8', '--include', 'a, b,,c', '--', '--not-an-option'],
  ['--jobs', 'many', '--log-level=trace', '--bogus', '-x', '--out-dir=bad dir!'],
  ['--log-level=warn', '--jobs=1e3', '--jobs=.5', 'file one', '--out-dir'],
];
cases.forEach(function (argv) { console.log(JSON.stringify(parseArgs(argv, spec))); });

// Parse many command lines so the parser runs hot.
var opts = 0;
for (var n = 0; n < 400; n++) {
  var r = parseArgs(['-v', '--jobs=' + n, '--include', 'x' + n + ',y', 'f' + n], spec);
  opts += r.jobs + r.include.length + r._.length;
}
console.log('opts', opts);

// Usage text is wrapped with a regexp.
function wrap(text, width) {
  return text.replace(new RegExp('(?![^\\n]{1,' + width + '}$)([^\\n]{1,' + width + '})\\s', 'g'), '$1\n');
}
console.log(wrap('Usage: tool [options] <files...> where options are any of the flags listed below and files are paths relative to the current directory', 30));
