// Starts the example Worker with `wrangler dev` on loopback (workerd, with a
// fresh local D1 database in a temporary directory) and stops it. The WASM
// throughput benchmark (wasm/bench/workerd.mjs) starts its own Worker with it.

import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('..', import.meta.url));

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * Starts the Worker whose wrangler.toml is in `dir` (the example Worker's by
 * default); resolves to `{ url, query(sql, params), setup(), stop() }` once it answers.
 */
export async function startWorker(dir = here) {
  const port = await freePort();
  const state = mkdtempSync(join(tmpdir(), 'pgshift-worker-'));
  const wrangler = join(here, 'node_modules', 'wrangler', 'bin', 'wrangler.js');
  const child = spawn(
    process.execPath,
    [wrangler, 'dev', '--ip', '127.0.0.1', '--port', String(port), '--persist-to', state, '--log-level', 'warn'],
    {
      cwd: dir,
      env: { ...process.env, WRANGLER_SEND_METRICS: 'false', CI: 'true', NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  const exited = new Promise((resolve) => child.once('exit', resolve));

  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode === null) child.kill('SIGINT');
    await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
    if (child.exitCode === null) child.kill('SIGKILL');
    rmSync(state, { recursive: true, force: true });
  };

  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) {
      await stop();
      throw new Error(`wrangler dev exited (${child.exitCode}):\n${output}`);
    }
    try {
      const r = await fetch(`${url}/`);
      await r.text();
      break;
    } catch {
      if (Date.now() > deadline) {
        await stop();
        throw new Error(`the Worker did not answer on ${url} within 60 s:\n${output}`);
      }
      await new Promise((r) => setTimeout(r, 250));
    }
  }

  const query = async (sql, params = []) => {
    const r = await fetch(`${url}/query`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ sql, params }),
    });
    return { status: r.status, body: await r.json() };
  };
  const setup = async () => {
    const r = await fetch(`${url}/setup`, { method: 'POST' });
    return { status: r.status, body: await r.json() };
  };
  return { url, query, setup, stop, output: () => output };
}
