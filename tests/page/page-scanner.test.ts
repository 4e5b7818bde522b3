import { readRegistryFile } from '../../src/registry/read-registry-file';
// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { buildNameTable, loadNameTable } from '../../src/names/name-table';
import { WINDOW_CHARS } from '../../src/page/find-block-names';
import { PageScanner, type ScheduleIdle } from '../../src/page/page-scanner';
import { loadRegistry } from '../../src/registry';
import { el } from './mention-fixture';

const registry = readRegistryFile(join(import.meta.dirname, '../fixtures/registry-ten/leaders.json'));
const table = loadNameTable(buildNameTable(registry));

/** An idle scheduler the test runs by hand, one slice per call. */
function manualSchedule() {
  const pending: (() => void)[] = [];
  const schedule: ScheduleIdle = (work) => pending.push(work);
  return {
    schedule,
    pending,
    runAll(): void {
      while (pending.length > 0) pending.shift()!();
    },
  };
}

function scanner(extra: Partial<ConstructorParameters<typeof PageScanner>[0]> = {}) {
  const idle = manualSchedule();
  const s = new PageScanner({ matcher: table.matcher, meanings: table.meanings, hostTag: 'LEADERLENS-UI', schedule: idle.schedule, ...extra });
  return { s, idle };
}

const leaderIds = (s: PageScanner): string[] => s.store.ordered().map((name) => name.leaderId);

beforeEach(() => document.body.replaceChildren());

describe('PageScanner', () => {
  it('finds the names of a page in page order once its idle work has run', () => {
    document.body.append(el('p', null, 'Tổng Bí thư Tô Lâm tiếp Tổng thống Vladimir Putin.'), el('p', null, 'Ông Tô Lâm nói.'));
    const { s, idle } = scanner();
    s.scan(document.body);
    expect(s.complete).toBe(false);
    expect(leaderIds(s)).toEqual([]);
    idle.runAll();
    expect(s.complete).toBe(true);
    expect(leaderIds(s)).toEqual(['to-lam', 'vladimir-putin', 'to-lam']);
  });

  it('does no work until the page is idle', () => {
    document.body.append(el('p', null, 'Tô Lâm'));
    const { s, idle } = scanner();
    s.scan(document.body);
    expect(idle.pending).toHaveLength(1);
    expect(s.store.size).toBe(0);
  });

  it('resolves idle() once every queued scan has run', async () => {
    document.body.append(el('p', null, 'Tô Lâm'));
    const { s, idle } = scanner();
    let done = false;
    s.scan(document.body);
    const waiting = s.idle().then(() => (done = true));
    await Promise.resolve();
    expect(done).toBe(false);
    idle.runAll();
    await waiting;
    expect(done).toBe(true);
  });

  it('resolves idle() at once when nothing is queued', async () => {
    const { s } = scanner();
    await expect(s.idle()).resolves.toBeUndefined();
  });

  it('replaces a rescanned part\'s earlier findings', () => {
    const changed = el('p', null, 'Tô Lâm nói.');
    document.body.append(el('p', null, 'Vladimir Putin nói.'), changed);
    const { s, idle } = scanner();
    s.scan(document.body);
    idle.runAll();
    changed.textContent = 'Không có tên nào.';
    s.scan(changed);
    idle.runAll();
    expect(leaderIds(s)).toEqual(['vladimir-putin']);
  });

  it('splits the work into slices bounded by the clock', () => {
    for (let i = 0; i < 20; i++) document.body.append(el('p', null, `Tô Lâm phát biểu lần ${i}.`));
    let clock = 0;
    const { s, idle } = scanner({ sliceMs: 8, now: () => (clock += 3) });
    s.scan(document.body);
    let slices = 0;
    while (idle.pending.length > 0) {
      idle.pending.shift()!();
      slices++;
    }
    expect(slices).toBeGreaterThan(1);
    expect(s.store.ordered()).toHaveLength(20);
  });

  it('finds every name of a block longer than one window', () => {
    const sentence = 'Hai bên nhất trí tăng cường hợp tác. Tổng thống Vladimir Putin nói. ';
    const text = sentence.repeat(Math.ceil((WINDOW_CHARS * 3) / sentence.length));
    document.body.append(el('p', null, text));
    const { s, idle } = scanner();
    s.scan(document.body);
    idle.runAll();
    expect(leaderIds(s).filter((id) => id === 'vladimir-putin')).toHaveLength(text.split('Vladimir Putin').length - 1);
  });

  it('calls onChange after a slice that changed what is found, and not after one that did not', () => {
    document.body.append(el('p', null, 'Tô Lâm'));
    const onChange = vi.fn();
    const { s, idle } = scanner({ onChange });
    s.scan(document.body);
    idle.runAll();
    expect(onChange).toHaveBeenCalledTimes(1);
    s.scan(document.body);
    idle.runAll();
    expect(onChange).toHaveBeenCalledTimes(2); // the rescan drops and re-adds the block
    const quiet = el('p', null, 'Không có tên.');
    document.body.append(quiet);
    s.scan(quiet);
    idle.runAll();
    expect(onChange).toHaveBeenCalledTimes(2);
  });

  it('scans open shadow roots and reports each one once', () => {
    const host = document.createElement('div');
    document.body.append(host);
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.append(el('p', null, 'Tổng thống Vladimir Putin'));
    const onShadowRoot = vi.fn();
    const { s, idle } = scanner({ onShadowRoot });
    s.scan(document.body);
    idle.runAll();
    s.scan(document.body);
    idle.runAll();
    expect(onShadowRoot).toHaveBeenCalledTimes(1);
    expect(onShadowRoot).toHaveBeenCalledWith(shadow);
    expect(leaderIds(s)).toEqual(['vladimir-putin']);
  });

  it('never scans its own host', () => {
    const host = document.createElement('leaderlens-ui');
    host.append('Tô Lâm');
    document.body.append(host);
    const { s, idle } = scanner();
    s.scan(document.body);
    idle.runAll();
    expect(s.store.size).toBe(0);
  });

});
