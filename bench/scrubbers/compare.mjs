// compare.mjs — lethe and the npm scrubbers people reach for, side by side on the realistic corpus.
//
//   cd bench/scrubbers && npm ci && node compare.mjs [--evaluate PATH] [CORPUS.jsonl ...]
//
// Corpora: tests/scrub/realistic/{dev,heldout}.jsonl unless named. Each scrubber gets every
// case's text and returns a text; all are scored by the same rule here:
//   recall   per labelled occurrence: a value's k-th label counts as found when the output
//            holds fewer than k+1 whole-word occurrences of the value (every occurrence counts);
//   decoys   a decoy is still in the output, verbatim;
//   MB/s     corpus bytes over the CPU time spent inside the scrubber's calls (a second, timed pass),
//            one call per case, as a gateway would call it per request.
// lethe's output comes from scrub_evaluate --dump (the gateway's own scrub_request), its MB/s
// from scrub_evaluate --speed; scrub_evaluate's own stricter scorer (where each placeholder
// stands) is what the CI tests use, and agrees with this one to within a few occurrences.
// secretlint reports ranges, not a text: the ranges are cut out. Not part of CI: a bench.
import { execFileSync } from 'node:child_process';
import { readFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import { OpenRedaction } from '@openredaction/openredaction';
import redactPii from 'redact-pii';
import { lintSource } from '@secretlint/core';
import { creator as recommended } from '@secretlint/secretlint-rule-preset-recommend';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..', '..');

function parseArguments(argv) {
  const options = { evaluate: join(root, 'build', 'tests', 'scrub_evaluate'), corpora: [] };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--evaluate') options.evaluate = resolve(argv[++i]);
    else options.corpora.push(resolve(argv[i]));
  }
  if (options.corpora.length === 0) {
    options.corpora = ['dev', 'heldout'].map((half) => join(root, 'tests', 'scrub', 'realistic', `${half}.jsonl`));
  }
  return options;
}

function readCorpus(path) {
  return readFileSync(path, 'utf8').split('\n').filter((line) => line.trim()).map((line) => JSON.parse(line));
}

// ---- the scrubbers: each a function from text to masked text (sync or async) ----
const openRedaction = new OpenRedaction();
const redactor = new redactPii.SyncRedactor();
const secretlintConfig = { rules: [{ id: '@secretlint/secretlint-rule-preset-recommend', rule: recommended }] };

async function secretlint(text) {
  const result = await lintSource({
    source: { filePath: '/prompt.txt', content: text, contentType: 'text', ext: '.txt' },
    options: { config: secretlintConfig },
  });
  const ranges = result.messages.map((message) => message.range).sort((a, b) => a[0] - b[0]);
  let out = '';
  let at = 0;
  for (const [start, end] of ranges) {
    if (start < at) continue;
    out += text.slice(at, start) + '[SECRET]';
    at = end;
  }
  return out + text.slice(at);
}

const scrubbers = [
  { name: 'redact-pii 3.4.0', run: (text) => redactor.redact(text) },
  { name: '@openredaction/openredaction 1.0.4', run: async (text) => (await openRedaction.detect(text)).redacted },
  { name: 'secretlint 13.0.7 (recommended)', run: secretlint },
];

// ---- scoring, the same for every scrubber ----
const isWord = (c) => c !== undefined && (/[A-Za-z0-9_]/.test(c) || c.charCodeAt(0) >= 0x80);

function wholeWordCount(text, value) {
  let count = 0;
  let from = 0;
  for (;;) {
    const at = text.indexOf(value, from);
    if (at < 0 || value.length === 0) return count;
    const end = at + value.length;
    const starts = !isWord(value[0]) || !isWord(text[at - 1]);
    const ends = !isWord(value[value.length - 1]) || !isWord(text[end]);
    if (starts && ends) {
      count++;
      from = end;
    } else {
      from = at + 1;
    }
  }
}

function newTally() {
  return { values: 0, found: 0, decoys: 0, kept: 0 };
}

// Credentials, as opposed to personal data: secretlint looks for these only.
const SECRET_TYPES = new Set(['OPENAI_API_KEY', 'ANTHROPIC_API_KEY', 'GITHUB_TOKEN', 'AWS_ACCESS_KEY_ID',
  'AWS_SECRET_ACCESS_KEY', 'SLACK_TOKEN', 'STRIPE_KEY', 'GOOGLE_API_KEY', 'JWT', 'PRIVATE_KEY', 'GENERIC_API_KEY',
  'ENV_SECRET', 'SECRET_TOKEN', 'URL_CREDENTIAL']);

