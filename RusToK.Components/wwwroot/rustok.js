// Small browser facts the server cannot know on its own.
window.rustok = {
  // Minutes to add to local time to get UTC (as Date.getTimezoneOffset reports it).
  timeZoneOffset: () => new Date().getTimezoneOffset(),
  // Where the caret (or selection) of the text box inside the element matching `selector` is: [start, end], or null.
  selectionIn: (selector) => {
    const box = document.querySelector(selector)?.querySelector('textarea, input');
    return box ? [box.selectionStart ?? box.value.length, box.selectionEnd ?? box.value.length] : null;
  },
};
