// <script> tags that start session recorders in HTML pages, plain or held back by a consent
// manager (a non-JavaScript type plus the platform's category attribute), plus unrelated scripts.

/**
 * Each recorder: a list of script elements (already serialized). Loader code is written for this
 * corpus; it only needs the globals and hosts that identify the vendor.
 * @type {Record<string, (rng: import("../prng.js").Rng) => { src?: string, inline?: string }[]>}
 */
const RECORDERS = {
  hotjar: (rng) => [{
    inline: [
      "window.hj = window.hj || function () { (window.hj.q = window.hj.q || []).push(arguments); };",
      `window._hjSettings = { hjid: ${rng.int(1000000, 9999999)}, hjsv: 6 };`,
      "var hjScript = document.createElement(\"script\");",
      "hjScript.async = true;",
      "hjScript.src = \"https://static.hotjar.com/c/hotjar-\" + window._hjSettings.hjid + \".js?sv=\" + window._hjSettings.hjsv;",
      "document.head.appendChild(hjScript);",
    ].join("\n"),
  }],
  clarity: (rng) => [{
    inline: [
      "window.clarity = window.clarity || function () { (window.clarity.q = window.clarity.q || []).push(arguments); };",
      "var clarityTag = document.createElement(\"script\");",
      "clarityTag.async = true;",
      `clarityTag.src = "https://www.clarity.ms/tag/${rng.pick(["k3j4h5g6", "abcd1234", "zx9y8w7v"])}";`,
      "document.head.appendChild(clarityTag);",
    ].join("\n"),
  }],
  fullstory: (rng) => [{
    inline: [
      `window._fs_org = "o-${rng.int(1000, 9999)}-na1";`,
      "window._fs_host = \"fullstory.com\";",
      "window._fs_script = \"edge.fullstory.com/s/fs.js\";",
      "window._fs_namespace = \"FS\";",
    ].join("\n"),
  }, { src: "https://edge.fullstory.com/s/fs.js" }],
  logrocket: (rng) => [
    { src: "https://cdn.lr-ingest.com/LogRocket.min.js" },
    { inline: `window.LogRocket && window.LogRocket.init("acme-${rng.int(10, 99)}/marketing-site");` },
  ],
  datadog: (rng) => [
    { src: "https://www.datadoghq-browser-agent.com/eu1/v6/datadog-rum.js" },
    {
      inline: [
        "window.DD_RUM && window.DD_RUM.init({",
        "  clientToken: \"pub0123456789abcdef\",",
        "  applicationId: \"aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee\",",
        "  site: \"datadoghq.eu\",",
        "  sessionReplaySampleRate: 20,",
        `  defaultPrivacyLevel: "${rng.pick(["mask", "mask-user-input", "allow"])}",`,
        "});",
      ].join("\n"),
    },
  ],
  posthog: (rng) => [
    { src: "https://eu-assets.i.posthog.com/static/array.js" },
    { inline: `window.posthog && window.posthog.init("phc_${rng.int(100000, 999999)}xyz", { api_host: "https://eu.i.posthog.com", session_recording: { maskAllInputs: ${rng.chance(0.8)} } });` },
  ],
  sentry: (rng) => [{ src: `https://js.sentry-cdn.com/${rng.int(100000, 999999)}abcdef.min.js` }],
};

export const HTML_RECORDERS = Object.keys(RECORDERS);

/** How consent platforms hold a script back: extra attributes on a `type="text/plain"` script. */
const BLOCKERS = [
  'data-cookieconsent="statistics"',
  'class="optanon-category-C0002"',
  'data-category="analytics"',
  'data-usercentrics="Hotjar"',
  'data-cookiecategory="analytics"',
];

/**
 * @param {import("../prng.js").Rng} rng
 * @param {string} vendor
 * @param {boolean} blocked
 * @param {string} indent
 */
export function recorderScripts(rng, vendor, blocked, indent) {
  const blocker = blocked ? ` type="text/plain" ${rng.pick(BLOCKERS)}` : "";
  return RECORDERS[vendor](rng)
    .map(({ src, inline }) => {
      if (src) {
        const srcAttr = blocked && rng.chance(0.5) ? "data-src" : "src";
        return `${indent}<script${blocker} ${srcAttr}="${src}"${rng.chance(0.5) ? " async" : ""}${src.includes("lr-ingest") ? ' crossorigin="anonymous"' : ""}></script>`;
      }
      const body = /** @type {string} */ (inline).split("\n").map((l) => `${indent}  ${l}`).join("\n");
      return `${indent}<script${blocker}>\n${body}\n${indent}</script>`;
    })
    .join("\n");
}

/** Scripts that are not recorders. @param {import("../prng.js").Rng} rng @param {string} indent */
export function otherScripts(rng, indent) {
  const pool = [
    `${indent}<script src="/js/app.${rng.int(1000, 9999)}.js" defer></script>`,
    `${indent}<script type="module" src="/assets/index-${rng.int(100000, 999999)}.js"></script>`,
    `${indent}<script>\n${indent}  document.documentElement.classList.remove("no-js");\n${indent}</script>`,
    `${indent}<script type="application/ld+json">\n${indent}  {"@context": "https://schema.org", "@type": "Organization", "name": "Acme", "url": "https://acme.example"}\n${indent}</script>`,
    `${indent}<script async src="https://www.googletagmanager.com/gtag/js?id=G-${rng.int(100000, 999999)}"></script>`,
  ];
  return rng.sample(pool, rng.int(1, 3)).join("\n");
}
