import { createRule } from "../util/create-rule.js";

// Placeholder until the rule lands; reports nothing.
export default createRule<[], never>({
  name: "require-masking",
  meta: {
    type: "problem",
    docs: { description: "Placeholder.", recommended: false },
    messages: {},
    schema: [],
    defaultOptions: [],
    languages: ["js/js"],
  },
  create() {
    return {};
  },
});
