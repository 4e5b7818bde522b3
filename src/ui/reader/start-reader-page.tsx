export function startReaderPage(_root: HTMLElement): void {}
