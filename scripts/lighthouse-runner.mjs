// Lighthouse for scripts/lighthouse.py, with one Chromium for every run.
//
// The CLI starts Node, loads Lighthouse and launches a new Chromium for each run: about 5 of the
// 12 seconds a run took here. This process does that once, then reads one job per line on stdin,
// {"url": ..., "categories": [...], "out": ...}, writes the JSON report to "out" and answers
// "klaar" on stdout. Lighthouse still clears the cache and storage of the page before every run
// (its default), so each run loads the page cold; the settings are the CLI's for a phone.
// Usage: node lighthouse-runner.mjs CHROMIUM FLAGS_JSON
import {writeFileSync} from 'node:fs';
import {createInterface} from 'node:readline';

import * as ChromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

const [chromePath, vlaggen] = process.argv.slice(2);
const chrome = await ChromeLauncher.launch({chromePath, chromeFlags: JSON.parse(vlaggen)});
try {
  for await (const regel of createInterface({input: process.stdin})) {
    const {url, categories, out} = JSON.parse(regel);
    // Left out because no score counts them: the full-page screenshot (pictures in the HTML report), and
    // in a run for the performance score alone the back/forward cache check (weight 0 in that category;
    // it navigates away and back). Together 1.5 of 7 seconds a run, measured here.
    const alleenSnelheid = categories.length === 1 && categories[0] === 'performance';
    const uitkomst = await lighthouse(url, {
      port: chrome.port, output: 'json', onlyCategories: categories, formFactor: 'mobile', logLevel: 'error',
      disableFullPageScreenshot: true, ...(alleenSnelheid ? {skipAudits: ['bf-cache']} : {}),
    });
    writeFileSync(out, uitkomst.report);
    process.stdout.write('klaar\n');
  }
} finally {
  await chrome.kill();
}
