import type { SourceCode } from "eslint";
import type * as ESTree from "estree";
import { CALL, CONSTRUCT, ESM, ReferenceTracker } from "@eslint-community/eslint-utils";
import type { VendorId } from "../data/vendors.js";

/**
 * STOPGAP until src/data/recorder-sdks.ts lists these APIs (then delete this module and add sites
 * in OPTION_SITES): recorder calls that receive privacy options but that the recorder table does not
 * know yet. Both are in ../shared/reference/vendors.md:
 * - OpenReplay's singleton: `import { tracker } from '@openreplay/tracker'; tracker.configure({...})`;
 * - New Relic's other loader: `new MicroAgent({ init: { session_replay } })`.
 */

export interface StopgapCall {
  vendor: VendorId;
  node: ESTree.CallExpression | ESTree.NewExpression;
  argument: number;
}

interface Info {
  vendor: VendorId;
  argument: number;
}

const OPENREPLAY_CONFIGURE: Info = { vendor: "openreplay", argument: 0 };
const NEWRELIC_MICRO_AGENT: Info = { vendor: "newrelic", argument: 0 };

const TRACE_MAP = {
  "@openreplay/tracker": { [ESM]: true, tracker: { configure: { [CALL]: OPENREPLAY_CONFIGURE } } },
  "@newrelic/browser-agent/loaders/micro-agent": { [ESM]: true, MicroAgent: { [CONSTRUCT]: NEWRELIC_MICRO_AGENT } },
};

const HINT = /@openreplay\/tracker|@newrelic\/browser-agent\/loaders\/micro-agent/;

export function findStopgapCalls(sourceCode: SourceCode): StopgapCall[] {
  if (!HINT.test(sourceCode.text)) return [];
  const globalScope = sourceCode.scopeManager.globalScope;
  if (!globalScope) return [];
  const tracker = new ReferenceTracker(globalScope);
  const found: StopgapCall[] = [];
  const seen = new Set<unknown>();
  const collect = (refs: Iterable<{ node: unknown; info: unknown }>): void => {
    for (const { node, info } of refs) {
      if (seen.has(node)) continue;
      seen.add(node);
      const { vendor, argument } = info as Info;
      found.push({ vendor, node: node as StopgapCall["node"], argument });
    }
  };
  collect(tracker.iterateEsmReferences(TRACE_MAP));
  collect(tracker.iterateCjsReferences(TRACE_MAP));
  return found;
}
