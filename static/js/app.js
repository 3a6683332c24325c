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

  // Confirmation before destructive buttons (data-confirm): see confirm.js.
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

// Autosave states, retries and the browser copies of unsaved text: see saving.js.

// Print buttons.
document.addEventListener("click", function (event) {
  if (event.target.closest("[data-print]")) window.print();
});

// Practice: a timer while answering aloud; Space reveals the answer (and only that), 1-4 rate it.
(function () {
  var started = Date.now();
  function seconds() { return Math.round((Date.now() - started) / 1000); }
  document.addEventListener("htmx:afterSwap", function (event) {
    if (event.detail.target.id === "practice-card" || event.detail.elt.id === "practice-card") {
      started = Date.now();
    }
  });
  setInterval(function () {
    var s = seconds();
    document.querySelectorAll("[data-timer]").forEach(function (el) {
      el.textContent = Math.floor(s / 60) + ":" + String(s % 60).padStart(2, "0");
    });
  }, 1000);
  document.addEventListener("submit", function (event) {
    var input = event.target.querySelector("[data-timer-input]");
    if (input) input.value = seconds();
  });
  document.addEventListener("htmx:configRequest", function (event) {
    if (event.detail.elt.querySelector && event.detail.elt.querySelector("[data-timer-input]")) {
      event.detail.parameters.seconds = seconds();
    }
  });
  document.addEventListener("keydown", function (event) {
    var card = document.getElementById("practice-card");
    if (!card || event.ctrlKey || event.metaKey || event.altKey) return;
    if (event.target.closest("input, textarea, select, [contenteditable]")) return;
    var reveal = card.querySelector("details.practice-reveal");
    if (!reveal) return;
    if (event.key === " " && !event.target.closest("summary, button, a")) {
      event.preventDefault();
      reveal.open = true;
      // Focus the answer, not a rating: a second Space must never rate ("Again").
      reveal.querySelector("[data-revealed-answer]").focus();
    } else if (reveal.open && ["1", "2", "3", "4"].indexOf(event.key) !== -1) {
      event.preventDefault();
      reveal.querySelector('button[data-key="' + event.key + '"]').click();
    }
  });
})();
