// A <select data-deliberate> saves a choice, not every option passed on the way: from the
// keyboard the arrow keys only move through the options (Chromium fires "change" on each), and
// the choice is made with Enter or by leaving the field. A pointer choice saves at once. The
// form listens for the "deliberate-change" event (hx-trigger) instead of "change".
(function () {
  "use strict";
  function selectOf(event) {
    return event.target.closest && event.target.closest("select[data-deliberate]");
  }
  function commit(select) {
    delete select.dataset.browsing;
    if (select.value === select.dataset.saved) return;
    select.dataset.saved = select.value;
    select.dispatchEvent(new Event("deliberate-change", { bubbles: true }));
  }
  document.addEventListener("keydown", function (event) {
    var select = selectOf(event);
    if (!select) return;
    if (event.key === "Enter") {
      event.preventDefault();
      commit(select);
    } else if (event.key !== "Tab" && event.key !== "Shift") {
      select.dataset.browsing = "1";
    }
  });
  document.addEventListener("change", function (event) {
    var select = selectOf(event);
    if (select && !select.dataset.browsing) commit(select);
  });
  document.addEventListener("focusout", function (event) {
    var select = selectOf(event);
    if (select) commit(select);
  });
})();
