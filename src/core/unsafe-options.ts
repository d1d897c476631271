import type * as ESTree from "estree";
import type { UnsafeOption, ValueTest } from "../data/recorder-options.js";
import { type AnyNode, type OptionEntry, type OptionObject, type OptionResolver, isIdentityFunction } from "./option-values.js";
import { selectorsReaching, selectsEverything } from "./selector-reach.js";

/**
 * Evaluates the weakening-option table (src/data/recorder-options.ts) against one options object a
 * recorder SDK receives. Three-valued: an option is reported only when it certainly weakens, and a
 * `quietWhen` sibling keeps it quiet when it certainly or possibly applies.
 */

type Verdict = "yes" | "no" | "unknown";

export interface UnsafeFinding {
  option: UnsafeOption;
  /** Where to report: the property (`key: value`), or the selector string inside a list. */
  node: AnyNode;
  /** The value expression as written (what a suggestion replaces). */
  value: AnyNode;
  property: ESTree.Property | null;
  /** Selector tests: the selectors that reach fields, media or every element. */
  selectors?: readonly string[];
  /** Key or item tests: what is missing (`maskInputOptions` without `password`). */
  missing?: readonly string[];
  /** `absent` tests: the option is not set; `node` and `value` are the options object. */
  unset?: boolean;
}

interface Evaluation {
  verdict: Verdict;
  /** Selector tests report each offending list element on its own. */
  hits?: { node: AnyNode; selectors: string[] }[];
  missing?: string[];
}

const NO: Evaluation = { verdict: "no" };
const YES: Evaluation = { verdict: "yes" };
const UNKNOWN: Evaluation = { verdict: "unknown" };
const ARRAY_ITEMS = "[]";

function fromCounts(passing: number, total: number): Evaluation {
  if (passing === total) return YES;
  return passing === 0 ? NO : UNKNOWN;
}

function stringsOf(values: readonly unknown[]): string[] | null {
  const strings: string[] = [];
  for (const value of values) {
    if (typeof value === "string") strings.push(value);
    else if (Array.isArray(value) && value.every((item) => typeof item === "string")) strings.push(...(value));
    else return null;
  }
  return strings;
}

class Evaluator {
  constructor(private readonly resolver: OptionResolver) {}

  evaluate(test: ValueTest, value: AnyNode | undefined): Evaluation {
    if (value === undefined) return NO;
    switch (test.kind) {
      case "absent":
        return NO;
      case "present": {
        // Set to a value the file shows (an env value may well be undefined at run time).
        const candidates = this.resolver.candidates(value);
        if (!candidates) return UNKNOWN;
        return fromCounts(candidates.filter((c) => c !== undefined && c !== null).length, candidates.length);
      }
      case "equals": {
        const candidates = this.resolver.candidates(value);
        if (!candidates) return UNKNOWN;
        return fromCounts(candidates.filter((c) => test.values.some((v) => v === c)).length, candidates.length);
      }
      case "enabled": {
        if (this.resolver.object(value)) return YES;
        const candidates = this.resolver.candidates(value);
        if (!candidates) return UNKNOWN;
        const on = candidates.filter((c) => c === true || (typeof c === "object" && c !== null));
        return fromCounts(on.length, candidates.length);
      }
      case "nonEmpty":
        return this.nonEmpty(value);
      case "selectorMatches":
        return this.selectorMatches(value, (list) => selectorsReaching(list, test.targets, test.inherited));
      case "selectorMissesEverything": {
        const candidates = this.resolver.candidates(value);
        if (!candidates) return UNKNOWN;
        const misses = candidates.filter((c) => c === null || c === "" || (typeof c === "string" && !selectsEverything(c)));
        return fromCounts(misses.length, candidates.length);
      }
      case "missingItems":
        return this.missingItems(value, test.items);
      case "lacksTrueKeys":
      case "setsTrueKeys":
        return this.trueKeys(value, test.keys, test.kind === "lacksTrueKeys");
      case "identityFunction": {
        const fn = this.resolver.functionOf(value);
        if (!fn) return UNKNOWN;
        return isIdentityFunction(fn) ? YES : NO;
      }
    }
  }

  private nonEmpty(value: AnyNode): Evaluation {
    const array = this.resolver.array(value);
    if (array) {
      if (array.elements.length > 0) return YES;
      return array.open ? UNKNOWN : NO;
    }
    const candidates = this.resolver.candidates(value);
    if (!candidates) return UNKNOWN;
    const filled = candidates.filter((c) => (typeof c === "string" || Array.isArray(c)) && c.length > 0);
    return fromCounts(filled.length, candidates.length);
  }

  private selectorMatches(value: AnyNode, reaching: (list: string) => string[]): Evaluation {
    const array = this.resolver.array(value);
    const parts = array ? array.elements : [value];
    const hits: { node: AnyNode; selectors: string[] }[] = [];
    let unknown = array?.open ?? false;
    for (const part of parts) {
      const candidates = this.resolver.candidates(part);
      const strings = candidates && stringsOf(candidates.filter((c) => c !== null && c !== undefined));
      if (!strings) {
        unknown = true;
        continue;
      }
      const selectors = [...new Set(strings.flatMap(reaching))];
      if (selectors.length > 0) hits.push({ node: part, selectors });
    }
    if (hits.length > 0) return { verdict: "yes", hits };
    return unknown ? UNKNOWN : NO;
  }

