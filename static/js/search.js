// Global search: "/" focuses the search box from anywhere on the page, except while typing.
// On the search page that is the page's own box; elsewhere the box in the navigation (on a phone
// the navigation is folded away, so it is opened first).
(() => {
  const typing = (element) =>
    element instanceof HTMLElement &&
    (element.isContentEditable || element.matches("input, textarea, select"));

  const focusBox = (box) => {
    box.focus();
    box.select();
  };

  document.addEventListener("keydown", (event) => {
    if (event.key !== "/" || event.ctrlKey || event.metaKey || event.altKey) return;
    if (event.defaultPrevented || typing(event.target)) return;
    const box = document.getElementById("search-q") || document.getElementById("nav-search");
    if (!box) return;
    event.preventDefault();
    const folded = box.closest(".navbar-collapse:not(.show)");
    if (folded && box.offsetParent === null && window.bootstrap) {
      folded.addEventListener("shown.bs.collapse", () => focusBox(box), { once: true });
      window.bootstrap.Collapse.getOrCreateInstance(folded).show();
    } else {
      focusBox(box);
    }
  });
})();
