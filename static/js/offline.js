// Debrief without signal.
//
// 1. Registers the service worker (/sw.js), which keeps the quick debrief for offline use, and
//    tells it whose pages are showing, so one user's kept page is never shown to the next.
// 2. A quick debrief saved while offline is queued on this device, under the logged-in user's
//    key: "Saved on this phone, not yet synced", with a count here and in the navigation.
// 3. The queue is sent when the connection returns (the online event) and on every page load,
//    to /journal/debrief/sync/, which answers in JSON. Before sending, it asks the server whose
//    login this is and for a fresh CSRF token: a queued debrief is only ever sent under the
//    login it was written in, after an expired session it waits for the login, and the draft
//    token makes a resend return the interview already made instead of a second one.
// Typing itself is kept by saving.js (its per-user copies of unsaved text); this file takes a
// debrief over from it once it is queued.
(function () {
  "use strict";

  var script = document.currentScript;
  var owner = document.body.dataset.draftOwner || "";
  var OUTBOX = "debrief-outbox:";
  var SYNCED = "debrief-synced-tokens:";
  var LAST_OWNER = "debrief-last-owner";
  var REFRESH = "debrief-refresh-kept-page";
  var RETRY_MS = 30000;
  var offlineCopy = document.body.hasAttribute("data-offline-copy");
  var syncUrl = script.dataset.syncUrl;
  var loginUrl = script.dataset.loginUrl;
  var debriefUrl = script.dataset.debriefUrl;
  var form = document.querySelector("form[data-offline-queue]");
  var notices = []; // debriefs sent from this page: {company, url, created, questions}
  var retryTimer = null;

  // The offline page is shown without a login: it counts the queue of whoever used this tab.
  if (owner) sessionStorage.setItem(LAST_OWNER, owner);

  // ---- Stored lists -----------------------------------------------------------------------

  function load(key) {
    try {
      var list = JSON.parse(localStorage.getItem(key) || "[]");
      return Array.isArray(list) ? list : [];
    } catch (error) {
      return [];
    }
  }
  function store(key, list) {
    try {
      if (list.length) localStorage.setItem(key, JSON.stringify(list));
      else localStorage.removeItem(key);
      return true;
    } catch (error) {
      return false; // storage full or switched off
    }
  }
  function queued(who) {
    return who ? load(OUTBOX + who) : [];
  }
  function rememberSynced(who, token) {
    var tokens = load(SYNCED + who).filter(function (t) { return t !== token; });
    tokens.push(token);
    store(SYNCED + who, tokens.slice(-50));
  }

  // ---- Service worker -----------------------------------------------------------------------

  function tellWorker(message) {
    var worker = navigator.serviceWorker && navigator.serviceWorker.controller;
    message.type = "debrief-owner";
    if (worker) worker.postMessage(message);
    else if (navigator.serviceWorker) {
      navigator.serviceWorker.ready.then(function (registration) {
        if (registration.active) registration.active.postMessage(message);
      });
    }
  }
  if (navigator.serviceWorker && script.dataset.serviceWorker) {
    navigator.serviceWorker.register(script.dataset.serviceWorker).catch(function () {
      // No worker (a private window, an old browser): pages just need the network.
    });
    if (owner && !offlineCopy && navigator.onLine !== false) {
      var refresh = localStorage.getItem(REFRESH) === owner;
      localStorage.removeItem(REFRESH);
      tellWorker({ owner: owner, refresh: refresh });
    }
  }
  document.addEventListener("submit", function (event) {
    if (event.target.hasAttribute("data-logout") && !event.defaultPrevented) {
      tellWorker({ owner: "", logout: true });
    }
  });

  // ---- Queueing a debrief -------------------------------------------------------------------

  function newToken() {
    if (window.crypto && crypto.randomUUID) return crypto.randomUUID();
    var bytes = crypto.getRandomValues(new Uint8Array(16));
    bytes[6] = (bytes[6] & 0x0f) | 0x40;
    bytes[8] = (bytes[8] & 0x3f) | 0x80;
    var hex = Array.prototype.map.call(bytes, function (b) { return (b + 256).toString(16).slice(1); }).join("");
    return [hex.slice(0, 8), hex.slice(8, 12), hex.slice(12, 16), hex.slice(16, 20), hex.slice(20)].join("-");
  }
  function today() {
    var now = new Date();
    var pad = function (n) { return (n < 10 ? "0" : "") + n; };
    return now.getFullYear() + "-" + pad(now.getMonth() + 1) + "-" + pad(now.getDate());
  }
  function countLines(text) {
    return (text || "").split(/\r?\n/).filter(function (line) { return line.trim(); }).length;
  }
  function valueOf(fields, name) {
    for (var i = 0; i < fields.length; i++) if (fields[i][0] === name) return fields[i][1];
    return "";
  }

  // An empty form with a token of its own, ready for the next debrief.
  function blank() {
    Array.prototype.forEach.call(form.elements, function (field) {
      if (!field.name || field.type === "hidden" || field.type === "submit" || field.type === "button") return;
      if (field.type === "checkbox") field.checked = false;
      else if (field.type === "radio") field.checked = field.value === ""; // "not rated"
      else if (field.tagName === "SELECT") field.selectedIndex = 0;
      else if (field.type === "date") field.value = today();
      else field.value = "";
    });
    form.elements.draft_token.value = newToken();
    var version = form.querySelector("input[name=draft_version]");
    if (version) version.value = "0";
    form.querySelectorAll("[data-restore], .alert").forEach(function (old) { old.remove(); });
    var message = form.querySelector("[data-save-message]");
    if (message) {
      message.textContent = "Drafts save automatically.";
      message.className = "text-body-secondary";
    }
  }

  function queue() {
    var data = new FormData(form);
    var fields = [];
    data.forEach(function (value, name) {
      if (typeof value === "string" && name !== "csrfmiddlewaretoken" && name !== "draft_version") {
        fields.push([name, value]);
      }
    });
    var token = String(data.get("draft_token"));
    var list = queued(owner).filter(function (entry) { return entry.token !== token; });
    list.push({ token: token, owner: owner, at: Date.now(), fields: fields, state: "waiting" });
    if (!store(OUTBOX + owner, list)) {
      showProblem("This phone's storage is full, so the debrief could not be kept here. Keep this page open until you have signal.");
      return;
    }
    // saving.js may stop keeping copies of this text and stop retrying its autosave.
    form.dispatchEvent(new CustomEvent("debrief:handed-over", { bubbles: true }));
    blank();
    render();
    var panel = document.getElementById("offline-outbox");
    if (panel) panel.focus();
  }

  function showProblem(text) {
    var message = form.querySelector("[data-save-message]");
    if (!message) return;
    message.textContent = text;
    message.className = "text-danger";
    message.setAttribute("role", "alert");
  }

  // The kept copy may hold the messages of the visit it was kept on ("Debrief saved…").
  if (offlineCopy) {
    var stale = document.getElementById("messages");
    if (stale) stale.replaceChildren();
  }

  if (form) {
    var token = form.elements.draft_token.value;
    var taken = queued(owner).concat(load(SYNCED + owner).map(function (t) { return { token: t }; }));
    // A kept copy of the page may carry the token of a debrief already queued or sent:
    // typing a new one under it would add to that interview, so it gets a token of its own.
    if (offlineCopy && taken.some(function (entry) { return entry.token === token; })) blank();
    else if (offlineCopy && form.querySelector("input[name=draft_version]").value === "0") {
      var date = form.querySelector("input[type=date]");
      if (date) date.value = today(); // the kept page may be from another day
    }
    form.addEventListener("submit", function (event) {
      if (navigator.onLine !== false) {
        // Sent to the server as usual; the kept copy must then be fetched again.
        localStorage.setItem(REFRESH, owner);
        return;
      }
      event.preventDefault();
      if (!form.checkValidity()) {
        form.reportValidity();
        return;
      }
      queue();
    });
  }

  // No autosave and no company suggestions while offline: they could not arrive, and the
  // text is kept on the device meanwhile. saving.js sends the autosave when back online.
  document.addEventListener("htmx:configRequest", function (event) {
    if (navigator.onLine !== false || !form || !form.contains(event.detail.elt)) return;
    event.preventDefault();
    var message = form.querySelector("[data-save-message]");
    if (message && form.dataset.dirty) {
      message.textContent = "Offline: kept on this phone until there is signal.";
      message.className = "text-body-secondary";
    }
  });

  // ---- Sending the queue -----------------------------------------------------------------------

  function whoIsLoggedIn() {
    return fetch(syncUrl, {
      credentials: "same-origin",
      redirect: "manual",
      cache: "no-store",
      headers: { Accept: "application/json" },
    }).then(function (response) {
      if (response.type === "opaqueredirect") return { login: true };
      if (!response.ok) throw new Error("status " + response.status);
      return response.json();
    });
  }

  function send(entry, csrfToken) {
    var body = new URLSearchParams();
    entry.fields.forEach(function (pair) { body.append(pair[0], pair[1]); });
    body.append("draft_owner", entry.owner);
    return fetch(syncUrl, {
      method: "POST",
      body: body,
      credentials: "same-origin",
      redirect: "manual",
      cache: "no-store",
      headers: { "X-CSRFToken": csrfToken, Accept: "application/json" },
    });
  }

  function update(token, change) {
    var list = queued(owner).map(function (entry) {
      return entry.token === token ? Object.assign(entry, change) : entry;
    });
    store(OUTBOX + owner, list);
  }
  // Refused for what it says (a server-side check failed): not sent again until edited.
  function sendable(entry) {
    return entry.state !== "invalid";
  }
  function markAll(change) {
    store(
      OUTBOX + owner,
      queued(owner).map(function (entry) { return sendable(entry) ? Object.assign(entry, change) : entry; })
    );
  }

  // One entry after the other; resolves "stop" when the rest must wait (no login, no network).
  function sendAll(info) {
    var entries = queued(owner).filter(sendable);
    var csrfToken = info.csrf_token;
    var refreshed = false;
    function next(index) {
      if (index >= entries.length) return Promise.resolve("done");
      var entry = entries[index];
      return send(entry, csrfToken).then(function (response) {
        if (response.type === "opaqueredirect") {
          markAll({ state: "login" });
          return "stop";
        }
        if (response.status === 403 && !refreshed) {
          // The token went stale on the way (a login in another tab): once more with a new one.
          refreshed = true;
          return whoIsLoggedIn().then(function (again) {
            if (again.login || again.owner !== owner) return "stop";
            csrfToken = again.csrf_token;
            return next(index);
          });
        }
        if (response.status === 409) return "stop";
        if (response.status >= 500) {
          update(entry.token, { state: "failed", errors: ["The server had a problem (" + response.status + "); it is tried again."] });
          return "stop";
        }
        return response.json().catch(function () { return {}; }).then(function (answer) {
          if (response.ok) {
            store(OUTBOX + owner, queued(owner).filter(function (e) { return e.token !== entry.token; }));
            rememberSynced(owner, entry.token);
            notices.push(answer);
          } else if (response.status === 400) {
            update(entry.token, { state: "invalid", errors: answer.errors || ["The server refused it."] });
          } else {
            // Not about the text (a lost CSRF race, a deleted draft): tried again next time.
            update(entry.token, { state: "failed", errors: ["The server refused it (" + response.status + "); it is tried again."] });
          }
          return next(index + 1);
        });
      });
    }
    return next(0);
  }

  var syncing = null;
  function sync() {
    clearTimeout(retryTimer);
    if (syncing || !owner || !syncUrl || navigator.onLine === false || !queued(owner).some(sendable)) {
      return syncing || Promise.resolve();
    }
    markAll({ state: "sending" });
    render();
    var run = function () {
      return whoIsLoggedIn()
        .then(function (info) {
          if (info.login) {
            markAll({ state: "login" });
            return "stop";
          }
          // Another user logged in since this page loaded: their page sends their queue.
          if (info.owner !== owner) return "stop";
          return sendAll(info);
        })
        .catch(function () {
          // No answer: signal lost again, or the server is away. Try again in a while.
          markAll({ state: "waiting" });
          retryTimer = setTimeout(sync, RETRY_MS);
        });
    };
    // Two tabs coming back online at once send the queue once (the token would still make a
    // double send harmless).
    var locked = navigator.locks ? navigator.locks.request("debrief-outbox", run) : run();
    syncing = locked.finally(function () {
      syncing = null;
      store(
        OUTBOX + owner,
        queued(owner).map(function (entry) {
          return entry.state === "sending" ? Object.assign(entry, { state: "waiting" }) : entry;
        })
      );
      if (notices.length) localStorage.setItem(REFRESH, owner);
      render();
    });
    return syncing;
  }

  // ---- What the user sees ------------------------------------------------------------------------

  function element(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text) node.textContent = text;
    return node;
  }
  function plural(n, word) {
    return n + " " + word + (n === 1 ? "" : "s");
  }
  function describe(entry) {
    var company = valueOf(entry.fields, "company") || "No company";
    var lines = countLines(valueOf(entry.fields, "questions"));
    var when = new Date(entry.at).toLocaleString([], { dateStyle: "medium", timeStyle: "short" });
    return company + " — " + plural(lines, "question") + ", saved " + when;
  }
  function loginLink(count) {
    var next = form ? location.pathname : debriefUrl;
    var link = element("a", "alert-link", count === 1 ? "Log in to send it" : "Log in to send them");
    link.href = loginUrl + "?next=" + encodeURIComponent(next);
    return link;
  }

  function editButton(entry) {
    var button = element("button", "btn btn-sm btn-outline-dark mt-1", "Edit and send again");
    button.type = "button";
    button.addEventListener("click", function () {
      var busy = ["company", "questions"].some(function (name) {
        return form.elements[name] && form.elements[name].value.trim();
      });
      if (!busy) {
        editAgain(entry);
        return;
      }
      // The app's own dialog (static/js/confirm.js), not the browser's window.confirm.
      var question = document.createElement("form");
      question.dataset.confirm = "Replace what is in the form with this debrief?";
      question.dataset.confirmButton = "Replace it";
      window.DebriefConfirm(question, button, function () { editAgain(entry); });
    });
    return button;
  }

  function editAgain(entry) {
    entry.fields.forEach(function (pair) {
      // A radio group's RadioNodeList checks the radio of that value.
      var field = form.elements[pair[0]];
      if (field) field.value = pair[1];
    });
    store(OUTBOX + owner, queued(owner).filter(function (e) { return e.token !== entry.token; }));
    render();
    // As if typed: saving.js keeps copies and autosaves it as a draft.
    form.querySelectorAll("input[type=text], textarea").forEach(function (field) {
      field.dispatchEvent(new Event("input", { bubbles: true }));
    });
    form.elements.company.focus();
  }

  function entryItem(entry) {
    var item = element("li", "mb-1", describe(entry));
    var state = entry.state;
    if (state === "login") {
      // The panel says it once, with the link.
    } else if (state === "invalid" || state === "failed") {
      var problem = element("div", "text-danger small");
      problem.setAttribute("data-outbox-error", "");
      problem.textContent = "Not accepted: " + (entry.errors || []).join(" ");
      item.appendChild(problem);
      if (state === "invalid" && form) item.appendChild(editButton(entry));
    } else if (state === "sending") {
      item.appendChild(document.createTextNode(" (sending…)"));
    }
    return item;
  }

  function renderPanel(panel, entries) {
    panel.replaceChildren();
    if (offlineCopy && navigator.onLine === false) {
      panel.appendChild(
        element(
          "p",
          "alert alert-info py-2",
          "You are offline. This is the quick debrief kept on this phone: what you save is kept here and sent when the connection returns."
        )
      );
    }
    if (entries.length) {
      var box = element("div", "alert alert-warning py-2");
      box.setAttribute("data-outbox-pending", "");
      box.appendChild(element("p", "fw-semibold mb-1", "Saved on this phone, not yet synced"));
      var waiting = entries.filter(sendable).length;
      var refused = entries.length - waiting;
      var counts = [];
      var needLogin = entries.some(function (entry) { return entry.state === "login"; });
      if (waiting) {
        var when = navigator.onLine === false ? "sent when the connection returns." : "sent as soon as the server answers.";
        counts.push(plural(waiting, "debrief") + (needLogin ? " waiting: your session ended." : " waiting, " + when));
      }
      if (refused) counts.push(plural(refused, "debrief") + " not accepted: edit and send again.");
      box.appendChild(element("p", "mb-1", counts.join(" ")));
      if (needLogin) {
        var again = element("p", "mb-1");
        again.appendChild(loginLink(waiting));
        box.appendChild(again);
      }
      var list = element("ul", "mb-1 ps-3");
      entries.forEach(function (entry) { list.appendChild(entryItem(entry)); });
      box.appendChild(list);
      if (waiting && !needLogin && navigator.onLine !== false) {
        var now = element("button", "btn btn-sm btn-warning", "Send now");
        now.type = "button";
        now.addEventListener("click", sync);
        box.appendChild(now);
      }
      panel.appendChild(box);
    }
    if (notices.length) {
      var done = element("div", "alert alert-success py-2");
      done.setAttribute("data-outbox-synced", "");
      notices.forEach(function (notice) {
        var line = element("p", "mb-1");
        var what = notice.created
          ? "Synced: " + notice.company + ", " + plural(notice.questions || 0, "question") + ". "
          : "Already synced earlier: " + notice.company + ". ";
        line.appendChild(document.createTextNode(what));
        var link = element("a", "alert-link", "Open it");
        link.href = notice.url;
        line.appendChild(link);
        done.appendChild(line);
      });
      panel.appendChild(done);
    }
    panel.hidden = !panel.childElementCount;
  }

  function render() {
    var entries = queued(owner);
    var panel = document.getElementById("offline-outbox");
    if (!panel && (notices.length || entries.some(function (e) { return e.state !== "waiting" && e.state !== "sending"; }))) {
      // Not on the quick debrief: news of the queue goes at the top of the page.
      var main = document.getElementById("main");
      if (main) {
        panel = element("div", "");
        panel.id = "offline-outbox";
        panel.setAttribute("role", "status");
        panel.setAttribute("aria-live", "polite");
        main.insertBefore(panel, main.firstChild);
      }
    }
    if (panel) renderPanel(panel, entries);
    // On a phone the navigation is folded away: the count also sits beside its button.
    var toggler = document.querySelector(".navbar-toggler");
    if (toggler && !document.querySelector("[data-outbox-phone]")) {
      var shortcut = element("a", "d-md-none ms-auto me-2 py-2 text-decoration-none");
      shortcut.appendChild(element("span", "visually-hidden", "Quick debrief: "));
      shortcut.setAttribute("data-outbox-phone", "");
      shortcut.setAttribute("data-outbox-link", "");
      shortcut.href = debriefUrl;
      shortcut.hidden = true;
      toggler.insertAdjacentElement("beforebegin", shortcut);
    }
    var phone = document.querySelector("[data-outbox-phone]");
    if (phone) phone.hidden = !entries.length;
    // Logging out keeps them on this phone (sent at the next login here), but says so first.
    document.querySelectorAll("form[data-logout]").forEach(function (logout) {
      if (entries.length) {
        logout.dataset.confirm =
          plural(entries.length, "debrief") + " saved on this phone " + (entries.length === 1 ? "is" : "are") +
          " not yet synced. They stay on this phone and are sent the next time you log in here. Log out anyway?";
      } else {
        delete logout.dataset.confirm;
      }
    });
    document.querySelectorAll("[data-outbox-link]").forEach(function (link) {
      var badge = link.querySelector("[data-outbox-badge]");
      if (!entries.length) {
        if (badge) badge.remove();
        return;
      }
      if (!badge) {
        badge = element("span", "badge text-bg-warning ms-1");
        badge.setAttribute("data-outbox-badge", "");
        link.appendChild(badge);
      }
      badge.textContent = entries.length + " unsynced";
    });
    var summary = document.querySelector("[data-outbox-summary]");
    if (summary) {
      var theirs = queued(owner || sessionStorage.getItem(LAST_OWNER) || "");
      summary.hidden = !theirs.length;
      summary.textContent = theirs.length
        ? plural(theirs.length, "debrief") + " saved on this phone, not yet synced: sent when the connection returns."
        : "";
    }
  }

  window.addEventListener("online", function () {
    render();
    sync();
  });
  window.addEventListener("offline", render);
  // Another tab queued or sent a debrief.
  window.addEventListener("storage", function (event) {
    if (event.key && event.key.indexOf(OUTBOX) === 0) render();
  });

  render();
  sync();
})();
