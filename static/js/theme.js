// Colour theme. Loaded in <head> without defer, so a page that follows the system is drawn in
// the system's colours from the start (the server already wrote an explicit choice on <html>).
(function () {
  "use strict";
  var root = document.documentElement;
  var dark = window.matchMedia ? window.matchMedia("(prefers-color-scheme: dark)") : null;

  function apply(choice) {
    root.dataset.themeChoice = choice;
    var theme = choice === "system" ? (dark && dark.matches ? "dark" : "light") : choice;
    root.setAttribute("data-bs-theme", theme);
  }

  apply(root.dataset.themeChoice || "system");
  if (dark) {
    dark.addEventListener("change", function () {
      if (root.dataset.themeChoice === "system") apply("system");
    });
  }

  // The footer's theme buttons: change at once and save in the background; without
  // JavaScript (or if the background save fails) the form posts and the page reloads.
  document.addEventListener("submit", function (event) {
    var form = event.target.closest && event.target.closest("form[data-theme-switch]");
    var button = event.submitter;
    if (!form || !button || !button.value) return;
    event.preventDefault();
    var data = new FormData(form);
    data.set("theme", button.value);
    apply(button.value);
    form.querySelectorAll("button[name=theme]").forEach(function (each) {
      each.setAttribute("aria-pressed", each === button ? "true" : "false");
      each.classList.toggle("active", each === button);
    });
    fetch(form.action, {
      method: "POST",
      body: data,
      headers: { "X-Theme-Switch": "1" },
      credentials: "same-origin",
    }).then(function (response) {
      if (!response.ok) form.submit();
    }, function () { form.submit(); });
  });
})();
