// The pinned SDKs of package-lock.json (beside this file), installed once into the folder every
// SDK test shares (LETHE_SDK_DIR), safely when several tests start at once on a fresh build.
//
// A folder is complete when it holds a stamp with the hash of the lockfile it was installed
// from. An installer runs `npm ci` in a private folder beside the shared one, stamps it, then
// renames it into place: a rename is atomic, so a test sees no folder, a stale one or a
// complete one, never one that another `npm ci` is still writing or clearing. When several
// install at once, the first rename wins and the others drop their copies. Once installed,
// nothing is fetched: the tests run offline.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const LOCK_DIR = path.dirname(fileURLToPath(import.meta.url));
const STAMP = '.lethe-lock-sha256';

function lockHash() {
  return createHash('sha256').update(readFileSync(path.join(LOCK_DIR, 'package-lock.json'))).digest('hex');
}

function isComplete(dir, hash) {
  try {
    return readFileSync(path.join(dir, STAMP), 'utf8') === hash;
  } catch {
    return false;
  }
}

// npm ci into a folder nobody else looks at; the stamp last, once npm ci succeeded.
function installInto(dir, hash) {
  mkdirSync(dir, { recursive: true });
  for (const file of ['package.json', 'package-lock.json']) {
    copyFileSync(path.join(LOCK_DIR, file), path.join(dir, file));
  }
  execFileSync('npm', ['ci', '--prefix', dir, '--ignore-scripts', '--no-audit', '--no-fund', '--silent'],
               { stdio: ['ignore', 'ignore', 'inherit'] });
  writeFileSync(path.join(dir, STAMP), hash);
}

// false when `to` exists already (another installer's, or a stale folder), or `from` is gone
// (another installer moved it first).
function tryRename(from, to) {
  try {
    renameSync(from, to);
    return true;
  } catch (error) {
    if (error.code === 'ENOTEMPTY' || error.code === 'EEXIST' || error.code === 'ENOENT') return false;
    throw error;
  }
}

// Makes `sdkDir` hold exactly the locked SDKs, and returns it.
export function installLockedClients(sdkDir) {
  const hash = lockHash();
  if (isComplete(sdkDir, hash)) return sdkDir;
  const unique = `${process.pid}-${Date.now()}`;
  const partial = `${sdkDir}.partial-${unique}`;
  try {
    installInto(partial, hash);
    if (tryRename(partial, sdkDir) || isComplete(sdkDir, hash)) return sdkDir;
    // A stale folder (an older lockfile, or one installed before stamps): moved aside, replaced.
    const stale = `${sdkDir}.stale-${unique}`;
    if (tryRename(sdkDir, stale)) rmSync(stale, { recursive: true, force: true });
    if (tryRename(partial, sdkDir) || isComplete(sdkDir, hash)) return sdkDir;
    throw new Error(`could not put the SDKs in place at ${sdkDir}`);
  } finally {
    rmSync(partial, { recursive: true, force: true });
  }
}
