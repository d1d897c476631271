import type * as ESTree from "estree";

/** The static name of an object property (`a`, `"a"`, `["a"]`), or null when computed from code. */
export function propertyKey(property: ESTree.Property): string | null {
  if (property.key.type === "Identifier" && !property.computed) return property.key.name;
  if (property.key.type === "Literal") return String(property.key.value);
  return null;
}

/** The static name a member expression reads (`a.b`, `a["b"]`), or null when computed from code. */
export function memberKey(member: ESTree.MemberExpression): string | null {
  if (!member.computed && member.property.type === "Identifier") return member.property.name;
  if (member.property.type === "Literal") return String(member.property.value);
  return null;
}
