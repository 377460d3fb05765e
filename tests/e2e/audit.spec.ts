/**
 * The site audit: every page of the built site, discovered from dist/, checked in Chromium in light
 * and dark themes (axe, console errors including CSP violations), plus links, assets, headers and
 * HTML validity. Each failure names the page and the problem; all failures are reported together.
 */
import { expect, test } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { HtmlValidate } from "html-validate";
import { builtPages, pageFile, readPage } from "../../scripts/lib/builtSite";

const AXE_TAGS = [
  "wcag2a",
  "wcag2aa",
  "wcag21a",
  "wcag21aa",
  "wcag22aa",
  "best-practice",
];

// Pages are split into shards so the workers share the slowest part of the suite evenly.
const SHARDS = 6;

for (const colorScheme of ["light", "dark"] as const) {
  for (let shard = 0; shard < SHARDS; shard++) {
    test(`every page: no axe violations and no console errors (${colorScheme}, part ${shard + 1} of ${SHARDS})`, async ({
      browser,
    }) => {
      test.setTimeout(600_000); // about a minute alone; generous, because another process may share the two cores
      const context = await browser.newContext({ colorScheme });
      const page = await context.newPage();
      const problems: string[] = [];
      let current = "";
      page.on("console", (message) => {
        if (message.type() === "error" || message.type() === "warning")
          problems.push(
            `${current}: console ${message.type()}: ${message.text()}`,
          );
      });
      page.on("pageerror", (error) =>
        problems.push(`${current}: uncaught ${error.message}`),
      );
      for (const path of builtPages().filter(
        (_, index) => index % SHARDS === shard,
      )) {
        current = path;
        await page.goto(path, { waitUntil: "load" });
        expect(
          await page.locator("html").getAttribute("data-theme"),
          `${path} theme`,
        ).toBe(colorScheme);
        // Structure and names do not change with the theme; colours do. Dark runs only the colour rules.
        // Only violations are reported; skipping the detail axe gathers for passing nodes roughly halves its time.
        const axe = new AxeBuilder({ page }).options({ resultTypes: ["violations"] });
        const { violations } = await (
          colorScheme === "light"
            ? axe.withTags(AXE_TAGS)
            : axe.withRules(["color-contrast", "link-in-text-block"])
        ).analyze();
        for (const violation of violations) {
          const targets = violation.nodes
            .slice(0, 3)
            .map((node) => node.target.join(" "))
            .join(" | ");
          problems.push(
            `${path}: axe ${violation.id} (${violation.impact}): ${violation.help} — ${targets}`,
          );
        }
      }
      await context.close();
      expect(problems, problems.join("\n")).toEqual([]);
    });
  }
}

test("every internal link, fragment and asset resolves", async ({
  request,
}) => {
  test.setTimeout(360_000);
  const problems: string[] = [];
  const checked = new Map<string, number>();
  const idsOf = new Map<string, Set<string>>();
  const ids = (path: string, html: string) => {
    if (!idsOf.has(path))
      idsOf.set(
        path,
        new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!)),
      );
    return idsOf.get(path)!;
  };
  for (const path of builtPages()) {
    const html = readPage(path);
    const refs = [...html.matchAll(/\s(?:href|src)="([^"]+)"/g)].map((m) =>
      m[1]!.replaceAll("&amp;", "&"),
    );
    for (const ref of refs) {
      if (
        /^(https?:|mailto:|data:)/.test(ref) &&
        !ref.startsWith("http://127.0.0.1")
      )
        continue;
      const url = new URL(ref, `http://127.0.0.1${path}`);
      const target = url.pathname;
      if (!checked.has(target)) {
        const response = await request.get(target, { maxRedirects: 5 });
        checked.set(target, response.status());
      }
      const status = checked.get(target)!;
      if (status >= 400) {
        problems.push(`${path}: link to ${target} answers ${status}`);
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (fragment && (target.endsWith("/") || target.endsWith(".html"))) {
        if (!ids(target, readPage(target)).has(fragment))
          problems.push(
            `${path}: link to ${target}#${fragment}: no element with that id`,
          );
      }
    }
  }
  expect(checked.size, "no internal link or asset found on any page").toBeGreaterThan(0);
  expect(problems, problems.join("\n")).toEqual([]);
});

test("every page is served with the security headers", async ({ request }) => {
  test.setTimeout(360_000);
  const problems: string[] = [];
  for (const path of builtPages()) {
    const response = await request.get(path);
    const headers = response.headers();
    const csp = headers["content-security-policy"] ?? "";
    const scriptSrc = /script-src ([^;,]+)/.exec(csp)?.[1] ?? "";
    if (!scriptSrc)
      problems.push(`${path}: no script-src in the Content-Security-Policy`);
    if (scriptSrc.includes("'unsafe-inline'"))
      problems.push(`${path}: script-src allows 'unsafe-inline'`);
    const framed = csp.includes("frame-ancestors 'none'");
    if (path.startsWith("/embed/") ? framed : !framed) {
      problems.push(
        `${path}: frame-ancestors should be ${path.startsWith("/embed/") ? "open" : "'none'"}`,
      );
    }
    if (headers["x-content-type-options"] !== "nosniff")
      problems.push(`${path}: X-Content-Type-Options is not nosniff`);
    if (!headers["referrer-policy"])
      problems.push(`${path}: no Referrer-Policy`);
  }
  expect(problems, problems.join("\n")).toEqual([]);
});

test("every page is valid HTML", async () => {
  test.setTimeout(360_000);
  const validator = new HtmlValidate({
    extends: ["html-validate:recommended"],
    rules: {
      // Astro writes void elements as <meta ... />; both forms are valid HTML.
      "void-style": "off",
    },
  });
  const problems: string[] = [];
  for (const path of builtPages()) {
    const report = await validator.validateFile(pageFile(path));
    for (const result of report.results) {
      for (const message of result.messages)
        problems.push(
          `${path}:${message.line}:${message.column}: ${message.ruleId}: ${message.message}`,
        );
    }
  }
  expect(problems, problems.join("\n")).toEqual([]);
});

test("every page has a title, a description, a canonical URL and link-preview tags", async () => {
  test.setTimeout(360_000);
  const problems: string[] = [];
  for (const path of builtPages()) {
    const html = readPage(path);
    const need = {
      title: /<title>[^<]{5,}<\/title>/,
      description: /<meta name="description" content="[^"]{50,}"/,
      canonical: /<link rel="canonical" href="https:\/\/[^"]+"/,
      "og:title": /<meta property="og:title" content="[^"]+"/,
      "og:description": /<meta property="og:description" content="[^"]+"/,
      "og:image": /<meta property="og:image" content="https:\/\/[^"]+\.png"/,
      "twitter:card": /<meta name="twitter:card" content="summary_large_image"/,
    };
    for (const [name, pattern] of Object.entries(need))
      if (!pattern.test(html))
        problems.push(`${path}: missing or empty ${name}`);
  }
  expect(problems, problems.join("\n")).toEqual([]);
});
