// Toolbars (role="toolbar"): one Tab stop for a row of buttons, the arrow keys move within it
// (WAI-ARIA's roving tabindex). A list of questions with four buttons each then costs one Tab
// per question instead of four. Without JavaScript every button stays in the Tab order.
(function () {
  "use strict";

  var ITEMS = "a[href], button:not([disabled])";

  function items(toolbar) {
    return Array.prototype.filter.call(toolbar.querySelectorAll(ITEMS), function (el) {
      return el.getClientRects().length > 0;
    });
  }
  function rove(toolbar, current) {
    items(toolbar).forEach(function (el) {
      el.setAttribute("tabindex", el === current ? "0" : "-1");
    });
  }
  function setUp(root) {
    var toolbars = root.querySelectorAll ? root.querySelectorAll('[role="toolbar"]') : [];
    Array.prototype.forEach.call(toolbars, function (toolbar) {
      var all = items(toolbar);
      var active = all.indexOf(document.activeElement) !== -1 ? document.activeElement : all[0];
      rove(toolbar, active);
    });
  }

  document.addEventListener("keydown", function (event) {
    var toolbar = event.target.closest && event.target.closest('[role="toolbar"]');
    if (!toolbar || event.ctrlKey || event.metaKey || event.altKey) return;
    var all = items(toolbar);
    var at = all.indexOf(event.target);
    if (at === -1) return;
    var next = {
      ArrowRight: all[(at + 1) % all.length],
      ArrowDown: all[(at + 1) % all.length],
      ArrowLeft: all[(at - 1 + all.length) % all.length],
      ArrowUp: all[(at - 1 + all.length) % all.length],
      Home: all[0],
      End: all[all.length - 1],
    }[event.key];
    if (!next) return;
    event.preventDefault();
    rove(toolbar, next);
    next.focus();
  });
  // The button last used stays the toolbar's Tab stop.
  document.addEventListener("focusin", function (event) {
    var toolbar = event.target.closest && event.target.closest('[role="toolbar"]');
    if (toolbar && items(toolbar).indexOf(event.target) !== -1) rove(toolbar, event.target);
  });
  // htmx:load comes for the page and for every fragment swapped in.
  document.addEventListener("htmx:load", function (event) {
    setUp(event.detail.elt);
  });
})();
