import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { reportOnce } from '../../src/page/report-once';

// reportOnce remembers across calls for the life of the page, so each test uses its own module name.
describe('reportOnce', () => {
  let warn: MockInstance<typeof console.warn>;
  beforeEach(() => {
    warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  });
  afterEach(() => warn.mockRestore());

  it('warns with the module\'s name and the error\'s message', () => {
    reportOnce('test-a', new Error('broke'));
    expect(warn).toHaveBeenCalledWith('leaderlens test-a: broke');
  });

  it('warns only once for the same module and message', () => {
    reportOnce('test-b', new Error('broke'));
    reportOnce('test-b', new Error('broke'));
    expect(warn).toHaveBeenCalledTimes(1);
  });

  it('warns again for another message or another module', () => {
    reportOnce('test-c', new Error('broke'));
    reportOnce('test-c', new Error('broke differently'));
    reportOnce('test-d', new Error('broke'));
    expect(warn).toHaveBeenCalledTimes(3);
  });

  it('reports a thrown non-Error by its text', () => {
    reportOnce('test-e', 'plain string');
    expect(warn).toHaveBeenCalledWith('leaderlens test-e: plain string');
  });

  it('stays silent about an invalidated extension context', () => {
    reportOnce('test-f', new Error('Extension context invalidated.'));
    expect(warn).not.toHaveBeenCalled();
  });
});
