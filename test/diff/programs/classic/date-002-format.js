// A strftime-like formatter installed on Date.prototype, the way old libraries did it.
Date.prototype.format = function (fmt) {
  var d = this;
  var pad = function (n, w) { n = String(n); while (n.length < (w || 2)) n = '0' + n; return n; };
  var days = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
  var months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
  return fmt.replace(/%([a-zA-Z%])/g, function (m, c) {
    switch (c) {
      case 'Y': return d.getFullYear();
      case 'y': return pad(d.getFullYear() % 100);
      case 'm': return pad(d.getMonth() + 1);
      case 'd': return pad(d.getDate());
      case 'e': return d.getDate();
      case 'H': return pad(d.getHours());
      case 'I': return pad(d.getHours() % 12 || 12);
      case 'M': return pad(d.getMinutes());
      case 'S': return pad(d.getSeconds());
      case 'L': return pad(d.getMilliseconds(), 3);
      case 'p': return d.getHours() < 12 ? 'AM' : 'PM';
      case 'A': return days[d.getDay()];
      case 'a': return days[d.getDay()].slice(0, 3);
      case 'B': return months[d.getMonth()];
      case 'b': return months[d.getMonth()].slice(0, 3);
      case 'j': return pad(Math.floor((d - new Date(d.getFullYear(), 0, 1)) / 864e5) + 1, 3);
      case 's': return Math.floor(d.getTime() / 1000);
      case '%': return '%';
      default: return m;
    }
  });
};

Date.prototype.addDays = function (n) { var r = new Date(this.getTime()); r.setDate(r.getDate() + n); return r; };
Date.prototype.startOfWeek = function () { return this.addDays(-this.getDay()); };

var base = new Date(2024, 1, 27, 9, 5, 3, 45);
console.log(base.format('%Y-%m-%d %H:%M:%S.%L'));
console.log(base.format('%A, %B %e, %Y at %I:%M %p (day %j, %s, %q, 100%%)'));
console.log(base.addDays(3).format('%a %b %d %y'), base.startOfWeek().format('%a %d'));

// A calendar for one month.
function calendar(year, month) {
  var first = new Date(year, month, 1);
  var lines = [first.format('%B %Y'), 'Su Mo Tu We Th Fr Sa'];
  var line = '';
  for (var i = 0; i < first.getDay(); i++) line += '   ';
  for (var day = first; day.getMonth() === month; day = day.addDays(1)) {
    line += (day.getDate() < 10 ? ' ' : '') + day.getDate() + ' ';
    if (day.getDay() === 6) { lines.push(line.replace(/\s+$/, '')); line = ''; }
  }
  if (line) lines.push(line.replace(/\s+$/, ''));
  return lines.join('\n');
}
console.log(calendar(2024, 1));
console.log(calendar(2023, 11));

// Relative time and durations.
function ago(from, to) {
  var s = Math.round((to - from) / 1000);
  var units = [['year', 31536000], ['month', 2592000], ['day', 86400], ['hour', 3600], ['minute', 60], ['second', 1]];
  for (var i = 0; i < units.length; i++) {
    var n = Math.floor(s / units[i][1]);
    if (n >= 1) return n + ' ' + units[i][0] + (n > 1 ? 's' : '') + ' ago';
  }
  return 'just now';
}
var now = new Date(2024, 5, 15, 12, 0, 0);
[new Date(2024, 5, 15, 11, 59, 30), new Date(2024, 5, 15, 9, 0), new Date(2024, 5, 1), new Date(2023, 0, 1), now].forEach(function (d) { console.log(ago(d, now)); });

// Format many dates (a hot loop through the prototype method).
var histogram = {};
var day = new Date(2023, 0, 1);
for (var k = 0; k < 400; k++) {
  var key = day.format('%a');
  histogram[key] = (histogram[key] || 0) + 1;
  day = day.addDays(1);
}
console.log(histogram, day.format('%Y-%m-%d'));
