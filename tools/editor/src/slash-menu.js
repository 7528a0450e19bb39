// The "/" menu: typing a slash offers blocks to insert, filtered by what follows it. The focus stays in the text
// (as in WordPress and Ghost); arrows move the choice, Enter takes it, Escape closes the menu. Screen readers get a
// listbox whose active option the editor names through aria-activedescendant.
import { Extension } from '@tiptap/core';
import Suggestion, { exitSuggestion } from '@tiptap/suggestion';
import { PluginKey } from '@tiptap/pm/state';

// `keywords` are English and fixed so "/h2" or "/hr" work whatever the admin's language; labels come from .NET.
const blocks = [
  { id: 'heading2', keywords: 'h2 heading title', run: (c) => c.setNode('heading', { level: 2 }) },
  { id: 'heading3', keywords: 'h3 heading subtitle', run: (c) => c.setNode('heading', { level: 3 }) },
  { id: 'bulletList', keywords: 'ul bullet list', run: (c) => c.toggleBulletList() },
  { id: 'orderedList', keywords: 'ol numbered ordered list', run: (c) => c.toggleOrderedList() },
  { id: 'quote', keywords: 'quote blockquote', run: (c) => c.setBlockquote() },
  { id: 'codeBlock', keywords: 'code pre', run: (c) => c.setCodeBlock() },
  { id: 'divider', keywords: 'hr divider rule line separator', run: (c) => c.setHorizontalRule() },
  { id: 'image', keywords: 'image picture photo img media', action: 'pickImage' },
  { id: 'embed', keywords: 'embed video youtube vimeo link', action: 'embed' },
];

const icons = { heading2: 'H2', heading3: 'H3', bulletList: '•', orderedList: '1.', quote: '❝', codeBlock: '{ }', divider: '—', image: '▣', embed: '▶' };

/** The extension; `actions` opens the .NET dialogs (the media picker, the address prompt). */
export function slashCommands(labels, actions) {
  const pluginKey = new PluginKey('rustokSlash');
  return Extension.create({
    name: 'rustokSlashCommands',
    addProseMirrorPlugins() {
      return [Suggestion({
        editor: this.editor,
        pluginKey,
        char: '/',
        allowSpaces: false,
        items: ({ query }) => {
          const q = query.toLowerCase();
          return blocks.filter((b) => !q || labels[b.id].toLowerCase().includes(q) || b.keywords.includes(q));
        },
        command: ({ editor, range, props }) => {
          const chain = editor.chain().focus().deleteRange(range);
          if (props.run) props.run(chain).run();
          else {
            chain.run();
            actions[props.action](editor);
          }
        },
        render: () => menuRenderer(labels, pluginKey),
      })];
    },
  });
}

let menuCount = 0;

function menuRenderer(labels, pluginKey) {
  const list = document.createElement('div');
  list.id = `rustok-slash-${++menuCount}`;
  list.className = 'rustok-slash-menu';
  list.setAttribute('role', 'listbox');
  list.setAttribute('aria-label', labels.slashMenuLabel);
  let state = { items: [], index: 0, command: null, editorDom: null };

  const optionId = (i) => `${list.id}-${i}`;
  const choose = (i) => {
    const item = state.items[i];
    if (item) state.command(item);
  };
  const paint = () => {
    list.replaceChildren(...state.items.map((item, i) => {
      const option = document.createElement('div');
      option.id = optionId(i);
      option.className = 'rustok-slash-option';
      option.setAttribute('role', 'option');
      option.setAttribute('aria-selected', String(i === state.index));
      option.dataset.block = item.id;
      const icon = document.createElement('span');
      icon.className = 'rustok-slash-icon';
      icon.setAttribute('aria-hidden', 'true');
      icon.textContent = icons[item.id];
      const name = document.createElement('span');
      name.textContent = labels[item.id];
      option.append(icon, name);
      // mousedown, not click: a click would first take the focus from the text and close the menu.
      option.addEventListener('mousedown', (e) => { e.preventDefault(); choose(i); });
      return option;
    }));
    if (state.items.length === 0) {
      const none = document.createElement('div');
      none.className = 'rustok-slash-empty';
      none.textContent = labels.noMatches;
      list.append(none);
    }
    state.editorDom?.setAttribute('aria-activedescendant', state.items.length ? optionId(state.index) : '');
    list.querySelector('[aria-selected=true]')?.scrollIntoView({ block: 'nearest' });
  };
  const place = (clientRect) => {
    const rect = clientRect?.();
    if (!rect) return;
    const width = Math.min(280, window.innerWidth - 16);
    const left = Math.max(8, Math.min(rect.left, window.innerWidth - width - 8));
    list.style.width = `${width}px`;
    list.style.left = `${left + window.scrollX}px`;
    // Below the caret, or above it when the window has no room left underneath (a phone, the end of a long text).
    const below = rect.bottom + 6 + list.offsetHeight <= window.innerHeight || rect.top < list.offsetHeight + 6;
    list.style.top = `${(below ? rect.bottom + 6 : rect.top - 6 - list.offsetHeight) + window.scrollY}px`;
  };
  const take = (props) => {
    state = { ...state, items: props.items, command: props.command, editorDom: props.editor.view.dom };
    if (state.index >= state.items.length) state.index = 0;
    paint();
    place(props.clientRect);
  };

  return {
    onStart: (props) => {
      state.index = 0;
      document.body.append(list);
      props.editor.view.dom.setAttribute('aria-controls', list.id);
      props.editor.view.dom.setAttribute('aria-expanded', 'true');
      take(props);
    },
    onUpdate: take,
    onKeyDown: ({ event, view }) => {
      const count = state.items.length;
      if (event.key === 'ArrowDown' && count) state.index = (state.index + 1) % count;
      else if (event.key === 'ArrowUp' && count) state.index = (state.index + count - 1) % count;
      else if (event.key === 'Enter' && count) {
        choose(state.index);
        return true;
      } else if (event.key === 'Escape') {
        exitSuggestion(view, pluginKey); // closed for good: the slash stays as typed, Enter is a new line again
        return true;
      } else return false;
      paint();
      return true;
    },
    onExit: () => {
      list.remove();
      for (const a of ['aria-activedescendant', 'aria-controls', 'aria-expanded']) state.editorDom?.removeAttribute(a);
    },
  };
}
