import { isVendorId, VENDOR_IDS, type VendorId } from "../data/vendors.js";

/** `settings["replay-privacy"]`, shared by every rule. */
export interface PluginSettings {
  /** Recorders in use: only their markers count and quick fixes offer their markers. */
  recorders: readonly VendorId[] | null;
  /** Custom component -> native tag (`{ "MoneyField": "input" }`). */
  components: Readonly<Record<string, string>>;
  /** Prop that makes a component polymorphic (`<Box as="input">`). */
  polymorphicPropName: string;
  /** Recognise common design-system field components by name. */
  detectDesignSystemFields: boolean;
  /** Names of functions, variables or members that mean "the visitor consented". */
  consentGuards: readonly string[];
  /** Extra tag names of `html` tagged templates (lit's `html` is found by import). */
  htmlTemplateTags: readonly string[];
}

const KEY = "replay-privacy";
const cache = new WeakMap<object, PluginSettings>();

class SettingsError extends Error {
  constructor(path: string, problem: string) {
    super(`eslint-plugin-replay-privacy: settings["${KEY}"].${path} ${problem}`);
    this.name = "SettingsError";
  }
}

function stringArray(value: unknown, path: string): string[] {
  if (!Array.isArray(value) || value.some((item) => typeof item !== "string")) {
    throw new SettingsError(path, "must be an array of strings.");
  }
  return value as string[];
}

function parse(raw: unknown): PluginSettings {
  const settings: PluginSettings = {
    recorders: null,
    components: {},
    polymorphicPropName: "as",
    detectDesignSystemFields: true,
    consentGuards: [],
    htmlTemplateTags: [],
  };
  if (raw === undefined || raw === null) return settings;
  if (typeof raw !== "object" || Array.isArray(raw)) throw new SettingsError("", "must be an object.");
  const input = raw as Record<string, unknown>;
  if (input.recorders !== undefined) {
    const recorders = stringArray(input.recorders, "recorders").map((name) => name.toLowerCase());
    const unknown = recorders.filter((name) => !isVendorId(name));
    if (unknown.length > 0) {
      throw new SettingsError("recorders", `names unknown recorders: ${unknown.join(", ")}. Known: ${VENDOR_IDS.join(", ")}.`);
    }
    settings.recorders = recorders as VendorId[];
  }
  if (input.components !== undefined) {
    const components = input.components;
    if (typeof components !== "object" || components === null || Array.isArray(components) || Object.values(components).some((v) => typeof v !== "string")) {
      throw new SettingsError("components", 'must map component names to native tags, e.g. { "MoneyField": "input" }.');
    }
    settings.components = components as Record<string, string>;
  }
  if (input.polymorphicPropName !== undefined) {
    if (typeof input.polymorphicPropName !== "string") throw new SettingsError("polymorphicPropName", "must be a string.");
    settings.polymorphicPropName = input.polymorphicPropName;
  }
  if (input.detectDesignSystemFields !== undefined) {
    if (typeof input.detectDesignSystemFields !== "boolean") throw new SettingsError("detectDesignSystemFields", "must be true or false.");
    settings.detectDesignSystemFields = input.detectDesignSystemFields;
  }
  if (input.consentGuards !== undefined) settings.consentGuards = stringArray(input.consentGuards, "consentGuards");
  if (input.htmlTemplateTags !== undefined) settings.htmlTemplateTags = stringArray(input.htmlTemplateTags, "htmlTemplateTags");
  return settings;
}

/** Reads and validates the plugin's shared settings (cached per settings object). */
const DEFAULT_SETTINGS = Object.freeze(parse(undefined));

export function readSettings(allSettings: Readonly<Record<string, unknown>> | undefined): PluginSettings {
  const raw = allSettings?.[KEY];
  if (raw === undefined || raw === null) return DEFAULT_SETTINGS;
  if (typeof raw !== "object") return parse(raw);
  let parsed = cache.get(raw);
  if (!parsed) {
    parsed = parse(raw);
    cache.set(raw, parsed);
  }
  return parsed;
}
