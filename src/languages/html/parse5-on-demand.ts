import { createRequire } from "node:module";
import type * as Parse5 from "parse5";

let loaded: typeof Parse5 | null = null;

/**
 * parse5, loaded on first use (a synchronous `require` of the ES module, which Node 20.19+ allows):
 * a project that lints only JS/TS without lit templates never pays for it at start-up.
 */
export function parse5(): typeof Parse5 {
  loaded ??= createRequire(import.meta.url)("parse5") as typeof Parse5;
  return loaded;
}
