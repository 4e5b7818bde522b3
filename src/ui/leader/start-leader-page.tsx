export async function startLeaderPage(root: HTMLElement): Promise<void> {
  root.textContent = '';
}
