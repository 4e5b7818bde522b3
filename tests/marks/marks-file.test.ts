import { describe, expect, it } from 'vitest';
import { exportMarks, MARKS_FILE_FORMAT, MARKS_FILE_VERSION, marksFileName } from '../../src/marks/marks-file';
import { meetingMark } from './mark-fixture';

const stamp = { formatVersion: 2, registryAsOf: '2026-11-23', extensionVersion: '0.2.0' };

describe('exportMarks', () => {
  it('writes the documented, versioned shape: format, version, exportedAt, index, marks', () => {
    const text = exportMarks([meetingMark(2), meetingMark(1)], stamp, new Date('2026-05-06T07:08:09.000Z'));
    expect(JSON.parse(text)).toEqual({
      format: MARKS_FILE_FORMAT,
      version: MARKS_FILE_VERSION,
      exportedAt: '2026-05-06T07:08:09.000Z',
      index: stamp,
      marks: [meetingMark(2), meetingMark(1)],
    });
    expect(MARKS_FILE_VERSION).toBe(1);
    expect(text.endsWith('}\n')).toBe(true);
  });

  it('keeps each mark\'s own index apart from the index installed now', () => {
    const file = JSON.parse(exportMarks([meetingMark(1)], stamp, new Date()));
    expect(file.index.extensionVersion).toBe('0.2.0');
    expect(file.marks[0].index.extensionVersion).toBe('0.1.0');
  });

  it('writes an empty list as an empty list', () => {
    expect(JSON.parse(exportMarks([], stamp, new Date())).marks).toEqual([]);
  });
});

describe('marksFileName', () => {
  it('names the file with the day of the export', () => {
    expect(marksFileName(new Date('2026-05-06T23:59:00.000Z'))).toBe('leaderlens-wrong-marks-2026-05-06.json');
  });
});
