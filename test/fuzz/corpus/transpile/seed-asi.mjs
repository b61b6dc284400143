let a = 1
let b = a
(c || d).e()
x
++y
a = b
/re/g.test(s)
const f = () => {}
[1, 2].forEach(g)
`t`
export default x
import y from "z"
(function () {})()
