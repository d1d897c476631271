import { describe, expect, it } from "vitest";
import type { AttributeValue } from "../src/core/field.js";
import { LazyAttributes } from "../src/front-ends/jsx/lazy-attributes.js";

const text = (value: string): AttributeValue => ({ kind: "static", value });

/** A lazy value that counts how often it is worked out. */
function counted(value: string): { resolve: () => AttributeValue; calls: () => number } {
  let calls = 0;
  return {
    resolve: () => {
      calls++;
      return text(value);
    },
    calls: () => calls,
  };
}

describe("LazyAttributes (JSX attribute values resolved on first read)", () => {
  it("resolves a value once, on the first get, and never for has, keys or size", () => {
    const name = counted("cardNumber");
    const attributes = new LazyAttributes().setLazy("name", name.resolve);
    expect(attributes.has("name")).toBe(true);
    expect([...attributes.keys()]).toEqual(["name"]);
    expect(attributes.size).toBe(1);
    expect(name.calls()).toBe(0);
    expect(attributes.get("name")).toEqual(text("cardNumber"));
    expect(attributes.get("name")).toEqual(text("cardNumber"));
    expect(name.calls()).toBe(1);
  });

  it("gives resolved values to iteration, entries, values, forEach and a Map copy", () => {
    const attributes = new LazyAttributes().set("type", text("text")).setLazy("name", () => text("iban"));
    expect([...attributes]).toEqual([["type", text("text")], ["name", text("iban")]]);
    expect([...new LazyAttributes().setLazy("id", () => text("cvc")).values()]).toEqual([text("cvc")]);
    const seen: string[] = [];
    new LazyAttributes().setLazy("id", () => text("ssn")).forEach((value, key) => seen.push(`${key}=${value.kind === "static" ? value.value : "?"}`));
    expect(seen).toEqual(["id=ssn"]);
    expect(new Map(new LazyAttributes().setLazy("name", () => text("pin")))).toEqual(new Map([["name", text("pin")]]));
  });

  it("lets a later prop replace an earlier lazy one (React keeps the last duplicate)", () => {
    const first = counted("first");
    const attributes = new LazyAttributes().setLazy("name", first.resolve).set("name", text("second"));
    expect(attributes.get("name")).toEqual(text("second"));
    expect(first.calls()).toBe(0);
  });

  it("clones without resolving, and the clone resolves on its own read", () => {
    const name = counted("accountNumber");
    const original = new LazyAttributes().set("type", text("text")).setLazy("name", name.resolve);
    const copy = original.clone();
    expect(name.calls()).toBe(0);
    copy.set("type", text("password"));
    expect(copy.get("name")).toEqual(text("accountNumber"));
    expect(original.get("type")).toEqual(text("text"));
    expect([...copy.keys()]).toEqual(["type", "name"]);
  });
});
