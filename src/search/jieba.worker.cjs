/**
 * The thread that owns nodejieba (started by jiebaThread.ts, which documents the protocol and passes
 * its constants in workerData). Plain JavaScript: it starts before, and without, the TypeScript
 * loader. It loads the dictionaries it is given (already checked by the main thread: nodejieba
 * aborts the process on a missing or malformed one), then answers calls one at a time through the
 * shared memory until the process ends.
 */
'use strict';
const { workerData, receiveMessageOnPort } = require('node:worker_threads');
const { rmSync } = require('node:fs');

const { files, temporary, port, states: S, slots } = workerData;
let ctrl = new Int32Array(workerData.shared, 0, slots.HEADER);
let data = new Uint8Array(workerData.shared, slots.HEADER * 4);
const decoder = new TextDecoder();
const encoder = new TextEncoder();

function reply(state, text) {
  const bytes = encoder.encode(text);
  if (bytes.length > data.length) {
    ctrl[slots.LENGTH] = bytes.length;
    state = S.TOO_BIG;
  } else {
    data.set(bytes);
    ctrl[slots.LENGTH] = bytes.length;
  }
  Atomics.store(ctrl, slots.STATE, state);
  Atomics.notify(ctrl, slots.STATE);
}

/** Loads `dict`; a temporary main dictionary (a subset written for this load) is removed once read. */
function load(dict) {
  try {
    nodejieba.load(dict);
  } finally {
    if (temporary) rmSync(dict.dict, { force: true });
  }
}

let nodejieba;
try {
  nodejieba = require('nodejieba');
  load(files);
  reply(S.IDLE, '');
} catch (err) {
  reply(S.FAILED, `nodejieba did not load: ${err && err.message ? err.message : err}`);
}

const calls = {
  cut: ([text, hmm]) => nodejieba.cut(text, hmm),
  cutForSearch: ([text, hmm]) => nodejieba.cutForSearch(text, hmm),
  tag: ([text]) => nodejieba.tag(text),
  insertWords: ([words]) => words.map((w) => nodejieba.insertWord(w)),
  // Another dictionary in place of the loaded one (words inserted before are gone with it).
  load: ([dict]) => load(dict) ?? null,
};

while (nodejieba) {
  // Sleep until there is work: a request, or a larger buffer. (Waiting on whatever the state was
  // would miss a request stored between our reply and the wait.)
  let state;
  while ((state = Atomics.load(ctrl, slots.STATE)) !== S.REQUEST && state !== S.GROW) Atomics.wait(ctrl, slots.STATE, state);
  if (state === S.GROW) {
    // A larger buffer, posted on the port before the main thread asked for it.
    let posted;
    while (!(posted = receiveMessageOnPort(port))) Atomics.wait(ctrl, slots.STATE, S.GROW, 1);
    const shared = posted.message;
    ctrl = new Int32Array(shared, 0, slots.HEADER);
    data = new Uint8Array(shared, slots.HEADER * 4);
    reply(S.IDLE, '');
    continue;
  }
  try {
    const [name, ...args] = JSON.parse(decoder.decode(data.subarray(0, ctrl[slots.LENGTH])));
    reply(S.DONE, JSON.stringify(calls[name](args)));
  } catch (err) {
    reply(S.ERROR, String(err && err.message ? err.message : err));
  }
}
