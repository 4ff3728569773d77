// The official `openai` npm client (the version pinned in tests/blackbox/sdk/package-lock.json)
// against lethe's endpoints beyond chat: completions.create (whole and streamed),
// models.retrieve (a route, a provider/model with its '/', and a name not configured), and
// chat with logprobs and n = 2 against an OpenAI-format target (and refused, naming the
// field, against an Anthropic-format one). The SDK is installed on first use into
// LETHE_SDK_DIR with `npm ci` from the lockfile, as sdk_matrix.mjs does. TAP output.
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { installLockedClients } from './sdk/install.mjs';

const LETHE = process.env.LETHE;
const MOCK = process.env.LETHE_MOCK;
const SDK_DIR = process.env.LETHE_SDK_DIR || path.join(tmpdir(), 'lethe-sdk-clients');
const PROMPT = 'Grüße aus 東京 🎉 — once upon a tide';

let count = 0;
let failed = 0;
function ok(condition, name, detail) {
  count++;
  if (!condition) failed++;
  console.log(`${condition ? 'ok' : 'not ok'} ${count} - ${name}`);
  if (!condition && detail !== undefined) console.log(`# ${String(detail).split('\n').join('\n# ')}`);
}

function freePort() {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function waitFor(url, timeoutMs = 5000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const answer = await fetch(url);
      if (answer.ok) return;
    } catch { /* not up yet */ }
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`${url} did not come up`);
}

async function mockLast(mockUrl) {
  return (await fetch(`${mockUrl}/__mock/last`)).json();
}

// The pinned SDKs, installed once for every SDK test, safely in parallel (sdk/install.mjs).
function installClients() {
  installLockedClients(SDK_DIR);
}

async function check(name, body) {
  try {
    await body();
  } catch (error) {
    ok(false, name, error?.stack ?? error);
  }
}

async function completions(client, mockUrl) {
  await check('completions.create: a text_completion echoing the prompt, sent to /v1/completions', async () => {
    const answer = await client.completions.create({ model: 'oa/model-x', prompt: PROMPT, max_tokens: 40 });
    const last = await mockLast(mockUrl);
    ok(answer.object === 'text_completion' && answer.choices[0].text === PROMPT && answer.usage.total_tokens > 0
       && last.path === '/v1/completions' && JSON.parse(last.body).prompt === PROMPT,
       'completions.create: a text_completion echoing the prompt, sent to /v1/completions',
       JSON.stringify({ answer, path: last.path }));
  });
  await check('completions.create stream: the chunks spell the prompt', async () => {
    const stream = await client.completions.create({ model: 'oa/model-x', prompt: PROMPT, stream: true });
    let text = '';
    let finish = null;
    for await (const chunk of stream) {
      for (const choice of chunk.choices) {
        text += choice.text ?? '';
        finish = choice.finish_reason ?? finish;
      }
    }
    ok(text === PROMPT && finish === 'stop', 'completions.create stream: the chunks spell the prompt',
       JSON.stringify({ text, finish }));
  });
  await check('completions.create against an Anthropic-format target: a 400 BadRequestError', async () => {
    try {
      await client.completions.create({ model: 'an/claude-x', prompt: PROMPT });
      ok(false, 'completions.create against an Anthropic-format target: a 400 BadRequestError', 'no error');
    } catch (error) {
      ok(error.status === 400 && /OpenAI-format/.test(error.message),
         'completions.create against an Anthropic-format target: a 400 BadRequestError', error);
    }
  });
}

async function models(client) {
  await check('models.retrieve: a route and a provider/model', async () => {
    const route = await client.models.retrieve('default');
    const target = await client.models.retrieve('oa/model-x');
    ok(route.id === 'default' && route.object === 'model' && route.owned_by === 'lethe'
       && target.id === 'oa/model-x' && target.owned_by === 'oa',
       'models.retrieve: a route and a provider/model', JSON.stringify({ route, target }));
  });
  await check('models.retrieve of a name not configured: NotFoundError', async () => {
    try {
      await client.models.retrieve('oa/not-configured');
      ok(false, 'models.retrieve of a name not configured: NotFoundError', 'no error');
    } catch (error) {
      ok(error.status === 404 && error.code === 'model_not_found',
         'models.retrieve of a name not configured: NotFoundError', error);
    }
  });
}

