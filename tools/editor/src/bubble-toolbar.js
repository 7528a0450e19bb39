// The floating toolbar over a selection: bold, italic, link, code. Real buttons with names and pressed states, so
// they are reachable with Tab from the selection (and back with Shift+Tab) and read out by screen readers.

// Material's "link" glyph: no emoji, since not every system has a font that draws one.
function linkIcon() {
  const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('width', '20');
  svg.setAttribute('height', '20');
  svg.setAttribute('aria-hidden', 'true');
  const path = document.createElementNS('http://www.w3.org/2000/svg', 'path');
  path.setAttribute('fill', 'currentColor');
  path.setAttribute('d', 'M3.9 12c0-1.71 1.39-3.1 3.1-3.1h4V7H7c-2.76 0-5 2.24-5 5s2.24 5 5 5h4v-1.9H7c-1.71 0-3.1-1.39-3.1-3.1zM8 13h8v-2H8v2zm9-6h-4v1.9h4c1.71 0 3.1 1.39 3.1 3.1s-1.39 3.1-3.1 3.1h-4V17h4c2.76 0 5-2.24 5-5s-2.24-5-5-5z');
  svg.append(path);
  return svg;
}

const buttons = [
  { id: 'bold', text: 'B', mark: 'bold', run: (c) => c.toggleBold(), shortcut: 'Ctrl+B' },
  { id: 'italic', text: 'I', mark: 'italic', run: (c) => c.toggleItalic(), shortcut: 'Ctrl+I' },
  { id: 'link', icon: linkIcon(), mark: 'link' },
  { id: 'code', text: '</>', mark: 'code', run: (c) => c.toggleCode(), shortcut: 'Ctrl+E' },
];

/** Builds the toolbar element the bubble-menu extension positions; `prompt(kind, initial)` asks .NET for an address. */
export function createToolbar(labels, getEditor, prompt) {
  const element = document.createElement('div');
  element.className = 'rustok-bubble-toolbar';
  element.setAttribute('role', 'toolbar');
  element.setAttribute('aria-label', labels.toolbarLabel);

  const setLink = async (editor) => {
    const current = editor.getAttributes('link').href ?? '';
    const address = await prompt('link', current);
    if (address === null || address === undefined) return editor.commands.focus();
    const chain = editor.chain().focus().extendMarkRange('link');
    (address === '' ? chain.unsetLink() : chain.setLink({ href: address })).run();
  };

  const made = buttons.map((b) => {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = `rustok-bubble-button rustok-bubble-${b.id}`;
    if (b.icon) button.append(b.icon);
    else button.textContent = b.text;
    button.title = b.shortcut ? `${labels[b.id]} (${b.shortcut})` : labels[b.id];
    button.setAttribute('aria-label', labels[b.id]);
    button.setAttribute('aria-pressed', 'false');
    button.dataset.action = b.id;
    // mousedown keeps the selection in the text; keyboard users press the focused button (click).
    button.addEventListener('mousedown', (e) => e.preventDefault());
    button.addEventListener('click', () => {
      const editor = getEditor();
      if (b.run) b.run(editor.chain().focus()).run();
      else setLink(editor);
    });
    element.append(button);
    return { b, button };
  });

  // The bubble-menu extension makes the toolbar itself focusable: Tab from the text lands on it, so pass the focus
  // on to its first button. Arrows move between the buttons (the toolbar pattern); Escape goes back to the text,
  // where the selection still is.
  element.addEventListener('focus', (e) => {
    if (e.target === element) made[0].button.focus();
  });
  element.addEventListener('keydown', (e) => {
    const at = made.findIndex(({ button }) => button === document.activeElement);
    if (e.key === 'Escape') getEditor().commands.focus();
    else if ((e.key === 'ArrowRight' || e.key === 'ArrowLeft') && at >= 0) {
      e.preventDefault();
      made[(at + (e.key === 'ArrowRight' ? 1 : made.length - 1)) % made.length].button.focus();
    }
  });

  return {
    element,
    refresh: () => {
      const editor = getEditor();
      if (!editor) return;
      for (const { b, button } of made) button.setAttribute('aria-pressed', String(editor.isActive(b.mark)));
    },
  };
}
