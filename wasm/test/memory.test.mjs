// A 5 MB script translates within a Worker's 128 MB. The library keeps one
// statement's AST and IR at a time, so the module's memory follows the output
// and the largest statement, not the input. node:test runs each file in its
// own process, so the module's memory here is this script's alone.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import v8 from 'node:v8';
import vm from 'node:vm';
import { translate, wasmMemoryBytes } from 'pgshift-wasm';
import { script } from './script.mjs';

const MB = 1024 * 1024;

// The JS heap is read after a collection, so that it counts what is still held
// (the input, the result) and not garbage whose collection V8 happened to defer.
v8.setFlagsFromString('--expose-gc');
const collectGarbage = vm.runInNewContext('gc');

for (const to of ['sqlite', 'mysql']) {
  test(`a 5 MB script translates to ${to} within 128 MB (WASM memory and JS heap)`, () => {
    const sql = script(5 * MB);
    assert.ok(sql.length >= 5 * MB);
    const out = translate(sql, { to });
    assert.ok(out.statements.length > 10_000, `${out.statements.length} statements`);
    const bytes = wasmMemoryBytes();
    console.log(
      `${to}: ${(sql.length / MB).toFixed(1)} MB in, ${(out.sql.length / MB).toFixed(1)} MB out, ` +
        `${out.statements.length} statements; WASM memory ${(bytes / MB).toFixed(1)} MB, ` +
        `Node RSS ${(process.memoryUsage().rss / MB).toFixed(1)} MB, JS heap ${(process.memoryUsage().heapUsed / MB).toFixed(1)} MB`,
    );
    assert.ok(bytes <= 128 * MB, `WASM memory ${bytes} bytes`);
    // A Worker's 128 MB hold the JS heap too: the result objects, the input.
    collectGarbage();
    const heap = process.memoryUsage().heapUsed;
    assert.ok(bytes + heap <= 128 * MB, `WASM memory ${bytes} bytes + JS heap ${heap} bytes`);
    // The input and the result stay alive until here, so the heap above holds them.
    assert.ok(sql.length > 0 && out.sql.length > 0);
  });
}
