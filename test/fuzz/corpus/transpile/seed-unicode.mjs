let \u0061bc = 1, \u{62}cd = 2, café = 3, ℘x = 4;
const s = " "; // line separator in a string
x y z
w// comment
