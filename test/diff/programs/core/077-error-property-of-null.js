// uncaught TypeError: reading a property of null (exit code 1)
var list = [{ v: 1 }, { v: 2 }, null, { v: 4 }];
var sum = 0;
for (var i = 0; i < list.length; i++) {
  console.log('visiting', i);
  list[i].v = list[i].v * 10;
  sum += list[i].v;
  console.log('sum', sum);
}
console.log('never printed');
