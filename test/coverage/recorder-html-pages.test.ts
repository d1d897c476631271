/**
 * require-consent on HTML pages: auto-blockers by position, suggestions that rewrite attributes the
 * script already has, and consent platforms whose markup only blocks scripts with their own src.
 */
import rule from "../../src/rules/require-consent.js";
import { createHtmlTester } from "../helpers/rule-tester.js";

const CLARITY_INLINE =
  '(function(c,l,a,r,i,t,y){c[a]=c[a]||function(){(c[a].q=c[a].q||[]).push(arguments)};t=l.createElement(r);t.async=1;t.src="https://www.clarity.ms/tag/"+i;y=l.getElementsByTagName(r)[0];y.parentNode.insertBefore(t,y);})(window, document, "clarity", "script", "abc123");';

const cookiebotCategory = `
<html><head>
<script id="Cookiebot" src="https://consent.cookiebot.com/uc.js" data-cbid="0000-1111"></script>
<script data-cookieconsent="marketing" src="https://static.hotjar.com/c/hotjar-1234567.js?sv=6"></script>
</head></html>`;

const cookiebotTypeAndCategory = `
<html><head>
<script id="Cookiebot" src="https://consent.cookiebot.com/uc.js" data-cbid="0000-1111"></script>
<script type="text/javascript" data-cookieconsent="marketing" src="https://static.hotjar.com/c/hotjar-1234567.js?sv=6"></script>
</head></html>`;

const autoBlockerAfter = `
<html><head>
<script async src="https://static.hotjar.com/c/hotjar-1234567.js?sv=6"></script>
<script src="https://cdn.cookielaw.org/consent/0000-1111/OtAutoBlock.js"></script>
</head></html>`;

createHtmlTester().run("require-consent (html pages)", rule, {
  valid: [
    {
      name: "trustAutoBlockers: after OneTrust's OtAutoBlock.js, with inline and app scripts before it",
      code: `
<html><head>
<script>window.dataLayer = window.dataLayer || [];</script>
<script src="/assets/app.js"></script>
<script src="https://cdn.cookielaw.org/consent/0000-1111/OtAutoBlock.js"></script>
<script async src="https://static.hotjar.com/c/hotjar-1234567.js?sv=6"></script>
</head></html>`,
      options: [{ trustAutoBlockers: true }],
    },
  ],
  invalid: [
    {
      name: "trustAutoBlockers: an auto-blocker that loads after the recorder does not block it",
      code: autoBlockerAfter,
      options: [{ trustAutoBlockers: true }],
      errors: [
        {
          messageId: "missingConsentHtml",
          data: { vendor: "Hotjar" },
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 72,
          suggestions: [
            {
              messageId: "blockWithPlatform",
              data: { platform: "OneTrust", markup: 'type="text/plain" class="optanon-category-C0002"' },
              output: autoBlockerAfter.replace("<script async", '<script type="text/plain" class="optanon-category-C0002" async'),
            },
          ],
        },
      ],
    },
    {
      name: "CookieYes page: no suggestion for an inline snippet (its markup blocks only scripts with src)",
      code: `
<html><head>
<script src="https://cdn-cookieyes.com/client_data/abc/script.js"></script>
<script>${CLARITY_INLINE}</script>
</head></html>`,
      errors: [{ messageId: "missingConsentHtml", data: { vendor: "Microsoft Clarity" }, line: 4, column: 9, endLine: 4, endColumn: 158, suggestions: [] }],
    },
    {
      name: "Cookiebot suggestion replaces an existing category attribute and adds the type",
      code: cookiebotCategory,
      errors: [
        {
          messageId: "missingConsentHtml",
          data: { vendor: "Hotjar" },
          line: 4,
          column: 1,
          endLine: 4,
          endColumn: 97,
          suggestions: [
            {
              messageId: "blockWithPlatform",
              data: { platform: "Cookiebot", markup: 'type="text/plain" data-cookieconsent="statistics"' },
              output: cookiebotCategory.replace('<script data-cookieconsent="marketing"', '<script type="text/plain" data-cookieconsent="statistics"'),
            },
          ],
        },
      ],
    },
    {
      name: "Cookiebot suggestion rewrites both an existing type and category in place",
      code: cookiebotTypeAndCategory,
      errors: [
        {
          messageId: "missingConsentHtml",
          data: { vendor: "Hotjar" },
          line: 4,
          column: 1,
          endLine: 4,
          endColumn: 120,
          suggestions: [
            {
              messageId: "blockWithPlatform",
              data: { platform: "Cookiebot", markup: 'type="text/plain" data-cookieconsent="statistics"' },
              output: cookiebotTypeAndCategory.replace('type="text/javascript" data-cookieconsent="marketing"', 'type="text/plain" data-cookieconsent="statistics"'),
            },
          ],
        },
      ],
    },
  ],
});
