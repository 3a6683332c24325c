// Sign-up: fill the hidden time-zone field with the browser's own IANA zone name, so the
// user's dates and "today" are right from the first day. Without JavaScript it stays UTC.
document.addEventListener("DOMContentLoaded", function () {
  var zone;
  try {
    zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  } catch (error) {
    return;
  }
  if (!zone) return;
  document.querySelectorAll("input[data-browser-time-zone]").forEach(function (input) {
    if (!input.value) input.value = zone;
  });
});
