// A configuration merger written as older libraries write it: deep merge
// with for...in and hasOwnProperty, validation with labelled loops, and a
// lookup of which layer defined each setting.
var defaults = {
  server: { host: 'localhost', port: 8080, tls: { enabled: false, cert: null } },
  log: { level: 'info', targets: ['stdout'] },
  features: { beta: false, search: true },
  retries: 3,
};
var fileConfig = {
  server: { port: 9090, tls: { enabled: true, cert: '/etc/cert.pem' } },
  log: { level: 'debug' },
  features: { beta: true },
};
var envConfig = { server: { host: '0.0.0.0' }, retries: 5, extra: { note: 'from env' } };

function isPlainObject(v) {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

function merge(target, source) {
  for (var key in source) {
    if (!source.hasOwnProperty(key)) continue;
    var sv = source[key];
    if (isPlainObject(sv)) {
      if (!isPlainObject(target[key])) target[key] = {};
      merge(target[key], sv);
    } else if (Array.isArray(sv)) {
      target[key] = sv.slice();
    } else {
      target[key] = sv;
    }
  }
  return target;
}

function mergeAll(list) {
  var result = {};
  for (var i = 0; i < list.length; i++) merge(result, list[i]);
  return result;
}

var layers = [['defaults', defaults], ['file', fileConfig], ['env', envConfig]];
var config = merge(merge(merge({}, defaults), fileConfig), envConfig);
console.log(JSON.stringify(config, null, 2));

function flatten(obj, prefix, out) {
  out = out || {};
  for (var k in obj) {
    var path = prefix ? prefix + '.' + k : k;
    if (isPlainObject(obj[k])) flatten(obj[k], path, out);
    else out[path] = obj[k];
  }
  return out;
}

// Which layer last defined each flattened key: labelled loops stop early.
var flat = flatten(config);
var origin = {};
keys: for (var path in flat) {
  layer: for (var li = layers.length - 1; li >= 0; li--) {
    var node = layers[li][1];
    var parts = path.split('.');
    for (var pi = 0; pi < parts.length; pi++) {
      if (!isPlainObject(node) || !(parts[pi] in node)) continue layer;
      node = node[parts[pi]];
    }
    origin[path] = layers[li][0];
    continue keys;
  }
  origin[path] = '?';
}
for (var p in origin) console.log(p + ' = ' + JSON.stringify(flat[p]) + '  (' + origin[p] + ')');

// Validation: the first problem per section, with a labelled break out of nested checks.
var rules = {
  server: { port: 'number', host: 'string' },
  log: { level: ['debug', 'info', 'warn', 'error'] },
  retries: 'number',
};
function validate(cfg) {
  var problems = [];
  sections: for (var section in rules) {
    var rule = rules[section];
    if (typeof rule === 'string') {
      if (typeof cfg[section] !== rule) problems.push(section + ' should be a ' + rule);
      continue;
    }
    for (var field in rule) {
      var want = rule[field];
      var have = cfg[section] && cfg[section][field];
      check: {
        if (Array.isArray(want)) {
          for (var w = 0; w < want.length; w++) if (want[w] === have) break check;
          problems.push(section + '.' + field + ' must be one of ' + want.join('/'));
          continue sections;
        }
        if (typeof have !== want) {
          problems.push(section + '.' + field + ' should be a ' + want);
          continue sections;
        }
      }
    }
  }
  return problems;
}
console.log(validate(config));
console.log(validate(mergeAll([config, { server: { port: '80' }, log: { level: 'loud' }, retries: 'x' }])));
// Many merges (hot): the same shapes over and over.
var acc = 0;
for (var rep = 0; rep < 400; rep++) {
  var m = mergeAll([defaults, { retries: rep, server: { port: rep } }]);
  acc += m.retries + m.server.port + (validate(m).length);
}
console.log(acc);
