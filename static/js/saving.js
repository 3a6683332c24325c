// Saving that is never silent, and typed text that is never lost.
//
// 1. Every htmx request shows its state: saving, saved (with the time), or failed with a
//    message beside what failed and a Retry button. Autosaved forms (data-autosave-url) retry
//    on their own with back-off until the server confirms ("Not saved yet — retrying").
// 2. A form is "dirty" from the first keystroke until the server confirmed the text; while a
//    form is dirty, leaving the page asks first.
// 3. Every textarea (and every text field of an autosaved form) keeps a copy in this browser,
//    under a key of the logged-in user, until the server confirmed the save; after a reload, a
//    failed submit or a new login the page offers the text back. Logging out clears the copies.
// The server marks the outcome of an autosave on its status element (data-save-status):
// data-save-state="saved" confirms; "conflict" or "invalid" means it refused and said why.
(function () {
  "use strict";

  var PREFIX = "debrief-draft:";
  var PENDING = "debrief-pending-submit";
  var owner = document.body.dataset.draftOwner || "";
  var leaving = false; // a submit or a server redirect is taking us away on purpose

  // ---- Copies kept in the browser -------------------------------------------------------

  function tracked(field) {
    if (!field || !field.name || !field.form || field.readOnly || field.disabled) return false;
    var form = field.form;
    if ((form.getAttribute("method") || "get").toLowerCase() !== "post") return false;
    if (form.hasAttribute("data-logout") || form.hasAttribute("data-no-draft")) return false;
    if (field.tagName === "TEXTAREA") return true;
    return field.type === "text" && form.hasAttribute("data-autosave-url");
  }
  function keyFor(field) {
    if (!owner || !tracked(field)) return null;
    var form = field.form;
    var where = form.dataset.autosaveUrl || form.getAttribute("action") || location.pathname;
    return PREFIX + owner + ":" + where + "#" + field.name;
  }
  function fieldsOf(form) {
    return Array.prototype.filter.call(form.elements, tracked);
  }
  function read(key) {
    try {
      return JSON.parse(localStorage.getItem(key) || "null");
    } catch (error) {
      return null;
    }
  }
  function store(field) {
    var key = keyFor(field);
    if (!key) return;
    try {
      localStorage.setItem(key, JSON.stringify({ text: field.value, at: Date.now() }));
    } catch (error) {
      // Storage full or disabled: the server save and the unload warning still protect it.
    }
  }
  // The server has these values: drop each copy that still holds exactly what it confirmed.
  function forgetConfirmed(sent) {
    Object.keys(sent || {}).forEach(function (key) {
      var copy = read(key);
      if (copy && copy.text === sent[key]) localStorage.removeItem(key);
    });
  }
  function snapshot(form) {
    var values = {};
    fieldsOf(form).forEach(function (field) {
      var key = keyFor(field);
      if (key) values[key] = field.value;
    });
    return values;
  }
  function forgetAll() {
    for (var i = localStorage.length - 1; i >= 0; i--) {
      var key = localStorage.key(i);
      if (key && key.indexOf(PREFIX) === 0) localStorage.removeItem(key);
    }
    sessionStorage.removeItem(PENDING);
  }

  function offerRestore(root) {
    var fields = root.querySelectorAll ? root.querySelectorAll("textarea, input[type=text]") : [];
    Array.prototype.forEach.call(fields, function (field) {
      var key = keyFor(field);
      var saved = key && read(key);
      if (!saved || typeof saved.text !== "string" || saved.text === field.value) return;
      if (!saved.text.trim()) return;
      var next = field.nextElementSibling;
      if (next && next.hasAttribute("data-restore")) return;
      var button = document.createElement("button");
      button.type = "button";
      button.className = "btn btn-sm btn-outline-warning my-1 d-block";
      button.setAttribute("data-restore", "");
      button.textContent = "Restore unsaved text from " + new Date(saved.at).toLocaleString();
      button.addEventListener("click", function () {
        field.value = saved.text;
        button.remove();
        field.focus();
        // As if typed: marks the form dirty and lets an autosaved form save it.
        field.dispatchEvent(new Event("input", { bubbles: true }));
      });
      field.insertAdjacentElement("afterend", button);
    });
  }

  // A plain form submit leaves the page before we know whether the server took it. Its
  // values are remembered for one page load: arriving through a redirect while still logged
  // in is Django's "saved" (POST, then redirect); anything else (the form again with its
  // errors, the login page, an error page) keeps the copies.
  function settlePendingSubmit() {
    var pending = null;
    try {
      pending = JSON.parse(sessionStorage.getItem(PENDING) || "null");
    } catch (error) {
      pending = null;
    }
    sessionStorage.removeItem(PENDING);
    if (!pending || Date.now() - pending.at > 5 * 60 * 1000 || pending.owner !== owner) return;
    var navigation = performance.getEntriesByType("navigation")[0];
    if (owner && navigation && navigation.redirectCount > 0) forgetConfirmed(pending.sent);
  }

  // Copies from before they were kept per user cannot be told apart: drop them.
  for (var i = localStorage.length - 1; i >= 0; i--) {
    var oldKey = localStorage.key(i);
    if (oldKey && oldKey.indexOf(PREFIX + "/") === 0) localStorage.removeItem(oldKey);
  }

  // ---- Dirty state and the unload warning ------------------------------------------------

  function markDirty(form) {
    form.dataset.dirty = "1";
    form._edits = (form._edits || 0) + 1;
  }
  // Capture phase: the form is dirty before htmx's own listener on it sends the autosave.
  document.addEventListener(
    "input",
    function (event) {
      var field = event.target;
      if (!tracked(field)) return;
      store(field);
      markDirty(field.form);
    },
    true
  );
  document.addEventListener(
    "change",
    function (event) {
      var form = event.target.form;
      if (form && form.hasAttribute("data-autosave-url")) markDirty(form);
    },
    true
  );
  document.addEventListener(
    "submit",
    function (event) {
      var form = event.target;
      if (form.hasAttribute("data-logout")) {
        if (!event.defaultPrevented) forgetAll(); // not when the user said "stay" after all
        return;
      }
      if (event.defaultPrevented) return; // htmx submits it and reports back below
      leaving = true;
      var sent = snapshot(form);
      if (Object.keys(sent).length) {
        sessionStorage.setItem(PENDING, JSON.stringify({ sent: sent, at: Date.now(), owner: owner }));
      }
    },
    false
  );
  window.addEventListener("beforeunload", function (event) {
    if (leaving || !document.querySelector("form[data-dirty]")) return;
    event.preventDefault();
    event.returnValue = "";
  });
  // A link or a button may leave the page before the next autosave: save now, or at least
  // send what is unsaved as the page goes.
  document.addEventListener("visibilitychange", function () {
    if (document.visibilityState !== "hidden") return;
    document.querySelectorAll("form[data-autosave-url][data-dirty]").forEach(saveNow);
  });
  window.addEventListener("pagehide", function () {
    document.querySelectorAll("form[data-autosave-url][data-dirty]").forEach(function (form) {
      if (form._submitting) return; // the submit carries the same text
      navigator.sendBeacon(form.dataset.autosaveUrl, new FormData(form));
    });
  });
  window.addEventListener("online", function () {
    document.querySelectorAll("form[data-autosave-url][data-dirty]").forEach(saveNow);
  });

  // Submitting an autosaved form while its autosave is on the way: leaving the page would cut
  // that request off (htmx reports it as errors, and how the save ended would be lost), so the
  // submit waits for its answer, mostly a few milliseconds. Autosaves due after the submit are
  // not sent: the submit carries the same text.
  document.addEventListener(
    "submit",
    function (event) {
      var form = event.target;
      if (!isAutosave(form) || event.defaultPrevented) return;
      if (form._inFlight) {
        event.preventDefault();
        form._submitAfterSave = { submitter: event.submitter || null };
        return;
      }
      form._submitting = true;
    },
    true
  );
  document.addEventListener("htmx:beforeSend", function (event) {
    if (notASave(event.detail.elt)) return; // a Preview is no autosave to wait for
    var form = formOf(event.detail.elt);
    if (form && isAutosave(form)) form._inFlight = (form._inFlight || 0) + 1;
  });
  document.addEventListener("htmx:afterRequest", function (event) {
    var form = event.detail.xhr && event.detail.xhr.debriefSource && formOf(event.detail.xhr.debriefSource);
    if (!form || !isAutosave(form) || !form._inFlight || event.detail.xhr.debriefCounted) return;
    event.detail.xhr.debriefCounted = true;
    form._inFlight -= 1;
    var waiting = form._submitAfterSave;
    if (!form._inFlight && waiting) {
      form._submitAfterSave = null;
      form.requestSubmit(waiting.submitter);
    }
  });

  // ---- Save states --------------------------------------------------------------------------

  var RETRY_DELAYS = [2000, 4000, 8000, 15000, 30000];

  function isAutosave(elt) {
    return elt.matches && elt.matches("form[data-autosave-url]");
  }
  function formOf(elt) {
    if (elt.tagName === "FORM") return elt;
    var include = elt.getAttribute && elt.getAttribute("hx-include");
    var included = include && include.charAt(0) === "#" ? document.querySelector(include) : null;
    if (included && included.tagName === "FORM") return included;
    return elt.form || (elt.closest && elt.closest("form")) || null;
  }
  function saveNow(form) {
    clearTimeout(form._retryTimer);
    htmx.ajax("post", form.getAttribute("hx-post"), { source: form });
  }
  // Where an element's save is reported: its autosave status, else a line after it.
  function statusFor(elt) {
    var target = elt.getAttribute && elt.getAttribute("hx-target");
    var status = target && target.charAt(0) === "#" ? document.querySelector(target) : null;
    if (status && status.hasAttribute("data-save-status")) return status;
    var form = formOf(elt);
    status = form && form.querySelector("[data-save-status]");
    return status || null;
  }
  function feedbackFor(elt, create) {
    var anchor = formOf(elt) || elt;
    var next = anchor.nextElementSibling;
    if (next && next.hasAttribute("data-save-feedback")) return next;
    if (!create) return null;
    var box = document.createElement("div");
    box.setAttribute("data-save-feedback", "");
    box.setAttribute("role", "status");
    box.className = "save-feedback small my-1";
    anchor.insertAdjacentElement("afterend", box);
    return box;
  }
  function show(elt, text, kind, retry) {
    var status = statusFor(elt);
    var box = status ? status.querySelector("[data-save-message]") : feedbackFor(elt, !!retry);
    if (!box) return;
    // A retry keeps the failure on screen until it has an outcome, so nothing jumps about.
    if (kind === "saving" && box.dataset.saveFeedbackState === "failed") return;
    box.textContent = text;
    box.className = box.className.replace(/\btext-(danger|success|body-secondary)\b/g, "").trim();
    box.classList.add(kind === "failed" ? "text-danger" : kind === "saved" ? "text-success" : "text-body-secondary");
    box.dataset.saveFeedbackState = kind;
    if (kind === "failed") box.setAttribute("role", "alert");
    else box.setAttribute("role", "status");
    if (retry) {
      var button = document.createElement("button");
      button.type = "button";
      button.className = "btn btn-sm btn-outline-danger ms-2 py-0";
      button.textContent = retry.label;
      button.addEventListener("click", retry.run);
      box.appendChild(document.createTextNode(" "));
      box.appendChild(button);
    }
  }
  function clock() {
    return new Date().toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" });
  }
  // Why a request failed, in words: the server's own sentence when it sent one (text/plain).
  function failureText(detail, timedOut) {
    var xhr = detail.xhr;
    var status = xhr ? xhr.status : 0;
    var type = xhr && xhr.getResponseHeader ? xhr.getResponseHeader("Content-Type") || "" : "";
    if (status && type.indexOf("text/plain") === 0 && xhr.responseText.length < 300) {
      return { text: xhr.responseText, own: true };
    }
    if (timedOut) return { text: "the server took too long" };
    if (!status) {
      return { text: navigator.onLine === false ? "no connection" : "the server could not be reached" };
    }
    if (status === 404) return { text: "this was deleted meanwhile (another tab?); reload the page" };
    if (status === 403) return { text: "reload the page to continue; your text is kept" };
    if (status >= 500) return { text: "the server had a problem (" + status + ")" };
    return { text: "the server refused it (" + status + ")" };
  }
  function retryFor(elt, detail) {
    var config = detail.requestConfig || {};
    var verb = (config.verb || "post").toLowerCase();
    var path = config.path || elt.getAttribute("hx-" + verb);
    return function () {
      htmx.ajax(verb, path, { source: elt });
    };
  }
  function fails(elt, detail, timedOut) {
    var form = formOf(elt);
    var status = detail.xhr ? detail.xhr.status : 0;
    var why = failureText(detail, timedOut);
    var permanent = status === 400 || status === 403 || status === 404;
    if (form && isAutosave(form) && !permanent) {
      // Autosave tries again by itself, waiting longer each time, until the server has it.
      var attempt = form._retryAttempt || 0;
      var delay = RETRY_DELAYS[Math.min(attempt, RETRY_DELAYS.length - 1)];
      form._retryAttempt = attempt + 1;
      clearTimeout(form._retryTimer);
      form._retryTimer = setTimeout(function () { saveNow(form); }, delay);
      show(elt, "Not saved yet — retrying (" + why.text + ").", "failed", {
        label: "Retry now",
        run: function () { saveNow(form); },
      });
      return;
    }
    var retry = status === 403 || status === 404
      ? { label: "Reload page", run: function () { leaving = true; location.reload(); } }
      : { label: "Retry", run: retryFor(elt, detail) };
    show(elt, why.own ? why.text : "Not saved: " + why.text + ".", "failed", retry);
  }

  // Leaving a field for the form's own submit button: the submit saves it all, and an
  // autosave now would change the page under the pointer.
  // An autosave with nothing unsaved (a focusout, the trailing trigger of one burst of
  // typing) is not sent at all.
  document.addEventListener("htmx:configRequest", function (event) {
    var elt = event.detail.elt;
    var trigger = event.detail.triggeringEvent;
    var next = trigger && trigger.type === "focusout" ? trigger.relatedTarget : null;
    if (next && next.type === "submit" && next.form === elt) event.preventDefault();
    if (isAutosave(elt) && (!elt.dataset.dirty || elt._submitting || elt._submitAfterSave)) {
      event.preventDefault();
    }
  });
  // A request that saves nothing (the answer's Preview) shows no save state.
  function notASave(elt) {
    return Boolean(elt && elt.closest && elt.closest("[data-not-a-save]"));
  }
  document.addEventListener("htmx:beforeRequest", function (event) {
    var elt = event.detail.elt;
    if (notASave(elt)) return;
    // htmx reports a request whose element the swap removed on a parent: remember the source.
    event.detail.xhr.debriefSource = elt;
    var verb = (event.detail.requestConfig.verb || "get").toLowerCase();
    var form = formOf(elt);
    if (form) {
      form._sent = snapshot(form);
      form._sentEdits = form._edits || 0;
    }
    if (verb !== "get") show(elt, "Saving…", "saving");
  });

  document.addEventListener("htmx:afterRequest", function (event) {
    var detail = event.detail;
    var xhr = detail.xhr;
    // Once per request: on the element, or on its parent when the swap removed it.
    if (!xhr || xhr.debriefHandled) return;
    xhr.debriefHandled = true;
    var elt = xhr.debriefSource || detail.elt;
    if (notASave(elt)) return;
    if (!detail.successful || xhr.getResponseHeader("HX-Redirect")) return;
    var form = formOf(elt);
    if (!form) return;
    var verb = (detail.requestConfig.verb || "get").toLowerCase();
    if (verb === "get") {
      var stale = feedbackFor(elt, false);
      if (stale) stale.remove();
      return;
    }
    form._retryAttempt = 0;
    if (isAutosave(form)) {
      var status = statusFor(form);
      var state = status && status.dataset.saveState;
      if (state !== "saved") return; // refused: the server's status says why; stays dirty
      forgetConfirmed(form._sent);
      if ((form._edits || 0) === form._sentEdits) delete form.dataset.dirty;
      return;
    }
    // Another htmx form: saved unless the server sent the form back with its errors.
    var target = detail.target && detail.target.id ? document.getElementById(detail.target.id) : detail.target;
    var stillForm = target && target.querySelector && target.querySelector(".is-invalid, .invalid-feedback, .errorlist, .alert-danger");
    if (stillForm) return;
    forgetConfirmed(form._sent);
    if (document.body.contains(form)) {
      if ((form._edits || 0) === form._sentEdits) delete form.dataset.dirty;
      var box = feedbackFor(form, false);
      if (box) box.remove();
    }
    if (Object.keys(form._sent || {}).length && target && document.body.contains(target)) {
      var note = target.querySelector("[data-save-feedback]") || document.createElement("p");
      note.setAttribute("data-save-feedback", "");
      note.setAttribute("role", "status");
      note.className = "save-feedback small text-success mb-0 mt-1";
      note.textContent = "Saved at " + clock();
      target.appendChild(note);
    }
  });

  document.addEventListener("htmx:beforeOnLoad", function (event) {
    // The session ended and the server sends us to log in: no "leave page?" question, the
    // copies in this browser wait for our return.
    if (event.detail.xhr.getResponseHeader("HX-Redirect")) leaving = true;
  });
  document.addEventListener("htmx:responseError", function (event) {
    if (!notASave(event.detail.elt)) fails(event.detail.elt, event.detail);
  });
  document.addEventListener("htmx:sendError", function (event) {
    if (!notASave(event.detail.elt)) fails(event.detail.elt, event.detail);
  });
  document.addEventListener("htmx:timeout", function (event) {
    if (!notASave(event.detail.elt)) fails(event.detail.elt, event.detail, true);
  });

  // Another script took the form's text into its own keeping (offline.js queues a debrief
  // typed without signal): the copies and the unsaved state are no longer this file's.
  document.addEventListener("debrief:handed-over", function (event) {
    var form = event.target;
    forgetConfirmed(snapshot(form));
    clearTimeout(form._retryTimer);
    form._retryAttempt = 0;
    // The form stays for the next text: its autosave works again, and no submit is pending.
    form._submitting = false;
    form._submitAfterSave = null;
    delete form.dataset.dirty;
  });

  // ---- Start ------------------------------------------------------------------------------

  settlePendingSubmit();
  offerRestore(document);
  document.addEventListener("htmx:load", function (event) { offerRestore(event.detail.elt); });
})();
