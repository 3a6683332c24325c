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
