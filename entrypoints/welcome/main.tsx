import { startWelcomePage } from '../../src/ui/welcome/start-welcome-page';
import '../../src/ui/page-theme.css';
import '../../src/ui/welcome/welcome.css';

// The welcome page, opened once on install: everything lives in src/ui/welcome.
startWelcomePage(document.getElementById('app')!);
