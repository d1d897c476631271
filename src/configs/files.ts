/** JavaScript-family files: JSX/TSX components, recorder setup modules, lit elements. */
export const JS_FILES = ["**/*.{js,jsx,mjs,cjs,ts,tsx,mts,cts}"];

/**
 * HTML-family files linted with the `replay-privacy/html` language: pages, server-side templates
 * (Handlebars, Mustache, EJS, Nunjucks, Twig, ERB, Liquid, Jinja, PHP, Razor (C# and VB.NET) and Blazor, ASP.NET Web Forms, JSP, GSP, Smarty, Velocity,
 * FreeMarker, Go, Phalcon Volt, Nette Latte, Phoenix EEx/HEEx, ColdFusion, Mako) and Angular component templates.
 */
export const HTML_FILE_EXTENSIONS = [
  "html", "htm", "xhtml",
  "hbs", "handlebars", "mustache",
  "ejs", "njk", "twig", "erb", "liquid",
  "jinja", "jinja2", "j2",
  "php", "phtml", "ctp",
  "cshtml", "vbhtml", "razor", "aspx", "ascx", "master", "jsp", "jspf", "gsp", "tpl", "vm", "ftl", "ftlh",
  "tmpl", "gohtml", "gotmpl",
  "volt", "latte", "eex", "heex", "leex", "cfm", "mako",
  // Astro components: markup after a `---` script fence.
  "astro",
  // Slim and Haml are not HTML: only the form helpers they print are read (`= f.text_field :iban`).
  "slim", "haml",
] as const;

export const HTML_FILES = [`**/*.{${HTML_FILE_EXTENSIONS.join(",")}}`];
