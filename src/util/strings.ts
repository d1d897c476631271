/** A value from an untyped parser node as text; anything that is not a string reads as empty. */
export function stringOf(value: unknown): string {
  return typeof value === "string" ? value : "";
}

/** `text` as a literal inside a regular expression. */
export function escapeRegExp(text: string): string {
  return text.replace(/[$()*+./?[\\\]^{|}]/gu, "\\$&");
}