function score(cases, outputs) {
  const byType = {};
  const byLang = {};
  const all = newTally();
  const secrets = newTally();
  const personal = newTally();
  cases.forEach((entry, i) => {
    const output = outputs[i];
    const seen = new Map();
    const lang = (byLang[entry.lang ?? '-'] ??= newTally());
    for (const entity of entry.entities) {
      const earlier = seen.get(entity.value) ?? 0;
      seen.set(entity.value, earlier + 1);
      const found = earlier >= wholeWordCount(output, entity.value) ? 1 : 0;
      const type = (byType[entity.type] ??= newTally());
      const kind = SECRET_TYPES.has(entity.type) ? secrets : personal;
      for (const tally of [type, lang, all, kind]) {
        tally.values++;
        tally.found += found;
      }
    }
    for (const decoy of entry.decoys) {
      const kept = output.includes(decoy) ? 1 : 0;
      for (const tally of [lang, all]) {
        tally.decoys++;
        tally.kept += kept;
      }
    }
  });
  return { byType, byLang, all, secrets, personal };
}

async function runScrubber(scrubber, cases) {
  const outputs = [];
  for (const entry of cases) outputs.push(await scrubber.run(entry.text));     // first pass: warm up, and output
  let elapsed = 0;                  // CPU time in ms, as scrub_evaluate --speed counts it: steady on a busy machine
  for (const entry of cases) {
    const start = process.cpuUsage();
    await scrubber.run(entry.text);
    const used = process.cpuUsage(start);
    elapsed += (used.user + used.system) / 1000;
  }
  const bytes = cases.reduce((sum, entry) => sum + Buffer.byteLength(entry.text), 0);
  return { outputs, mbPerSecond: bytes / (elapsed / 1000) / 1e6 };
}

function runLethe(evaluate, corpus) {
  const directory = mkdtempSync(join(tmpdir(), 'lethe-bench-'));
  try {
    const dump = join(directory, 'scrubbed.jsonl');
    const report = execFileSync(evaluate, [corpus, '--dump', dump, '--speed'], { encoding: 'utf8' });
    const speed = /throughput ([0-9.]+) MB\/s/.exec(report);
    const outputs = readCorpus(dump).map((line) => line.scrubbed);
    return { outputs, mbPerSecond: speed ? Number(speed[1]) : NaN };
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}

const ratio = (part, whole) => (whole ? part / whole : 1).toFixed(3);

function printTable(title, columns, rows) {
  console.log(`\n${title}\n`);
  console.log(`| ${columns.join(' | ')} |`);
  console.log(`| ${columns.map(() => '---').join(' | ')} |`);
  for (const row of rows) console.log(`| ${row.join(' | ')} |`);
}

async function main() {
  const options = parseArguments(process.argv.slice(2));
  const results = {};               // tool -> half -> { scores, mbPerSecond }
  const halves = options.corpora.map((path) => ({ name: path.split('/').pop(), cases: readCorpus(path), path }));
  const tools = ['lethe (scrub_request)', ...scrubbers.map((scrubber) => scrubber.name)];
  for (const half of halves) {
    const lethe = runLethe(options.evaluate, half.path);
    const record = (tool, run) => {
      (results[tool] ??= {})[half.name] = { scores: score(half.cases, run.outputs), mbPerSecond: run.mbPerSecond };
    };
    record(tools[0], lethe);
    for (const scrubber of scrubbers) record(scrubber.name, await runScrubber(scrubber, half.cases));
  }
  const rows = [];
  for (const tool of tools) {
    for (const half of halves) {
      const { scores, mbPerSecond } = results[tool][half.name];
      const recall = (tally) => ratio(tally.found, tally.values);
      rows.push([tool, half.name, scores.all.values, recall(scores.all), recall(scores.personal), recall(scores.secrets),
                 ratio(scores.all.kept, scores.all.decoys), mbPerSecond.toFixed(1)]);
    }
  }
  const columns = ['scrubber', 'corpus', 'values', 'recall', 'personal data', 'secrets', 'decoys kept', 'MB/s'];
  printTable('Side by side (every occurrence counts)', columns, rows);
  const merged = (tool, key) => {
    const out = {};
    for (const half of halves) {
      for (const [name, tally] of Object.entries(results[tool][half.name].scores[key])) {
        const into = (out[name] ??= newTally());
        for (const field of Object.keys(tally)) into[field] += tally[field];
      }
    }
    return out;
  };
  const typeNames = Object.keys(merged(tools[0], 'byType')).sort();
  printTable('Recall per type, both halves', ['type', 'values', ...tools],
             typeNames.map((type) => [type, merged(tools[0], 'byType')[type].values,
                                      ...tools.map((tool) => {
                                        const tally = merged(tool, 'byType')[type];
                                        return ratio(tally.found, tally.values);
                                      })]));
  const langNames = Object.keys(merged(tools[0], 'byLang')).sort();
  printTable('Decoys kept per language, both halves', ['language', 'decoys', ...tools],
             langNames.map((lang) => [lang, merged(tools[0], 'byLang')[lang].decoys,
                                      ...tools.map((tool) => {
                                        const tally = merged(tool, 'byLang')[lang];
                                        return ratio(tally.kept, tally.decoys);
                                      })]));
}

await main();
