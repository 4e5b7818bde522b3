import { mountPopup } from '../../src/popup/mount-popup';
import '../../src/ui/card/card.css';
import './style.css';

// The toolbar popup (src/popup): everything but the mounting lives there, so it can be tested.
void mountPopup(document.getElementById('app')!);
