// What every SDK test (tests/blackbox/sdk_*.mjs) shares: TAP output, the pinned SDKs
// (installed once by install.mjs, loaded from LETHE_SDK_DIR), and the stack they drive:
// lethe-mock and lethe on free loopback ports, lethe configured with one provider per wire
// format the mock speaks. runSuite starts it, runs the cells, prints the plan and exits 1 if
// any cell failed; the children and the scratch folder go away however the test ends.
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { installLockedClients } from './install.mjs';

const LETHE = process.env.LETHE;
const MOCK = process.env.LETHE_MOCK;
const SDK_DIR = process.env.LETHE_SDK_DIR || path.join(tmpdir(), 'lethe-sdk-clients');
const LOOPBACK = '127.0.0.1';

let count = 0;
let failed = 0;

// One TAP line; a failure's detail (an error's stack when there is one) follows as comments.
export function ok(condition, name, detail) {
  count++;
  if (!condition) failed++;
  console.log(`${condition ? 'ok' : 'not ok'} ${count} - ${name}`);
  if (!condition && detail !== undefined) console.log(`# ${String(detail?.stack ?? detail).split('\n').join('\n# ')}`);
}

// A module of an installed SDK: loadSdk('@anthropic-ai/sdk', 'index.mjs').
export function loadSdk(name, file) {
  return import(pathToFileURL(path.join(SDK_DIR, 'node_modules', name, file)).href);
}

// The config `hash` of an API key, as `lethe --hash-key` makes it.
export function hashKey(key) {
  return execFileSync(LETHE, ['--hash-key'], { input: key }).toString().trim();
}

export async function mockConfig(mockUrl, fields) {
  await fetch(`${mockUrl}/__mock/config`, { method: 'POST', body: JSON.stringify(fields) });
}

// The mock's last request: { path, body (the raw text) ... }.
export async function mockLast(mockUrl) {
  return (await fetch(`${mockUrl}/__mock/last`)).json();
}

export async function mockLastBody(mockUrl) {
  return (await mockLast(mockUrl)).body;
}

export async function mockLastJson(mockUrl) {
  return JSON.parse(await mockLastBody(mockUrl));
}

function freePort() {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, LOOPBACK, () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

// A bound, not a timing: a sanitizer build on a loaded machine may take many seconds to start.
async function waitFor(url, timeoutMs = 20000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch { /* not up yet */ }
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`${url} did not come up`);
}

const PROVIDERS = {
  oa: (mockUrl) => ({ name: 'oa', type: 'openai', base_url: `${mockUrl}/v1`, api_key: 'k-openai' }),
  an: (mockUrl) => ({ name: 'an', type: 'anthropic', base_url: `${mockUrl}/v1`, api_key: 'k-anthropic' }),
  ge: (mockUrl) => ({ name: 'ge', type: 'gemini', base_url: `${mockUrl}/v1beta`, api_key: 'k-gemini' }),
};

// Runs `cells({ base, mockUrl })` against a fresh mock and lethe, then ends the process with the
// TAP plan. options: prefix (of the scratch folder), formats (the providers to configure, of
// oa / an / ge), routes (default: oa/model-x), extra (more top-level config members, or a function
// that makes them) and
// mockArgs (more lethe-mock arguments).
export async function runSuite(options, cells) {
  const { prefix = 'lethe-sdk-', formats = ['oa', 'an', 'ge'], mockArgs = [] } = options;
  const routes = options.routes ?? [{ name: 'default', chain: [{ target: 'oa/model-x' }] }];
  const work = mkdtempSync(path.join(tmpdir(), prefix));
  const children = [];
  const stop = () => {
    for (const child of children) child.kill('SIGTERM');
    rmSync(work, { recursive: true, force: true });
  };
  process.on('exit', stop);
  try {
    installLockedClients(SDK_DIR);
    const mockPort = await freePort();
    const lethePort = await freePort();
    const mockUrl = `http://${LOOPBACK}:${mockPort}`;
    const config = {
      listen: `${LOOPBACK}:${lethePort}`,
      providers: formats.map((format) => PROVIDERS[format](mockUrl)),
      routes,
      ...(typeof options.extra === 'function' ? options.extra() : options.extra),
    };
    writeFileSync(path.join(work, 'config.json'), JSON.stringify(config));
    children.push(spawn(MOCK, ['--listen', `${LOOPBACK}:${mockPort}`, ...mockArgs], { stdio: 'inherit' }));
    children.push(spawn(LETHE, ['-c', path.join(work, 'config.json')], { stdio: ['ignore', 'ignore', 'inherit'] }));
    await waitFor(`${mockUrl}/__mock/stats`);
    await waitFor(`http://${LOOPBACK}:${lethePort}/healthz`);
    await cells({ base: `http://${LOOPBACK}:${lethePort}`, mockUrl });
  } catch (error) {
    ok(false, 'set-up', error);
  }
  console.log(`1..${count}`);
  stop();
  process.exit(failed ? 1 : 0);
}
