// The visual post editor: Tiptap on a host element, talking to its Blazor component (VisualBodyEditor.razor).
// Every visible word comes from .NET in `options.labels`, so the editor speaks the admin's language.
import { Editor } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import Image from '@tiptap/extension-image';
import BubbleMenu from '@tiptap/extension-bubble-menu';
import { Placeholder } from '@tiptap/extensions';
import { slashCommands } from './slash-menu.js';
import { createToolbar } from './bubble-toolbar.js';
import { imageFilesIn, uploadImages } from './image-upload.js';
import './editor.css';
import { insertEmbedCard, insertLibraryImage } from './inserts.js';

/**
 * Mounts the editor on `host` and returns the handle the component keeps (an IJSObjectReference).
 * @param {HTMLElement} host the element the editor fills
 * @param {object} dotnet the component's DotNetObjectReference (OnBodyChanged, PickImageAsync, PromptAsync, ReportProblem)
 * @param {{ html: string, labels: Record<string,string>, uploadUrl: string, debounceMs: number }} options
 */
export function mount(host, dotnet, options) {
  const labels = options.labels;
  const toolbar = createToolbar(labels, () => editor, (kind, initial) => dotnet.invokeMethodAsync('PromptAsync', kind, initial ?? ''));
  let pending = null;

  // Changes reach .NET after a pause in typing, and at once when the editor loses the focus (a save click).
  const html = () => (editor.isEmpty ? '' : editor.getHTML());
  const takePending = () => {
    if (pending === null) return null;
    clearTimeout(pending);
    pending = null;
    return html();
  };
  const flush = () => {
    const changed = takePending();
    if (changed !== null) dotnet.invokeMethodAsync('OnBodyChanged', changed);
  };
  const schedule = () => {
    clearTimeout(pending);
    pending = setTimeout(flush, options.debounceMs);
  };

  const actions = {
    pickImage: async (editorInstance) => insertLibraryImage(editorInstance, await dotnet.invokeMethodAsync('PickImageAsync')),
    embed: async (editorInstance) => insertEmbedCard(editorInstance, await dotnet.invokeMethodAsync('PromptAsync', 'embed', ''), labels),
  };
  const upload = (files, position) => uploadImages(editor, files, position, options.uploadUrl, dotnet, labels);

  const editor = new Editor({
    element: host,
    content: options.html,
    extensions: [
      StarterKit.configure({
        heading: { levels: [2, 3, 4] },
        link: { openOnClick: false, autolink: true, defaultProtocol: 'https', protocols: ['http', 'https', 'mailto'] },
      }),
      Image.configure({ inline: false, allowBase64: false }),
      Placeholder.configure({ placeholder: labels.placeholder }),
      BubbleMenu.configure({
        element: toolbar.element,
        // Only over a text selection: not over an image or a divider, and not while the slash menu is open.
        shouldShow: ({ editor: e, from, to }) => from !== to && !e.isActive('image') && !e.isActive('horizontalRule'),
        options: { placement: 'top', offset: 8 },
      }),
      slashCommands(labels, actions),
    ],
    editorProps: {
      attributes: { class: 'rustok-prose rustok-visual-content', 'aria-label': labels.editorLabel, 'aria-multiline': 'true', role: 'textbox', spellcheck: 'true' },
      handlePaste: (view, event) => {
        const files = imageFilesIn(event.clipboardData);
        if (files.length === 0) return false;
        event.preventDefault();
        upload(files, view.state.selection.from);
        return true;
      },
      handleDrop: (view, event, _slice, moved) => {
        const files = moved ? [] : imageFilesIn(event.dataTransfer);
        if (files.length === 0) return false;
        event.preventDefault();
        const at = view.posAtCoords({ left: event.clientX, top: event.clientY });
        upload(files, at ? at.pos : view.state.selection.from);
        return true;
      },
    },
    onUpdate: () => {
      toolbar.refresh();
      schedule();
    },
    onSelectionUpdate: () => toolbar.refresh(),
    onBlur: () => flush(),
  });

  return {
    // The body changed outside the editor (a restored revision, the HTML source): show it without echoing it back.
    setContent: (html) => editor.commands.setContent(html ?? '', { emitUpdate: false }),
    insertImage: (url, alt) => insertLibraryImage(editor, { url, alt }),
    focus: () => editor.commands.focus(),
    // What is typed but not yet sent (null if nothing): the component applies it itself before a mode change reads the draft.
    takePending,
    // The component is going away: what it has not heard of is taken by takePending first, never sent after.
    destroy: () => {
      clearTimeout(pending);
      editor.destroy();
      toolbar.element.remove();
    },
  };
}
