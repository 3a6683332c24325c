// Focus and announcements around htmx swaps, for keyboard and screen-reader users.
//
// When a swap replaces the element that held focus, the browser drops focus to <body> and the
// next Tab starts again from the top of the page. After such a swap focus goes, in this order:
// 1. to the first invalid field, when a form came back with errors;
// 2. to the first field of an in-place editor (form[data-editor="what it edits"]) that a GET
//    opened;
// 3. back to what opened an editor, once the editor is saved or cancelled;
// 4. to an element marked data-swap-focus in the new content;
// 5. to the new copy of what had focus (same id, same link or button of the same form), or to
//    another control of a form with the same URL (the "up" button of a question moved to the
//    bottom), or to whatever now stands at its place, or to the region's heading.
// A polite live region says what happened: "Editing basics", "Basics saved", "Not saved: …",
// or a trigger's own data-announce text ("Outcome saved"); plain GETs (filters, pages) say
// nothing, and nothing is said or moved when focus was elsewhere (an autosave's status).
(function () {
  "use strict";

  var FOCUSABLE =
    'a[href], button, input:not([type="hidden"]), select, textarea, summary, [tabindex]:not([tabindex="-1"])';
  var openers = {}; // id of a swapped region -> identity of what opened its editor

  var region = document.createElement("div");
  region.id = "announcer";
  region.className = "visually-hidden";
  region.setAttribute("role", "status");
  region.setAttribute("aria-live", "polite");
  region.setAttribute("aria-atomic", "true");
  document.body.appendChild(region);

  function announce(text) {
    if (!text) return;
    // Emptied first, so the same words twice in a row are read twice.
    region.textContent = "";
    setTimeout(function () {
      region.textContent = text;
    }, 50);
  }

  function attr(el, name) {
    return (el && el.getAttribute && el.getAttribute(name)) || "";
  }
  function formOf(el) {
    return el.form || (el.closest && el.closest("form")) || null;
  }
  function formUrl(form) {
    return form ? attr(form, "hx-post") || attr(form, "action") : "";
  }
  function formKey(form) {
    if (!form) return "";
    var hidden = Array.prototype.filter
      .call(form.querySelectorAll('input[type="hidden"]'), function (input) {
        return input.name !== "csrfmiddlewaretoken";
      })
      .map(function (input) {
        return input.name + "=" + input.value;
      });
    return formUrl(form) + "?" + hidden.join("&");
  }
  // What makes an element "the same one" in a fragment rendered anew: its id, else its link or
  // request and its form's.
  function identity(el) {
    if (!el || el === document.body || !el.tagName) return null;
    if (el.id) return "#" + el.id;
    var button = el.tagName === "BUTTON" || el.type === "submit";
    return [
      el.tagName,
      attr(el, "hx-get") || attr(el, "hx-post") || attr(el, "href"),
      el.name || "",
      button ? el.value : "",
      formKey(formOf(el)),
    ].join("|");
  }
  function usable(el) {
    return !el.disabled && el.getClientRects().length > 0;
  }
  function focusables(root) {
    return Array.prototype.filter.call(root.querySelectorAll(FOCUSABLE), usable);
  }
  function focus(el) {
    if (!el) return false;
    if (!el.matches(FOCUSABLE) && !el.hasAttribute("tabindex")) el.setAttribute("tabindex", "-1");
    el.focus();
    return document.activeElement === el;
  }
  function firstField(form) {
    return focusables(form).filter(function (el) {
      return el.matches("input, select, textarea");
    })[0];
  }
  function labelOf(root, editor) {
    if (editor) return attr(editor, "data-editor");
    var heading = document.getElementById(attr(root, "aria-labelledby"));
    return heading ? heading.textContent.trim() : "";
  }
  function errorText(root, field) {
    var near = field && field.closest("[id^='div_id_'], .mb-3, fieldset");
    var errors = ".invalid-feedback, .alert-danger, .errorlist";
    var feedback = (near && near.querySelector(errors)) || root.querySelector(errors);
    var label = field && field.labels && field.labels[0] ? field.labels[0].textContent : "";
    var message = feedback ? feedback.textContent.trim() : "check the marked fields";
    return "Not saved: " + (label ? label.replace(/\*$/, "").trim() + ": " : "") + message;
  }
  function capitalised(text) {
    return text.charAt(0).toUpperCase() + text.slice(1);
  }

  document.addEventListener("htmx:beforeSwap", function (event) {
    var detail = event.detail;
    var target = detail.target;
    if (!detail.shouldSwap || !target || !detail.xhr) return;
    var active = document.activeElement;
    var config = detail.requestConfig || {};
    var trigger = config.elt;
    var submitter = config.triggeringEvent && config.triggeringEvent.submitter;
    var inside = target.contains(active) && active !== target;
    var pressed = (!active || active === document.body) && trigger && target.contains(trigger);
    if (!inside && !pressed) return;
    var focused = inside ? active : trigger;
    detail.xhr.debriefFocus = {
      target: target,
      id: target.id,
      verb: (config.verb || "get").toLowerCase(),
      trigger: trigger,
      triggerIdentity: identity(trigger),
      announceText:
        attr(submitter, "data-announce") ||
        attr(trigger, "data-announce") ||
        attr(trigger && formOf(trigger), "data-announce"),
      identity: identity(focused),
      formUrl: formUrl(formOf(focused)),
      index: focusables(target).indexOf(focused),
      editor: target.querySelector("form[data-editor]"),
    };
    detail.xhr.debriefFocus.editorKey = formKey(detail.xhr.debriefFocus.editor);
  });

  document.addEventListener("htmx:afterSettle", function (event) {
    var xhr = event.detail.xhr;
    var before = xhr && xhr.debriefFocus;
    if (!before || before.done) return;
    var root = before.id ? document.getElementById(before.id) : before.target;
    if (!root || !document.body.contains(root)) return;
    before.done = true;

    var editor = root.querySelector("form[data-editor]");
    var invalid = focusables(root).filter(function (el) {
      return el.matches(".is-invalid, [aria-invalid='true']");
    })[0];
    if (invalid || (editor && editor.querySelector(".alert-danger, .errorlist"))) {
      var field = invalid || firstField(editor);
      focus(field);
      announce(errorText(root, field));
      return;
    }
    if (editor && before.verb === "get" && formKey(editor) !== before.editorKey) {
      openers[root.id] = before.triggerIdentity;
      focus(firstField(editor) || editor);
      announce("Editing " + labelOf(root, editor));
      return;
    }

    var closed = before.editor && !editor;
    var label = closed ? labelOf(root, before.editor) : "";
    if (before.announceText) announce(before.announceText);
    else if (before.verb !== "get") announce(label ? capitalised(label) + " saved" : "Saved");
    else if (closed) announce("Closed " + label + " without saving");

    // htmx itself puts focus back on an element with the same id: keep it there.
    if (root.contains(document.activeElement) && document.activeElement !== root) return;
    var candidates = focusables(root);
    var opener = closed && openers[root.id];
    if (closed) delete openers[root.id];
    var match = function (key, fn) {
      return key && candidates.filter(function (el) { return fn(el) === key; })[0];
    };
    focus(
      (opener && match(opener, identity)) ||
        root.querySelector("[data-swap-focus]") ||
        match(before.identity, identity) ||
        match(before.formUrl, function (el) { return formUrl(formOf(el)); }) ||
        (before.index >= 0 && candidates[Math.min(before.index, candidates.length - 1)]) ||
        root.querySelector("h1, h2, h3, h4") ||
        root
    );
  });
})();
