// Debrief's small behaviours. No inline scripts: the Content-Security-Policy forbids them.
(function () {
  "use strict";

  // Copy buttons: <button data-copy-target="#id">.
  document.addEventListener("click", function (event) {
    var button = event.target.closest("[data-copy-target]");
    if (!button) return;
    var source = document.querySelector(button.dataset.copyTarget);
    if (!source) return;
    var text = "value" in source ? source.value : source.textContent;
    navigator.clipboard.writeText(text).then(function () {
      var label = button.textContent;
      button.textContent = "Copied";
      setTimeout(function () { button.textContent = label; }, 1500);
    });
  });

  // Confirmation for destructive buttons that are not on a confirmation page already.
  document.addEventListener("submit", function (event) {
    var message = event.target.dataset.confirm;
    if (message && !window.confirm(message)) event.preventDefault();
  });
})();

// Ctrl+Enter (or Cmd+Enter) submits a form marked data-submit-shortcut, from any field.
document.addEventListener("keydown", function (event) {
  if (event.key !== "Enter" || !(event.ctrlKey || event.metaKey)) return;
  var form = event.target.closest && event.target.closest("form[data-submit-shortcut]");
  if (form) {
    event.preventDefault();
    form.requestSubmit();
  }
});

// Autosaved forms (data-autosave-url): htmx saves while the user types; when the tab is hidden
// or closed before the next save, a beacon sends what is still unsaved.
document.addEventListener("input", function (event) {
  var form = event.target.closest && event.target.closest("form[data-autosave-url]");
  if (form) form.dataset.dirty = "1";
});
document.addEventListener("htmx:afterRequest", function (event) {
  var form = event.detail.elt;
  if (form.matches && form.matches("form[data-autosave-url]") && event.detail.successful) {
    delete form.dataset.dirty;
  }
});
document.addEventListener("visibilitychange", function () {
  if (document.visibilityState !== "hidden") return;
  document.querySelectorAll("form[data-autosave-url][data-dirty]").forEach(function (form) {
    navigator.sendBeacon(form.dataset.autosaveUrl, new FormData(form));
    delete form.dataset.dirty;
  });
});
