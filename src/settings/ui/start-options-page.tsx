import { render } from 'preact';
import { OptionsApp } from './OptionsApp';

/** Renders the options page into `root` (the options entrypoint's only job is to call this). */
export function startOptionsPage(root: HTMLElement): void {
  render(<OptionsApp />, root);
}
