// uncaught TypeError: reading a property of undefined (exit code 1)
var data = { user: { name: 'ann' } };
console.log(data.user.name);
console.log(data.profile);
function getCity(d) {
  console.log('looking up city');
  return d.profile.city;
}
var results = [];
for (var i = 0; i < 3; i++) results.push(i * i);
console.log(results);
console.log(getCity(data));
console.log('never printed');
