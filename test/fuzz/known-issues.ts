/**
 * Input shapes the fuzzers stop generating while a known violation is open, so each open issue
 * fails exactly one group of small regression tests (test/fuzz/regressions.test.ts) instead of
 * every fuzz run, and the fuzzers keep looking for new problems. When the fix lands, the
 * regression tests pass: delete the flag (and its use) so the fuzzers cover the shape again.
 *
 * Example: `jsxPrototypePropNames: true` kept `constructor` and `__proto__` out of JSX props
 * (`if (KNOWN_ISSUES.jsxPrototypePropNames) ...` in arbitraries/vocabulary.ts) until the crash
 * was fixed. No issue is open now.
 */
export const KNOWN_ISSUES: Readonly<Record<string, boolean>> = {};
