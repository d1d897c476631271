// Fits the number of rounds into the time budget. The warm-up measures one full round and one
// start-up round; parse passes and growth rounds are estimated from nominal costs scaled by how
// slow start-up is right now compared with a quiet machine. Counts given as flags are kept.

/**
 * @typedef {object} Plan
 * @property {number} rounds
 * @property {number} statsRounds
 * @property {number} startupRounds
 * @property {number} growthRounds
 * @property {number} parsePasses
 */

/** Start-up of one scenario on a quiet 2-core machine, and nominal costs of the in-process parts. */
const QUIET_STARTUP_MS = 450;
const GROWTH_ROUND_MS = 2000;
const PARSE_PASS_MS_PER_MB = 1500;

/**
 * @param {import("./args.js").Options} options
 * @param {{ roundMs: number, startupRoundMs: number, scenarios: number, htmlMb: number, elapsedMs: number }} measured
 * @returns {{ plan: Plan, estimateMs: number, cut: boolean }}
 */
export function fitPlan(options, measured) {
  const { roundMs, startupRoundMs, scenarios, htmlMb, elapsedMs } = measured;
  const slow = Math.max(1, startupRoundMs / Math.max(1, scenarios * QUIET_STARTUP_MS));
  /** @type {Plan} */
  const plan = { rounds: options.rounds, statsRounds: options.statsRounds, startupRounds: options.startupRounds, growthRounds: options.growthRounds, parsePasses: options.parsePasses };
  /** @param {Plan} p */
  const cost = (p) => (p.rounds + 1.15 * p.statsRounds) * roundMs + p.startupRounds * startupRoundMs + (p.growthRounds * GROWTH_ROUND_MS + p.parsePasses * PARSE_PASS_MS_PER_MB * htmlMb) * slow;
  const budget = options.budgetMin * 60_000 - elapsedMs;
  const floor = options.quick ? { rounds: 1, statsRounds: 1, startupRounds: 2, growthRounds: 2, parsePasses: 2 } : { rounds: 3, statsRounds: 1, startupRounds: 5, growthRounds: 5, parsePasses: 5 };
  /** @type {(keyof Plan)[]} */
  const order = options.roundsFixed ? ["startupRounds", "growthRounds", "parsePasses"] : ["rounds", "startupRounds", "statsRounds", "growthRounds", "parsePasses"];
  let cut = false;
  let progress = true;
  while (cost(plan) > budget && progress) {
    progress = false;
    for (const key of order) {
      if (cost(plan) <= budget) break;
      if (plan[key] > floor[key]) {
        plan[key]--;
        cut = true;
        progress = true;
      }
    }
  }
  return { plan, estimateMs: cost(plan), cut };
}
