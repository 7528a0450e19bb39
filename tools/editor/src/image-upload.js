// Images pasted or dropped into the text go to the media library (the same POST /api/v1/media the library's
// upload uses; the sign-in cookie carries, and fetch sends the Origin header the cross-origin guard checks), after the
// writer has given their alt text in a .NET dialog; then they are put in where they were dropped.
import { insertLibraryImage } from './inserts.js';

/** The image files in a paste or drop (none for text, HTML, or files of other kinds). */
export function imageFilesIn(transfer) {
  return Array.from(transfer?.files ?? []).filter((f) => f.type.startsWith('image/'));
}

export async function uploadImages(editor, files, position, uploadUrl, dotnet, labels) {
  for (const file of files) {
    const alt = await dotnet.invokeMethodAsync('PromptAsync', 'alt', file.name);
    if (alt === null || alt === undefined) continue; // the writer closed the dialog: nothing is uploaded
    const form = new FormData();
    form.append('file', file, file.name);
    form.append('altText', alt);
    editor.setEditable(false); // a short wait: nothing typed meanwhile lands where the image is going
    try {
      const response = await fetch(new URL(uploadUrl, document.baseURI), { method: 'POST', body: form, credentials: 'same-origin', headers: { Accept: 'application/json' } });
      const body = await response.json().catch(() => ({}));
      if (!response.ok) {
        dotnet.invokeMethodAsync('ReportProblem', labels.uploadFailed.replace('{0}', body.detail ?? body.title ?? String(response.status)));
        continue;
      }
      editor.setEditable(true);
      const at = Math.min(position, editor.state.doc.content.size);
      insertLibraryImage(editor, { url: body.url, alt }, at);
      position = editor.state.selection.to;
    } catch (error) {
      dotnet.invokeMethodAsync('ReportProblem', labels.uploadFailed.replace('{0}', String(error)));
    } finally {
      editor.setEditable(true);
    }
  }
}
