import { describe, expect, it } from 'vitest';
import { terminalProgress } from './progress.ts';

function fakeStream(isTTY: boolean) {
  const written: string[] = [];
  const stream = {
    isTTY,
    columns: 80,
    write: (s: string) => {
      written.push(s);
      return true;
    },
    cursorTo: () => true,
    clearLine: () => true,
    moveCursor: () => true,
    on: () => stream,
    removeListener: () => stream,
  };
  return { stream: stream as unknown as NodeJS.WriteStream, written };
}

describe('terminalProgress', () => {
  it('draws nothing when stderr is not a terminal, or the input is small', () => {
    for (const [tty, show] of [
      [false, true],
      [true, false],
    ] as const) {
      const { stream, written } = fakeStream(tty);
      const p = terminalProgress('Checking rules', show, stream);
      p.update(1, 10);
      p.stop();
      expect(written).toEqual([]);
    }
  });

  it('draws a bar on a terminal', () => {
    const { stream, written } = fakeStream(true);
    const p = terminalProgress('Checking rules', true, stream);
    p.update(5, 10);
    p.stop();
    expect(written.join('')).toContain('Checking rules');
  });
});
