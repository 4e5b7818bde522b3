import { render } from 'preact';
import { CorpusStatus } from './CorpusStatus';

// A placeholder popup until the toolbar search arrives (issue "3 of 3"): it shows what the bundled
// index holds, which also proves the background answers.
render(<CorpusStatus />, document.getElementById('app')!);
