// A small templating engine written with regexps, the way template helpers are.
function escapeHtml(s) {
  return String(s).replace(/[&<>"']/g, function (c) {
    return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c];
  });
}

function lookup(data, path) {
  var parts = path.split('.');
  var v = data;
  for (var i = 0; i < parts.length; i++) {
    if (v == null) return '';
    v = v[parts[i]];
  }
  return v == null ? '' : v;
}

function render(tpl, data) {
  // Sections first: {{#list}}...{{/list}} repeats for each item.
  tpl = tpl.replace(/\{\{#(\w+)\}\}([\s\S]*?)\{\{\/\1\}\}/g, function (m, name, body) {
    var items = data[name];
    if (!items) return '';
    if (!Array.isArray(items)) return render(body, data);
    return items.map(function (item, i) {
      var d = { index: i + 1 };
      Object.keys(item).forEach(function (k) { d[k] = item[k]; });
      Object.keys(data).forEach(function (k) { if (!d.hasOwnProperty(k)) d[k] = data[k]; });
      return render(body, d);
    }).join('');
  });
  // Raw {{{x}}} and escaped {{x}} variables, with an optional |filter.
  return tpl.replace(/\{\{(\{)?\s*([\w.]+)(?:\s*\|\s*(\w+))?\s*\}?\}\}/g, function (m, raw, path, filter) {
    var v = lookup(data, path);
    if (filter === 'upper') v = String(v).toUpperCase();
    else if (filter === 'trim') v = String(v).trim();
    else if (filter === 'money') v = '$' + Number(v).toFixed(2);
    return raw ? String(v) : escapeHtml(v);
  });
}

var tpl = [
  '<h1>{{ title | upper }}</h1>',
  '<p>Hello, {{user.name}} <{{user.email}}></p>',
  '<ul>{{#items}}<li>{{index}}. {{name}}: {{price|money}}</li>{{/items}}</ul>',
  '<div>{{{html}}} vs {{html}}</div>',
  '{{#missing}}never{{/missing}}{{nothing}}',
].join('\n');
console.log(render(tpl, {
  title: 'Order summary',
  user: { name: 'Ada & Co', email: 'ada@example.com' },
  items: [{ name: 'Widget', price: 9.5 }, { name: 'Gadget "pro"', price: 120 }, { name: "O'Brien's", price: 0.333 }],
  html: '<b>bold</b>',
}));

// Render many times so the JIT compiles the callbacks.
var total = 0;
for (var n = 0; n < 300; n++) {
  total += render('{{a}}-{{b|upper}}-{{#xs}}[{{v}}]{{/xs}}', { a: n, b: 'x' + n, xs: [{ v: n % 7 }, { v: n % 3 }] }).length;
}
console.log('total', total);

// Interpolation with a regexp built from a delimiter string.
function makeInterpolator(open, close) {
  var esc = function (s) { return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'); };
  var re = new RegExp(esc(open) + '\\s*(\\w+)\\s*' + esc(close), 'g');
  return function (s, vars) { return s.replace(re, function (m, k) { return vars.hasOwnProperty(k) ? vars[k] : m; }); };
}
var erb = makeInterpolator('<%=', '%>');
var dollar = makeInterpolator('${', '}');
console.log(erb('Hi <%= name %>, you owe <%=amount%> (<%= unknown %>)', { name: 'Bob', amount: 12 }));
console.log(dollar('${greeting}, ${ who }!', { greeting: 'Hello', who: 'world' }));
