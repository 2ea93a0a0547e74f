/**
 * A progress bar for long validations, drawn on stderr only when stderr is a terminal, so that
 * piped output, CI logs and tests never see control characters.
 */
import cliProgress from 'cli-progress';

export interface Progress {
  update(done: number, total: number): void;
  stop(): void;
}

const SILENT: Progress = { update() {}, stop() {} };

/** A bar labelled `label`, or a silent stand-in when stderr is not a TTY or the input is small. */
export function terminalProgress(
  label: string,
  show = true,
  stream: NodeJS.WriteStream = process.stderr,
): Progress {
  if (!show || !stream.isTTY) return SILENT;
  const bar = new cliProgress.SingleBar(
    { stream, format: `${label} [{bar}] {percentage}%`, clearOnComplete: true, hideCursor: true },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  return {
    update(done, total) {
      if (!started) {
        bar.start(total, 0);
        started = true;
      }
      bar.setTotal(total);
      bar.update(done);
    },
    stop() {
      if (started) bar.stop();
    },
  };
}
