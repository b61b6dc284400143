#!/usr/bin/env node
import a, * as b from "c" with { type: "json" };
export { a as "d e", b };
export default class {}
