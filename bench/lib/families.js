// The two families of files the bench lints, by extension. The lists mirror the plugin's own
// `files` globs (src/configs/files.ts) so every tool lints the same set.

export const JS_EXTENSIONS = ["js", "jsx", "mjs", "cjs", "ts", "tsx", "mts", "cts"];
export const HTML_EXTENSIONS = [
  "html", "htm", "xhtml", "hbs", "handlebars", "mustache", "ejs", "njk", "twig", "erb", "liquid",
  "jinja", "jinja2", "j2", "php", "phtml",
];

/** @typedef {"jsx"|"html"} Family */

/** @type {Record<Family, { extensions: string[], glob: string, label: string }>} */
export const FAMILIES = {
  jsx: { extensions: JS_EXTENSIONS, glob: `**/*.{${JS_EXTENSIONS.join(",")}}`, label: "JS/TS (JSX)" },
  html: { extensions: HTML_EXTENSIONS, glob: `**/*.{${HTML_EXTENSIONS.join(",")}}`, label: "HTML family" },
};

/**
 * Which family a path belongs to, by its last extension.
 * @param {string} path
 * @returns {Family | null}
 */
export function familyOf(path) {
  const ext = path.slice(path.lastIndexOf(".") + 1).toLowerCase();
  if (JS_EXTENSIONS.includes(ext)) return "jsx";
  if (HTML_EXTENSIONS.includes(ext)) return "html";
  return null;
}
