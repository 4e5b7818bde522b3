import { useEffect, useState } from 'preact/hooks';
import type { BackgroundResponses } from '../../src/messages/protocol';
import { sendToBackground } from '../../src/messages/send-to-background';

type Status = { kind: 'loading' } | { kind: 'ready'; value: BackgroundResponses['ping'] } | { kind: 'failed'; error: string };

export function CorpusStatus() {
  const [status, setStatus] = useState<Status>({ kind: 'loading' });
  useEffect(() => {
    sendToBackground({ type: 'ping' }).then(
      (value) => setStatus({ kind: 'ready', value }),
      (error: unknown) => setStatus({ kind: 'failed', error: error instanceof Error ? error.message : String(error) }),
    );
  }, []);
  return (
    <main>
      <h1>Leaderlens</h1>
      <p data-status={status.kind}>
        {status.kind === 'loading' && 'Loading the corpus…'}
        {status.kind === 'ready' &&
          `${status.value.leaders} leaders, ${status.value.meetings} meetings, ${status.value.quotes} quotes in the bundled corpus.`}
        {status.kind === 'failed' && status.error}
      </p>
    </main>
  );
}
