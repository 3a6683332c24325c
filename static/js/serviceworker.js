// Debrief's service worker: the quick debrief opens without signal.
//
// Served at /sw.js (scope "/") by core.views.service_worker, which puts `DEBRIEF` (this
// version, the static prefix, the offline page and the pages kept for offline use) in front
// of this file. What it does:
// - Pages: network first. The pages kept for offline use (the quick debrief) are stored each
//   time they load, and served from the store when the network fails; any other page then
//   gets the offline page, which says what works without signal.
// - Static files the kept pages use are stored with them and served from the store first
//   (their names carry a hash of their content, so a stored copy is never out of date).
// - Nothing else is touched: htmx requests, forms and the sync of queued debriefs go to the
//   network as usual (offline.js queues a debrief itself while offline).
// A kept page is one user's: it is dropped when someone else logs in on this device or the
// user logs out (offline.js tells the worker whose pages are showing).
/* global DEBRIEF */
"use strict";

var CACHE = "debrief-" + DEBRIEF.version;
var OWNER_KEY = "/.debrief-owner";
// A phone with one bar of signal: after this long, the kept copy beats a page still loading.
var NETWORK_PATIENCE_MS = 6000;

function kept(url) {
  return url.origin === self.location.origin && DEBRIEF.pages.indexOf(url.pathname) !== -1;
}

function staticUrlsIn(html) {
  var found = [];
  var pattern = /(?:src|href)="([^"]+)"/g;
  var match;
  while ((match = pattern.exec(html))) {
    var url = new URL(match[1].replace(/&amp;/g, "&"), self.location.origin);
    if (url.origin === self.location.origin && url.pathname.indexOf(DEBRIEF.staticUrl) === 0) {
      found.push(url.pathname + url.search);
    }
  }
  return found;
}

// Store a page and every static file it uses; drop static files no kept page uses any more.
function storePage(cache, path, response) {
  return response
    .clone()
    .text()
    .then(function (html) {
      return cache.put(path, response).then(function () {
        return Promise.all(
          staticUrlsIn(html).map(function (url) {
            return cache.match(url).then(function (hit) {
              return hit || cache.add(url).catch(function () {});
            });
          })
        );
      });
    })
    .then(function () {
      return pruneStatic(cache);
    });
}

function pruneStatic(cache) {
  var pages = [DEBRIEF.offlineUrl].concat(DEBRIEF.pages);
  return Promise.all(
    pages.map(function (path) {
      return cache.match(path).then(function (hit) {
        return hit ? hit.text() : "";
      });
    })
  ).then(function (htmls) {
    var used = {};
    htmls.forEach(function (html) {
      staticUrlsIn(html).forEach(function (url) {
        used[url] = true;
      });
    });
    return cache.keys().then(function (requests) {
      return Promise.all(
        requests.map(function (request) {
          var url = new URL(request.url);
          var path = url.pathname + url.search;
          var isStatic = url.pathname.indexOf(DEBRIEF.staticUrl) === 0;
          return isStatic && !used[path] ? cache.delete(request) : null;
        })
      );
    });
  });
}

// Fetch a page for keeping: only a real answer for the logged-in user, never the login page a
// redirect would bring.
function fetchForKeeping(path, credentials) {
  // The header asks the page to leave the messages waiting for the user's next page alone.
  var headers = { "X-Debrief-Offline-Copy": "1" };
  var options = { credentials: credentials, redirect: "manual", cache: "no-store", headers: headers };
  return fetch(path, options).then(
    function (response) {
      return response.ok && response.type === "basic" ? response : null;
    }
  );
}

function keepPage(path, credentials) {
  return fetchForKeeping(path, credentials)
    .then(function (response) {
      if (!response) return null;
      return caches.open(CACHE).then(function (cache) {
        return storePage(cache, path, response);
      });
    })
    .catch(function () {});
}

self.addEventListener("install", function (event) {
  // The offline page is the same for everybody: fetched without the session's cookie.
  event.waitUntil(
    Promise.all(
      [keepPage(DEBRIEF.offlineUrl, "omit")].concat(
        DEBRIEF.pages.map(function (path) {
          return keepPage(path, "same-origin");
        })
      )
    ).then(function () {
      return self.skipWaiting();
    })
  );
});

