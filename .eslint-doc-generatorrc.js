// Options of eslint-doc-generator (https://github.com/bmish/eslint-doc-generator), which writes the
// rule table in README.md and the header and notices of every rules-docs/<rule>.md.
//   npm run docs:update   rewrite them from the rules' meta
//   npm run docs:check    fail when they are out of date (test/docs.test.ts runs this)
// It loads the built plugin (package.json "exports" -> dist/), so build first.

/** @type {import("eslint-doc-generator").GenerateOptions} */
const config = {
  pathRuleDoc: "rules-docs/{name}.md",
  pathRuleList: "README.md",
  // "# <description> (`replay-privacy/<rule>`)"
  ruleDocTitleFormat: "desc-parens-prefix-name",
  // `all` turns on every rule; listing it beside each rule says nothing.
  ignoreConfig: ["all"],
  configEmoji: [
    ["recommended", "✅"],
    ["strict", "🔒"],
  ],
  ruleDocNotices: ["deprecated", "configs", "fixableAndHasSuggestions", "options"],
  ruleListColumns: ["name", "description", "configsError", "configsWarn", "fixable", "hasSuggestions", "options", "deprecated"],
  urlConfigs: "https://github.com/eslint-plugin-replay-privacy/eslint-plugin-replay-privacy#configs",
};

export default config;
