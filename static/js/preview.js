// The answer editor's Preview: htmx asks the server to render the typed answer. It saves
// nothing, so saving.js leaves it alone (data-not-a-save); a failed preview says so here.
(() => {
  const failed = (event) => {
    const button = event.detail.elt;
    if (!button || !button.closest || !button.closest("[data-not-a-save]")) return;
    const section = document.getElementById("answer-preview");
    const body = section && section.querySelector("[data-preview-body]");
    if (!body) return;
    section.hidden = false;
    const message = document.createElement("p");
    message.className = "text-danger mb-0";
    message.textContent = "The preview could not be loaded (no connection, or the session ended). Your text is still here; try Preview again.";
    body.replaceChildren(message);
  };
  document.addEventListener("htmx:responseError", failed);
  document.addEventListener("htmx:sendError", failed);
  document.addEventListener("htmx:timeout", failed);
})();
