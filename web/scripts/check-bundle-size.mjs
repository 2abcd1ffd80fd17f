#!/usr/bin/env node
// Fails the build when the console's initial JavaScript (the entry chunk and the chunks it imports
// statically, what a browser must load before the first screen) exceeds the budget, gzipped.
// Lazy route chunks are not initial. Writes dist/bundle-report.json with the figures.
//
//   node scripts/check-bundle-size.mjs            # budget 220 KB (220,000 bytes) gzipped
//   BUNDLE_BUDGET_KB=200 node scripts/check-bundle-size.mjs
import { readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const dist = new URL('../dist/', import.meta.url).pathname;
const budgetKb = Number(process.env.BUNDLE_BUDGET_KB ?? 220);
const manifest = JSON.parse(readFileSync(join(dist, '.vite/manifest.json'), 'utf8'));

const gz = (file) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;
const raw = (file) => readFileSync(join(dist, file)).length;

const entries = Object.entries(manifest).filter(([, c]) => c.isEntry);
if (entries.length !== 1) throw new Error(`expected one entry chunk, found ${entries.length}`);

const initial = new Set();
const initialCss = new Set();
const visit = (key) => {
  const chunk = manifest[key];
  if (!chunk || initial.has(chunk.file)) return;
  initial.add(chunk.file);
  (chunk.css ?? []).forEach((c) => initialCss.add(c));
  (chunk.imports ?? []).forEach(visit);
};
visit(entries[0][0]);

const allJs = readdirSync(join(dist, 'assets')).filter((f) => f.endsWith('.js')).map((f) => `assets/${f}`);
const sum = (files, f) => [...files].reduce((s, x) => s + f(x), 0);
const report = {
  budgetBytesGzip: budgetKb * 1000,
  initialJs: { files: [...initial], bytes: sum(initial, raw), gzip: sum(initial, gz) },
  initialCss: { files: [...initialCss], bytes: sum(initialCss, raw), gzip: sum(initialCss, gz) },
  totalJs: { files: allJs.length, bytes: sum(allJs, raw), gzip: sum(allJs, gz) },
};
writeFileSync(join(dist, 'bundle-report.json'), JSON.stringify(report, null, 2) + '\n');

const kb = (n) => `${(n / 1000).toFixed(1)} KB`;
console.log(
  `bundle: initial JS ${kb(report.initialJs.gzip)} gzipped (${kb(report.initialJs.bytes)} raw, ${initial.size} chunks), ` +
    `initial CSS ${kb(report.initialCss.gzip)} gzipped, all JS ${kb(report.totalJs.gzip)} gzipped (${kb(report.totalJs.bytes)} raw, ${allJs.length} chunks); budget ${budgetKb} KB`,
);
if (report.initialJs.gzip > report.budgetBytesGzip) {
  console.error(`bundle: the initial JavaScript is ${kb(report.initialJs.gzip)} gzipped, over the ${budgetKb} KB budget. Lazy-load what the first screen does not need.`);
  process.exit(1);
}
