// Collects the imports a generated JS/TS module needs and prints them in a stable order.

export class Imports {
  /** @param {boolean} ts whether `import type` lines are kept */
  constructor(ts) {
    this.ts = ts;
    /** @type {Map<string, { def?: string, ns?: string, named: Set<string>, types: Set<string> }>} */
    this.modules = new Map();
  }

  /** @param {string} from */
  #entry(from) {
    let entry = this.modules.get(from);
    if (!entry) {
      entry = { named: new Set(), types: new Set() };
      this.modules.set(from, entry);
    }
    return entry;
  }

  /** @param {string} from @param {...string} names */
  named(from, ...names) {
    const entry = this.#entry(from);
    for (const n of names) entry.named.add(n);
    return this;
  }

  /** @param {string} from @param {...string} names */
  types(from, ...names) {
    if (!this.ts) return this;
    const entry = this.#entry(from);
    for (const n of names) entry.types.add(n);
    return this;
  }

  /** @param {string} from @param {string} name */
  default(from, name) {
    this.#entry(from).def = name;
    return this;
  }

  /** @param {string} from @param {string} name */
  namespace(from, name) {
    this.#entry(from).ns = name;
    return this;
  }

  /** Module specifiers that start with "." come last, as most code bases order them. */
  toString() {
    const froms = [...this.modules.keys()].sort((a, b) => {
      const la = a.startsWith(".") ? 1 : 0;
      const lb = b.startsWith(".") ? 1 : 0;
      return la - lb || a.localeCompare(b);
    });
    const lines = [];
    for (const from of froms) {
      const { def, ns, named, types } = /** @type {NonNullable<ReturnType<Map<string, any>["get"]>>} */ (this.modules.get(from));
      if (ns) lines.push(`import * as ${ns} from "${from}";`);
      const parts = [];
      if (def) parts.push(def);
      if (named.size) parts.push(`{ ${[...named].sort().join(", ")} }`);
      if (parts.length) lines.push(`import ${parts.join(", ")} from "${from}";`);
      if (types.size) lines.push(`import type { ${[...types].sort().join(", ")} } from "${from}";`);
      if (!ns && !parts.length && !types.size) lines.push(`import "${from}";`);
    }
    return lines.join("\n");
  }
}
