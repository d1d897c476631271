import type { SourceCode } from "eslint";
import { describe, expect, it } from "vitest";
import { OptionResolver, isIdentityFunction, type AnyNode } from "../../src/core/option-values.js";
import { withTarget as withTargetNode } from "../helpers/probe.js";

/** Runs `check` on the initializer of `const target = ...` with a resolver for the file. */
function withTarget(
  code: string,
  check: (resolver: OptionResolver, target: AnyNode, sourceCode: SourceCode) => void,
  ts = false,
): void {
  withTargetNode(code, (target, sourceCode) => {
    check(new OptionResolver(sourceCode), target, sourceCode);
  }, { ts });
}

function keysOf(resolver: OptionResolver, node: AnyNode): Record<string, unknown> | null {
  const object = resolver.object(node);
  if (!object) return null;
  const out: Record<string, unknown> = {};
  for (const [key, entry] of object.entries) {
    const values = resolver.candidates(entry.value);
    out[key] = entry.overridable ? "<overridable>" : values && values.length === 1 ? values[0] : values;
  }
  return out;
}

describe("OptionResolver.object", () => {
  it("reads an object literal", () => {
    withTarget("const target = { maskAllText: false, 'blockAllMedia': !1, ['maskAll' + 'Inputs']: false };", (r, t) => {
      expect(keysOf(r, t)).toEqual({ maskAllText: false, blockAllMedia: false, maskAllInputs: false });
    });
  });

  it("follows consts, nested members and spreads in order", () => {
    const code = `
      const MASK = false;
      const base = { maskAllText: true, blockAllMedia: MASK };
      const config = { replay: { ...base, maskAllText: MASK } };
      const target = config.replay;
    `;
    withTarget(code, (r, t) => {
      expect(keysOf(r, t)).toEqual({ maskAllText: false, blockAllMedia: false });
      expect(r.object(t)?.open).toBe(false);
    });
  });

  it("marks entries before an unknown spread as overridable and the object as open", () => {
    withTarget("const target = { maskAllText: false, ...window.replayOptions, blockAllMedia: false };", (r, t) => {
      expect(keysOf(r, t)).toEqual({ maskAllText: "<overridable>", blockAllMedia: false });
      expect(r.object(t)?.open).toBe(true);
    });
  });

  it("treats an unknown computed key like an unknown spread", () => {
    withTarget("const target = { maskAllText: false, [key]: true };", (r, t) => {
      expect(keysOf(r, t)).toEqual({ maskAllText: "<overridable>" });
    });
  });

  it("merges Object.assign with the global Object only", () => {
    withTarget("const base = { a: 1 }; const target = Object.assign({}, base, { b: false });", (r, t) => {
      expect(keysOf(r, t)).toEqual({ a: 1, b: false });
    });
    withTarget("const Object = { assign() { return {}; } }; const target = Object.assign({}, { b: false });", (r, t) => {
      expect(r.object(t)).toBeNull();
    });
  });

  it("sees later writes to a const object", () => {
    withTarget("const opts = { maskAllText: false, b: 1 }; opts.maskAllText = true; const target = opts;", (r, t) => {
      expect(keysOf(r, t)).toEqual({ maskAllText: "<overridable>", b: 1 });
    });
  });

  it("does not follow reassigned variables, parameters or calls", () => {
    withTarget("let opts = { a: false }; opts = {}; const target = opts;", (r, t) => { expect(r.object(t)).toBeNull(); });
    withTarget("function f(opts) { const target = opts; }", (r, t) => { expect(r.object(t)).toBeNull(); });
    withTarget("const target = getOptions();", (r, t) => { expect(r.object(t)).toBeNull(); });
  });

  it("ends cycles as unknown", () => {
    withTarget("var a = { ...b }; var b = { ...a }; const target = a;", (r, t) => {
      expect(r.object(t)?.open).toBe(true);
    });
  });

  it("sees through TypeScript casts", () => {
    withTarget("const base = { maskAllText: false } as const; const target = { ...(base satisfies object) } as Options;", (r, t) => {
      expect(keysOf(r, t)).toEqual({ maskAllText: false });
    }, true);
  });
});

describe("OptionResolver.candidates", () => {
  it("returns both branches of a conditional and null when one is unknown", () => {
    withTarget("const target = { a: ok ? false : false, b: ok ? false : process.env.X, c: process.env.NODE_ENV === 'production' };", (r, t) => {
      const entries = r.object(t)!.entries;
      expect(r.candidates(entries.get("a")!.value)).toEqual([false, false]);
      expect(r.candidates(entries.get("b")!.value)).toBeNull();
      expect(r.candidates(entries.get("c")!.value)).toBeNull();
    });
  });

  it("follows a const holding a conditional", () => {
    withTarget("const level = dev ? 'allow' : 'mask'; const target = level;", (r, t) => {
      expect(r.candidates(t)).toEqual(["allow", "mask"]);
    });
  });

  it("asks the external resolver first", () => {
    let seen = 0;
    withTarget("const target = DefaultPrivacyLevel.ALLOW;", (_r, t, sourceCode) => {
      const resolver = new OptionResolver(sourceCode, (node) => {
        seen++;
        return node.type === "MemberExpression" ? { value: "allow" } : null;
      });
      expect(resolver.candidates(t)).toEqual(["allow"]);
    });
    expect(seen).toBe(1);
  });
});

describe("OptionResolver.array", () => {
  it("flattens known spreads and marks unknown ones", () => {
    withTarget("const DEFAULTS = ['.a', '.b']; const target = [...DEFAULTS, 'input', ...more];", (r, t) => {
      const array = r.array(t)!;
      expect(array.elements.map((e) => r.candidates(e)?.[0])).toEqual([".a", ".b", "input"]);
      expect(array.open).toBe(true);
    });
  });
});

describe("isIdentityFunction", () => {
  it.each([
    ["const target = (text) => text;", true],
    ["const target = function (text) { return text; };", true],
    ["const target = (text) => (text as string);", true],
    ["const target = (text) => '*'.repeat(text.length);", false],
    ["const target = () => 'x';", false],
    ["const target = (a, b) => b;", false],
    ["const target = (text) => { log(text); return text; };", true],
    // Masks only what it picks; everything else is returned raw (cashflow-projector's PostHog set-up).
    ['const target = (text, el) => { if (el.dataset.mask === "true") return "*".repeat(text.length); return text; };', true],
    ['const target = (text, el) => { if (el.type === "email") return text; return "*".repeat(text.length); };', false],
    ["const target = (text) => { const masked = text; };", false],
  ])("%s -> %s", (code, expected) => {
    withTarget(code, (r, t) => {
      const fn = r.functionOf(t);
      expect(fn && isIdentityFunction(fn)).toBe(expected);
    }, true);
  });

  it("follows a function declaration", () => {
    withTarget("function keep(value) { return value; } const target = keep;", (r, t) => {
      const fn = r.functionOf(t);
      expect(fn && isIdentityFunction(fn)).toBe(true);
    });
  });
});
