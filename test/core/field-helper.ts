import type { AttributeValue, ClassToken, Field, FieldTag, MarkerCarrier } from "../../src/core/field.js";

type AttributeInput = string | AttributeValue;

/** A static value, or `dynamic(...)` candidates. */
export function dynamic(candidates: string[], more: { mayBeAbsent?: boolean; hasUnknown?: boolean } = {}): AttributeValue {
  return { kind: "dynamic", candidates, mayBeAbsent: more.mayBeAbsent ?? false, hasUnknown: more.hasUnknown ?? false };
}

function attributes(input: Record<string, AttributeInput> = {}): Map<string, AttributeValue> {
  return new Map(Object.entries(input).map(([name, value]) => [name, typeof value === "string" ? { kind: "static", value } : value]));
}

export function carrier(attrs: Record<string, AttributeInput> = {}, classes: (string | ClassToken)[] = []): MarkerCarrier {
  return {
    attributes: attributes(attrs),
    classes: classes.map((c) => (typeof c === "string" ? { name: c, conditional: false } : c)),
    hasUnknownAttributes: false,
  };
}

export interface FieldInput {
  tag?: FieldTag;
  attrs?: Record<string, AttributeInput>;
  classes?: (string | ClassToken)[];
  identifiers?: string[];
  labels?: string[];
  groupLabel?: string | null;
  ancestors?: MarkerCarrier[];
  componentName?: string | null;
  scope?: object;
}

/** A core `Field` as a front end would build it, with harmless defaults. */
export function field(input: FieldInput = {}): Field {
  return {
    ...carrier(input.attrs, input.classes),
    tag: input.tag ?? "input",
    componentName: input.componentName ?? null,
    identifiers: input.identifiers ?? [],
    labels: input.labels ?? [],
    groupLabel: input.groupLabel ?? null,
    ancestors: input.ancestors ?? [],
    scope: input.scope ?? {},
    loc: { start: { line: 1, column: 0 }, end: { line: 1, column: 5 } },
    addMarkerFix: () => null,
  };
}
