class A extends B { #x = 1; static #y; static { await; } get [k]() {} async *g() { yield* 1 } }
label: for await (const {a, b: [c = 1, ...d]} of e) { continue label; }
x = a?.b?.[c]?.(d) ?? e ** 2 >>>= 1n;
