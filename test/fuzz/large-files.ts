/**
 * Large and deep inputs generated at test time (nothing big is committed): a 2 MB JSX module of
 * realistic checkout components, a 2 MB HTML page of forms, scripts and template syntax, and
 * deeply nested markup. Deterministic: the same text on every run.
 */

export const TWO_MB = 2 * 1024 * 1024;

function repeatUntil(size: number, head: string, block: (index: number) => string, tail: string): string {
  const parts = [head];
  let length = head.length + tail.length;
  for (let index = 0; length < size; index++) {
    const part = block(index);
    parts.push(part);
    length += part.length;
  }
  parts.push(tail);
  return parts.join("");
}

const JSX_HEAD = `import React, { useEffect, useState } from "react";
import LogRocket from "logrocket";
import * as Sentry from "@sentry/react";
import { datadogRum } from "@datadog/browser-rum";
import clsx from "clsx";
import { Form, TextField, Select } from "@acme/design-system";
import { hasConsent } from "./consent";

if (hasConsent("analytics")) {
  LogRocket.init("acme/shop", { dom: { inputSanitizer: true } });
}
Sentry.init({ dsn: "https://key@o0.ingest.sentry.io/1", integrations: [Sentry.replayIntegration({ maskAllInputs: false })], replaysSessionSampleRate: 0.1 });
`;

/** Long prose (terms, help texts): label and text scanning must stay linear in text length too. */
const LEGAL = [
  "By paying you agree that we store your card details with our payment provider for future purchases.",
  "Your card number, expiry date and security code are never stored on our servers and are sent encrypted.",
  "Mit der Zahlung stimmen Sie zu, dass Ihre Kartendaten beim Zahlungsdienstleister gespeichert werden.",
  "En payant, vous acceptez que vos coordonnées bancaires soient conservées par notre prestataire.",
  "You can remove a saved card at any time from your account settings; see our privacy notice for details.",
];

function prose(index: number, sentences: number): string {
  return Array.from({ length: sentences }, (_, i) => LEGAL[(index + i) % LEGAL.length]).join(" ");
}

function jsxComponent(index: number): string {
  const kind = index % 4;
  return `
/** Checkout step ${index}. */
export function CheckoutStep${index}({ onSubmit, showCvc, items = [], consent }) {
  const [card, setCard] = useState("");
  const cvcClass = clsx("input", { "fs-exclude": !showCvc });
  useEffect(() => {
    if (consent?.analytics) datadogRum.init({ applicationId: "app-${index}", clientToken: "t", sessionReplaySampleRate: ${kind * 25}, defaultPrivacyLevel: "${kind === 0 ? "allow" : "mask-user-input"}" });
  }, [consent]);
  return (
    <Form onSubmit={onSubmit} className="checkout step-${index}">
      <p className="legal">
        ${prose(index, 6)}
      </p>
      <label htmlFor="cc-${index}">Card number (as printed on the front of your card, without spaces) – ${prose(index + 1, 1)}</label>
      <input id="cc-${index}" name="cardNumber${index}" autoComplete="cc-number" value={card} onChange={(e) => setCard(e.target.value)} ${kind === 1 ? 'className="fs-exclude"' : ""} />
      <input name="cvc" type={showCvc ? "text" : "password"} className={cvcClass} inputMode="numeric" />
      <TextField label="IBAN" name="iban${index}" ${kind === 2 ? "data-private" : ""} {...(consent ? { "data-hj-allow": true } : {})} />
      <Form.Control type="email" placeholder="Email address" name="email" />
      <Select name="country" options={["DE", "FR", "NL"]} />
      <textarea name="delivery-notes" rows={3} />
      <fieldset className={kind === 3 ? "fs-unmask" : undefined}>
        <legend>Date of birth</legend>
        <input name="dob-day" /><input name="dob-month" /><input name="dob-year" />
      </fieldset>
      {items.map((item) => <input key={item.id} name={\`qty-\${item.id}\`} type="number" aria-label={\`Quantity of \${item.name}\`} />)}
      {/* Coupon: not sensitive */}
      <input name="coupon" placeholder="Discount code" title="${prose(index + 2, 2)}" />
      <button type="submit">Pay €{(${index} * 1.5).toFixed(2)}</button>
    </Form>
  );
}
`;
}

/** About 2 MB of JSX: one module, many checkout components, recorder inits with and without consent. */
export function largeJsx(size = TWO_MB): string {
  return repeatUntil(size, JSX_HEAD, jsxComponent, "\n");
}

const HTML_HEAD = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Large checkout page</title>
<script src="https://cdn.logrocket.io/LogRocket.min.js"></script>
<script>window.LogRocket && window.LogRocket.init('acme/shop');</script>
<script type="text/plain" data-cookieconsent="statistics" src="https://static.hotjar.com/c/hotjar-1.js"></script>
</head>
<body>
`;

function htmlSection(index: number): string {
  const kind = index % 5;
  return `<section id="step-${index}" class="checkout">
  <!-- step ${index} -->
  <form action="/pay/${index}" method="post">
    <label for="cc-${index}">Card number</label>
    <input id="cc-${index}" name="card_number" autocomplete="cc-number" ${kind === 1 ? 'class="fs-exclude"' : 'class="form-control"'}>
    <label>CVC <input name="cvc" type="text" inputmode="numeric" ${kind === 2 ? "data-private" : ""}></label>
    <div class="${kind === 3 ? "fs-unmask" : "row"}"><input name="iban" placeholder="IBAN"></div>
    <select name="country"><option value="de">Deutschland<option value="fr">France</select>
    <textarea name="notes">Leave at the door &amp; ring twice</textarea>
    <input name="email" type="email" value="{{ user.email }}" ${kind === 4 ? "{% if hide %}class=\"fs-exclude\"{% endif %}" : ""}>
    <table><tr><td>Item ${index}</td><td>€ ${(index * 1.5).toFixed(2)}</td></tr></table>
    <button type="submit">Pay</button>
  </form>
  ${kind === 0 ? `<script>if (window.Cookiebot && Cookiebot.consent.statistics) { hj('event', 'step-${index}'); }</script>` : ""}
</section>
`;
}

/** About 2 MB of HTML: one page with many forms, inline scripts, comments and template syntax. */
export function largeHtml(size = TWO_MB): string {
  return repeatUntil(size, HTML_HEAD, htmlSection, "</body>\n</html>\n");
}

/** `depth` nested elements around a sensitive field (markup: iterative traversal must not overflow). */
export function deepHtml(depth: number): string {
  return `${"<div>".repeat(depth)}<input name="card-number">${"</div>".repeat(depth)}\n`;
}

/** `depth` nested JSX elements around a sensitive field. */
export function deepJsx(depth: number): string {
  return `export const Deep = () => (\n${"<div>".repeat(depth)}<input name="cardNumber" />${"</div>".repeat(depth)}\n);\n`;
}
