import { startLeaderPage } from '../../src/ui/leader/start-leader-page';
import '../../src/ui/page-theme.css';
import '../../src/ui/leader/leader.css';

// A leader's whole record (leader.html?id=…[&with=…]): everything lives in src/ui/leader.
void startLeaderPage(document.getElementById('app')!);
