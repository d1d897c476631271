/**
 * `@eslint-community/eslint-utils` and `@eslint/plugin-kit`, loaded with `require`. ESLint itself
 * loads their CommonJS builds before any plugin, so requiring them reuses those modules; importing
 * them would load and compile their ES module builds a second time on every start-up (about 10 ms).
 */
import { createRequire } from "node:module";
import type * as EslintUtils from "@eslint-community/eslint-utils";
import type * as PluginKit from "@eslint/plugin-kit";

const require = createRequire(import.meta.url);
const eslintUtils = require("@eslint-community/eslint-utils") as typeof EslintUtils;
const pluginKit = require("@eslint/plugin-kit") as typeof PluginKit;

export const CALL: typeof EslintUtils.CALL = eslintUtils.CALL;
export const CONSTRUCT: typeof EslintUtils.CONSTRUCT = eslintUtils.CONSTRUCT;
export const ESM: typeof EslintUtils.ESM = eslintUtils.ESM;
export const { findVariable, getInnermostScope, getPropertyName, getStaticValue, getStringIfConstant } = eslintUtils;
export const { ConfigCommentParser, TextSourceCodeBase } = pluginKit;

// Classes used as types too: the value and its instance type under one name.
export const ReferenceTracker = eslintUtils.ReferenceTracker;
export type ReferenceTracker = EslintUtils.ReferenceTracker;
export const Directive = pluginKit.Directive;
export type Directive = PluginKit.Directive;
export const VisitNodeStep = pluginKit.VisitNodeStep;
export type VisitNodeStep = PluginKit.VisitNodeStep;
