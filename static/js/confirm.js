// Asking before a destructive action: a form marked data-confirm="question" (and optionally
// data-confirm-button="Delete") opens a dialog; agreeing sends the form with confirmed=1.
// Without JavaScript the server asks on a page of its own instead (core/confirm.py).
(function () {
  "use strict";

  function ask(form, submitter, onAgree) {
    var dialog = document.createElement("dialog");
    dialog.className = "confirm-dialog";
    dialog.setAttribute("aria-labelledby", "confirm-dialog-question");
    var question = document.createElement("p");
    question.id = "confirm-dialog-question";
    question.textContent = form.dataset.confirm;
    var buttons = document.createElement("div");
    buttons.className = "d-flex flex-wrap justify-content-end gap-2";
    var cancel = document.createElement("button");
    cancel.type = "button";
    cancel.className = "btn btn-outline-secondary";
    cancel.textContent = "Cancel";
    var agree = document.createElement("button");
    agree.type = "button";
    agree.className = "btn btn-danger";
    agree.textContent = form.dataset.confirmButton || (submitter && submitter.textContent.trim()) || "Yes";
    buttons.append(cancel, agree);
    dialog.append(question, buttons);
    document.body.append(dialog);

    var agreed = false;
    cancel.addEventListener("click", function () { dialog.close(); });
    agree.addEventListener("click", function () { agreed = true; dialog.close(); });
    dialog.addEventListener("close", function () {
      dialog.remove();
      if (!agreed) {
        if (submitter) submitter.focus();
        return;
      }
      if (onAgree) {
        onAgree();
        return;
      }
      var field = form.querySelector("input[name=confirmed]");
      if (!field) {
        field = document.createElement("input");
        field.type = "hidden";
        field.name = "confirmed";
        form.append(field);
      }
      field.value = "1";
      form.dataset.confirmed = "1";
      form.requestSubmit(submitter || undefined);
    });
    dialog.showModal();
    cancel.focus();
  }

  window.DebriefConfirm = ask;

  // Capture phase: before htmx (listening on the form itself) sends anything.
  document.addEventListener("submit", function (event) {
    var form = event.target;
    if (!form.dataset || !form.dataset.confirm) return;
    if (form.dataset.confirmed === "1") {
      delete form.dataset.confirmed;
      return;
    }
    event.preventDefault();
    event.stopPropagation();
    ask(form, event.submitter);
  }, true);
})();

// htmx's hx-confirm asks in the same dialog instead of the browser's window.confirm, and a
// confirmed htmx request says so to the server (which otherwise answers with its own page).
(function () {
  "use strict";
  document.addEventListener("htmx:confirm", function (event) {
    if (!event.detail.question) return;
    event.preventDefault();
    var elt = event.detail.elt;
    var proxy = document.createElement("form");
    proxy.dataset.confirm = event.detail.question;
    var button = elt.querySelector && elt.querySelector("button[type=submit]");
    if (button) proxy.dataset.confirmButton = button.textContent.trim();
    window.DebriefConfirm(proxy, button, function () { event.detail.issueRequest(true); });
  });
  document.addEventListener("htmx:configRequest", function (event) {
    var elt = event.detail.elt;
    if (elt.closest && elt.closest("[data-confirm], [hx-confirm]")) event.detail.parameters.confirmed = "1";
  });
})();
