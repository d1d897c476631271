/**
 * State hooks that return `[state, setter]`: React's `useState`, Preact signals' `useSignal`, Solid's
 * `createSignal`. The consent rule reads a state set only after consent; the JSX front end reads a
 * field `type` held in state.
 */
export const STATE_HOOKS: ReadonlySet<string> = new Set(["useState", "useSignal", "createSignal"]);
