exports['\u{D83C}\uDF10'] = 1; exports['\x4'] = 2; module.exports['\u{'] = 3; exports['a\
b'] = 1