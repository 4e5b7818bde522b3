import { startOptionsPage } from '../../src/settings/ui/start-options-page';
import '../../src/ui/page-theme.css';
import '../../src/settings/ui/options.css';

startOptionsPage(document.getElementById('app')!);
