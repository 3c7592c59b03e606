// Parses web-server style log lines with a regexp and aggregates them (hot loop).
var LINE = /^(\S+) \S+ (\S+) \[([^\]]+)\] "(?<method>[A-Z]+) (?<path>[^ "]+)[^"]*" (?<status>\d{3}) (\d+|-)(?: "([^"]*)" "([^"]*)")?$/;
var methods = ['GET', 'POST', 'PUT', 'DELETE'];
var paths = ['/', '/index.html', '/api/users/42', '/api/orders?id=7', '/static/app.js', '/login'];
var agents = ['Mozilla/5.0', 'curl/8.1', 'Googlebot/2.1'];

function makeLine(i) {
  var ip = '10.0.' + (i % 7) + '.' + (i * 13 % 250);
  var user = i % 5 === 0 ? 'alice' : '-';
  var day = 1 + (i % 28);
  var ts = (day < 10 ? '0' + day : day) + '/Mar/2024:' + (10 + i % 12) + ':' + (10 + i % 50) + ':0' + (i % 10) + ' +0000';
  var status = [200, 200, 200, 304, 404, 500][i % 6];
  var bytes = status === 304 ? '-' : String(100 + (i * 37) % 5000);
  var tail = i % 4 === 0 ? '' : ' "https://ref.example/' + (i % 3) + '" "' + agents[i % 3] + '"';
  return ip + ' - ' + user + ' [' + ts + '] "' + methods[i % 4] + ' ' + paths[i % 6] + ' HTTP/1.1" ' + status + ' ' + bytes + tail;
}

var lines = [];
for (var i = 0; i < 600; i++) lines.push(makeLine(i));
lines.push('garbage line that does not parse');
lines.push('');

var byStatus = {};
var byPath = {};
var bytes = 0;
var bad = 0;
var bots = 0;
var users = {};
for (var j = 0; j < lines.length; j++) {
  var m = LINE.exec(lines[j]);
  if (!m) { bad++; continue; }
  var g = m.groups;
  byStatus[g.status] = (byStatus[g.status] || 0) + 1;
  var path = g.path.replace(/\?.*$/, '').replace(/\/\d+(?=\/|$)/g, '/:id');
  byPath[path] = (byPath[path] || 0) + 1;
  if (m[5] !== '-') bytes += parseInt(m[5], 10);
  if (m[7] !== undefined && /bot/i.test(m[7])) bots++;
  if (m[2] !== '-') users[m[2]] = (users[m[2]] || 0) + 1;
}
console.log('status', byStatus);
console.log('paths', byPath);
console.log('bytes', bytes, 'bad', bad, 'bots', bots, 'users', users);

var first = LINE.exec(lines[1]);
console.log(first.slice(0, 4), first.groups, first.index, first.input === lines[1]);

// Timestamps: split into parts with a regexp and a destructuring-free loop.
var stamp = /(\d{2})\/(\w{3})\/(\d{4}):(\d{2}):(\d{2}):(\d{2}) ([+-]\d{4})/;
var hours = {};
for (var k = 0; k < lines.length; k++) {
  var t = stamp.exec(lines[k]);
  if (t) hours[t[4]] = (hours[t[4]] || 0) + 1;
}
console.log(Object.keys(hours).sort().map(function (h) { return h + ':' + hours[h]; }).join(' '));