async function chatPassThrough(client, mockUrl) {
  await check('chat with logprobs and n = 2: two choices, each with its logprobs', async () => {
    const answer = await client.chat.completions.create({
      model: 'oa/model-x', n: 2, logprobs: true, top_logprobs: 2, messages: [{ role: 'user', content: PROMPT }] });
    const sent = JSON.parse((await mockLast(mockUrl)).body);
    const good = answer.choices.length === 2 && answer.choices.every((choice, index) => choice.index === index
      && choice.message.content === PROMPT && choice.logprobs?.content?.length > 0
      && choice.logprobs.content.map((entry) => entry.token).join('') === PROMPT);
    ok(good && sent.n === 2 && sent.logprobs === true && sent.top_logprobs === 2,
       'chat with logprobs and n = 2: two choices, each with its logprobs', JSON.stringify({ answer, sent }));
  });
  await check('chat stream with logprobs: each chunk carries its own', async () => {
    const stream = await client.chat.completions.create({
      model: 'oa/model-x', stream: true, logprobs: true, messages: [{ role: 'user', content: PROMPT }] });
    let text = '';
    let tokens = '';
    for await (const chunk of stream) {
      for (const choice of chunk.choices) {
        text += choice.delta?.content ?? '';
        for (const entry of choice.logprobs?.content ?? []) tokens += entry.token;
      }
    }
    ok(text === PROMPT && tokens === PROMPT, 'chat stream with logprobs: each chunk carries its own',
       JSON.stringify({ text, tokens }));
  });
  await check('chat with logprobs against an Anthropic-format target: a 400 naming logprobs', async () => {
    try {
      await client.chat.completions.create({
        model: 'an/claude-x', logprobs: true, messages: [{ role: 'user', content: PROMPT }] });
      ok(false, 'chat with logprobs against an Anthropic-format target: a 400 naming logprobs', 'no error');
    } catch (error) {
      ok(error.status === 400 && error.message.includes("'logprobs'"),
         'chat with logprobs against an Anthropic-format target: a 400 naming logprobs', error);
    }
  });
}

async function main() {
  const work = mkdtempSync(path.join(tmpdir(), 'lethe-sdk-endpoints-'));
  const children = [];
  const stop = () => { for (const child of children) child.kill('SIGTERM'); rmSync(work, { recursive: true, force: true }); };
  process.on('exit', stop);
  try {
    installClients();
    const { default: OpenAI } = await import(path.join(SDK_DIR, 'node_modules', 'openai', 'index.mjs'));
    const mockPort = await freePort();
    const lethePort = await freePort();
    const mockUrl = `http://127.0.0.1:${mockPort}`;
    const config = {
      listen: `127.0.0.1:${lethePort}`,
      providers: [
        { name: 'oa', type: 'openai', base_url: `${mockUrl}/v1`, api_key: 'k-openai' },
        { name: 'an', type: 'anthropic', base_url: `${mockUrl}/v1`, api_key: 'k-anthropic' },
      ],
      routes: [{ name: 'default', chain: [{ target: 'oa/model-x' }, { target: 'an/claude-x' }] }],
    };
    writeFileSync(path.join(work, 'config.json'), JSON.stringify(config));
    children.push(spawn(MOCK, ['--listen', `127.0.0.1:${mockPort}`], { stdio: 'inherit' }));
    children.push(spawn(LETHE, ['-c', path.join(work, 'config.json')], { stdio: ['ignore', 'ignore', 'inherit'] }));
    await waitFor(`${mockUrl}/__mock/stats`);
    await waitFor(`http://127.0.0.1:${lethePort}/healthz`);
    const client = new OpenAI({ baseURL: `http://127.0.0.1:${lethePort}/v1`, apiKey: 'unused', maxRetries: 0 });
    await completions(client, mockUrl);
    await models(client);
    await chatPassThrough(client, mockUrl);
  } catch (error) {
    ok(false, 'set-up', error.stack ?? error);
  }
  console.log(`1..${count}`);
  stop();
  process.exit(failed ? 1 : 0);
}

main();
