import { render } from 'preact';
import { localizeDocument, t } from '../platform/i18n.ts';
import { OptionsApp } from './options-app.tsx';
import '../ui/ui.css';
import './options.css';

localizeDocument(document);
document.title = t('optionsTitle');
render(<OptionsApp />, document.getElementById('app')!);
