import { render } from 'preact';
import { localizeDocument, t } from '../platform/i18n.ts';
import { PopupApp } from './popup-app.tsx';
import { targetTab } from './target-tab.ts';
import '../ui/ui.css';
import './popup.css';

localizeDocument(document);
document.title = t('popupTitle');
render(<PopupApp tab={targetTab()} />, document.getElementById('app')!);
