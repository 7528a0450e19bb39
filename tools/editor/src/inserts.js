// What the slash menu and the component put into the text besides formatting: library images and embed cards.
import { TextSelection } from '@tiptap/pm/state';

// An inserted image is left selected, so the next key typed would replace it: the caret goes to the start of the
// block after it instead, a new paragraph when the image is the last block or stands before another non-text block.
export const caretAfterBlock = ({ tr }) => {
  const { to } = tr.selection;
  const after = tr.doc.resolve(to).nodeAfter;
  if (!after || !after.isTextblock) tr.insert(to, tr.doc.type.schema.nodes.paragraph.create());
  tr.setSelection(TextSelection.near(tr.doc.resolve(to + 1)));
  return true;
};

/** Puts a library image (`{ url, alt }` from the media picker, or null when it was closed) where the caret is. */
export function insertLibraryImage(editor, choice, position) {
  if (!choice || !choice.url) {
    editor.commands.focus();
    return;
  }
  const image = { type: 'image', attrs: { src: choice.url, alt: choice.alt ?? '' } };
  const chain = editor.chain().focus();
  (position === undefined ? chain.insertContent(image) : chain.insertContentAt(position, image)).command(caretAfterBlock).run();
}

// The sanitizer on the server removes <iframe> (an author's frame could be anything), so a video is a link card:
// a paragraph with one link the storefront styles as a card, which works in feeds and without scripts too.
const videoHosts = { 'youtube.com': 'YouTube', 'www.youtube.com': 'YouTube', 'm.youtube.com': 'YouTube', 'youtu.be': 'YouTube', 'vimeo.com': 'Vimeo', 'www.vimeo.com': 'Vimeo', 'player.vimeo.com': 'Vimeo' };

/** Inserts a link card for an http(s) address (the component has checked it); nothing when the prompt was closed. */
export function insertEmbedCard(editor, address, labels) {
  if (!address) {
    editor.commands.focus();
    return;
  }
  const url = new URL(address);
  const service = videoHosts[url.hostname];
  const text = service ? labels.videoOn.replace('{0}', service) : url.hostname;
  editor.chain().focus().insertContent({
    type: 'paragraph',
    content: [{ type: 'text', text, marks: [{ type: 'link', attrs: { href: url.href, class: 'rustok-embed-card', target: null, rel: null } }] }],
  }).run();
}