self.addEventListener("activate", function (event) {
  event.waitUntil(
    caches
      .keys()
      .then(function (names) {
        return Promise.all(
          names.map(function (name) {
            return name.indexOf("debrief-") === 0 && name !== CACHE ? caches.delete(name) : null;
          })
        );
      })
      .then(function () {
        return self.clients.claim();
      })
  );
});

// A copy served from the store says so on <body>, so the page can tell the user.
function markedOffline(response) {
  return response.text().then(function (html) {
    var headers = new Headers(response.headers);
    headers.delete("Content-Length");
    headers.delete("Content-Encoding");
    return new Response(html.replace("<body ", '<body data-offline-copy="1" '), {
      status: 200,
      headers: headers,
    });
  });
}

function fromStore(path) {
  return caches.open(CACHE).then(function (cache) {
    return cache.match(path).then(function (hit) {
      if (hit) return markedOffline(hit);
      return cache.match(DEBRIEF.offlineUrl).then(function (offline) {
        return offline ? markedOffline(offline) : Response.error();
      });
    });
  });
}

function page(request, url) {
  var network = fetch(request).then(function (response) {
    if (kept(url) && request.method === "GET" && response.ok && !response.redirected) {
      var copy = response.clone();
      caches.open(CACHE).then(function (cache) {
        return storePage(cache, url.pathname, copy);
      });
    }
    return response;
  });
  if (request.method !== "GET") {
    // A form sent without signal: the offline page, which says the text is kept.
    return network.catch(function () {
      return fromStore(DEBRIEF.offlineUrl);
    });
  }
  return new Promise(function (resolve) {
    var settled = false;
    function settle(response) {
      if (!settled) {
        settled = true;
        resolve(response);
      }
    }
    var patience = setTimeout(function () {
      caches.match(url.pathname, { cacheName: CACHE }).then(function (hit) {
        if (hit && kept(url)) markedOffline(hit).then(settle);
      });
    }, NETWORK_PATIENCE_MS);
    network.then(settle, function () {
      fromStore(kept(url) ? url.pathname : DEBRIEF.offlineUrl).then(settle);
    }).finally(function () {
      clearTimeout(patience);
    });
  });
}

function staticFile(request) {
  return caches.open(CACHE).then(function (cache) {
    return cache.match(request).then(function (hit) {
      // In debug mode the names carry no hash: the network decides while there is one.
      if (hit && !DEBRIEF.debug) return hit;
      return fetch(request).catch(function () {
        return hit || Response.error();
      });
    });
  });
}

self.addEventListener("fetch", function (event) {
  var request = event.request;
  var url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (request.mode === "navigate") {
    event.respondWith(page(request, url));
  } else if (request.method === "GET" && url.pathname.indexOf(DEBRIEF.staticUrl) === 0) {
    event.respondWith(staticFile(request));
  }
});

// offline.js says whose pages are showing ({owner}), asks for the kept pages to be fetched
// again ({refresh: true}, after a debrief was sent) or says the user logged out ({owner: ""}
// with {logout: true}). A different user (or none) means the kept pages must go.
self.addEventListener("message", function (event) {
  var data = event.data || {};
  if (data.type !== "debrief-owner") return;
  event.waitUntil(
    caches.open(CACHE).then(function (cache) {
      return cache.match(OWNER_KEY).then(function (hit) {
        return (hit ? hit.text() : Promise.resolve("")).then(function (before) {
          var changed = data.logout || (data.owner && before && data.owner !== before);
          var drop = changed
            ? Promise.all(
                DEBRIEF.pages.map(function (path) {
                  return cache.delete(path);
                })
              )
            : Promise.resolve();
          return drop.then(function () {
            if (data.logout) return cache.delete(OWNER_KEY);
            if (!data.owner) return null;
            return cache.put(OWNER_KEY, new Response(data.owner)).then(function () {
              return Promise.all(
                DEBRIEF.pages.map(function (path) {
                  return cache.match(path).then(function (page) {
                    return page && !data.refresh ? null : keepPage(path, "same-origin");
                  });
                })
              );
            });
          });
        });
      });
    })
  );
});
