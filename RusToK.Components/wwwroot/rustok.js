// Small browser facts the server cannot know on its own.
window.rustok = {
  // Minutes to add to local time to get UTC (as Date.getTimezoneOffset reports it).
  timeZoneOffset: () => new Date().getTimezoneOffset(),
};
