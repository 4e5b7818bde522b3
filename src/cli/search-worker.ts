/**
 * The search thread's side (search-thread.ts): makes the content kinds' search files of each input
 * it is sent (index-data/search-files.ts) and sends them back, their bytes moved rather than copied,
 * then raises the shared flag the main thread waits on; another flag says it has loaded its code.
 * Node-only; loaded by search-worker-boot.mjs.
 */
import { workerData, type MessagePort } from 'node:worker_threads';
import { contentSearchFiles, type ContentSearchInput, type SearchFile } from '../index-data/search-files';
import type { SearchReply } from './search-thread';

const { port, flag } = workerData as { port: MessagePort; flag: Int32Array };

port.on('message', (input: ContentSearchInput) => {
  let reply: SearchReply;
  const transfer: ArrayBuffer[] = [];
  try {
    const files: SearchFile[] = [];
    const made = contentSearchFiles(input);
    let next = made.next();
    for (; !next.done; next = made.next()) files.push(next.value);
    reply = { files, result: next.value };
    for (const file of files) if (file.content !== null) transfer.push(file.content.buffer as ArrayBuffer);
    for (const kind of Object.values(next.value.words)) transfer.push(kind.wordStarts.buffer as ArrayBuffer, kind.words.buffer as ArrayBuffer);
  } catch (error) {
    reply = { error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
  try {
    port.postMessage(reply, [...new Set(transfer)]);
  } catch (error) {
    port.postMessage({ error: `cannot send the search files: ${String(error)}` } satisfies SearchReply);
  }
  Atomics.add(flag, 0, 1);
  Atomics.notify(flag, 0);
});

// Loaded: the main thread hands work over only to a thread that got this far (search-thread.ts).
Atomics.store(flag, 1, 1);
Atomics.notify(flag, 1);
