import { startReaderPage } from '../../src/ui/reader/start-reader-page';

// The reader page ("read the source"): everything lives in src/ui/reader.
startReaderPage(document.getElementById('app')!);
