import { createRule } from "../util/create-rule.js";

// Placeholder until the rule lands; reports nothing.
export default createRule<[], never>({
  name: "no-unsafe-recorder-options",
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
