await Promise.resolve(1);
for await (const x of stream) console.log(x);
const m = await import("./m.js");
export const v = await m.default;