  private missingItems(value: AnyNode, items: readonly string[]): Evaluation {
    const array = this.resolver.array(value);
    let present: string[] | null = null;
    if (array) {
      if (array.open) return UNKNOWN;
      present = [];
      for (const element of array.elements) {
        const strings = stringsOf(this.resolver.candidates(element) ?? [undefined]);
        if (!strings) return UNKNOWN;
        present.push(...strings);
      }
    } else {
      const candidates = this.resolver.candidates(value);
      present = candidates && candidates.length === 1 ? stringsOf(candidates) : null;
      if (!present) return UNKNOWN;
    }
    const missing = items.filter((item) => !present.includes(item));
    return missing.length > 0 ? { verdict: "yes", missing } : NO;
  }

  private trueKeys(value: AnyNode, keys: readonly string[], reportLacking: boolean): Evaluation {
    const object = this.resolver.object(value);
    let unknown = false;
    const lacking: string[] = [];
    if (object) {
      for (const key of keys) {
        const entry = object.entries.get(key);
        if (!entry) {
          if (object.open) unknown = true;
          else lacking.push(key);
          continue;
        }
        const setTrue = entry.overridable ? UNKNOWN : this.evaluate({ kind: "equals", values: [true] }, entry.value);
        if (setTrue.verdict === "unknown") unknown = true;
        else if (setTrue.verdict === "no") lacking.push(key);
      }
    } else {
      const candidates = this.resolver.candidates(value);
      const record = candidates?.length === 1 ? candidates[0] : undefined;
      if (typeof record !== "object" || record === null) return UNKNOWN;
      for (const key of keys) if ((record as Record<string, unknown>)[key] !== true) lacking.push(key);
    }
    if (reportLacking) {
      if (lacking.length > 0) return { verdict: "yes", missing: lacking };
      return unknown ? UNKNOWN : NO;
    }
    if (lacking.length > 0) return NO;
    return unknown ? UNKNOWN : YES;
  }
}

interface Located {
  entry: OptionEntry | null;
  /** The entry may exist but is hidden behind an unknown spread. */
  hidden: boolean;
}

/** The entries at `path` (several under `[]`), skipping values a later unknown write may replace. */
function locate(resolver: OptionResolver, object: OptionObject, path: readonly string[]): Located[] {
  const [head, ...rest] = path;
  if (head === undefined) return [];
  const entry = object.entries.get(head);
  if (!entry) return [{ entry: null, hidden: object.open }];
  if (entry.overridable) return [{ entry: null, hidden: true }];
  if (rest.length === 0) return [{ entry, hidden: false }];
  if (rest[0] === ARRAY_ITEMS) {
    const array = resolver.array(entry.value);
    if (!array) return [{ entry: null, hidden: true }];
    return array.elements.flatMap((element) => {
      const item = resolver.object(element);
      return item ? locate(resolver, item, rest.slice(1)) : [{ entry: null, hidden: true }];
    });
  }
  const child = resolver.object(entry.value);
  return child ? locate(resolver, child, rest) : [{ entry: null, hidden: true }];
}

/** `["privacyConfig", "urlMaskLevels", "[]", "maskLevel"]` -> `privacyConfig.urlMaskLevels[].maskLevel`. */
export function formatOptionPath(path: readonly string[]): string {
  return path.map((segment, index) => (segment === ARRAY_ITEMS || index === 0 ? segment : `.${segment}`)).join("");
}

function startsWith(path: readonly string[], prefix: readonly string[]): boolean {
  return prefix.every((segment, index) => path[index] === segment);
}

/**
 * The weakening options set in `optionsNode`. `rootPath` says where that object sits in the vendor's
 * option tree (`["init"]` for New Relic's `NREUM.init = {...}`).
 */
export function findUnsafeOptions(
  resolver: OptionResolver,
  optionsNode: AnyNode,
  table: readonly UnsafeOption[],
  rootPath: readonly string[] = [],
): UnsafeFinding[] {
  const root = resolver.object(optionsNode);
  if (!root) return [];
  const evaluator = new Evaluator(resolver);
  const findings: UnsafeFinding[] = [];
  for (const option of table) {
    if (!startsWith(option.path, rootPath)) continue;
    const quiet = (option.quietWhen ?? []).some(({ path, test }) => {
      if (!startsWith(path, rootPath)) return false;
      return locate(resolver, root, path.slice(rootPath.length)).some(({ entry, hidden }) =>
        hidden ? true : evaluator.evaluate(test, entry?.value).verdict !== "no",
      );
    });
    if (quiet) continue;
    const relative = option.path.slice(rootPath.length);
    if (option.test.kind === "absent") {
      // Only top-level options: a nested object may come from elsewhere in ways we do not see.
      if (relative.length === 1 && !root.open && !root.entries.has(relative[0]!)) {
        findings.push({ option, node: optionsNode, value: optionsNode, property: null, unset: true });
      }
      continue;
    }
    for (const { entry } of locate(resolver, root, relative)) {
      if (!entry) continue;
      const result = evaluator.evaluate(option.test, entry.value);
      if (result.verdict !== "yes") continue;
      const base = { option, value: entry.value, property: entry.property };
      if (result.hits) {
        for (const hit of result.hits) {
          const node = hit.node === entry.value && entry.property ? entry.property : hit.node;
          findings.push({ ...base, node, selectors: hit.selectors });
        }
      } else {
        findings.push({ ...base, node: entry.property ?? entry.value, ...(result.missing ? { missing: result.missing } : {}) });
      }
    }
  }
  return findings;
}
