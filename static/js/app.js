// Small enhancements over htmx. Nothing here is needed for a task to work.
(function () {
  "use strict";
  var status = function () { return document.getElementById("live-status"); };
  // Dim the region being updated, and tell assistive technology it is busy.
  document.addEventListener("htmx:beforeRequest", function (e) {
    var t = e.detail.target; if (t) { t.setAttribute("aria-busy", "true"); }
  });
  document.addEventListener("htmx:afterRequest", function (e) {
    var t = e.detail.target; if (t) { t.removeAttribute("aria-busy"); }
  });
  // A failed request leaves the page as it was and says so politely, in the page's language.
  function failed() {
    var s = status(); if (s) { s.textContent = s.getAttribute("data-error-message") || ""; }
  }
  document.addEventListener("htmx:sendError", failed);
  document.addEventListener("htmx:responseError", failed);
  // Print the Saved list; without JavaScript the link opens a version made for printing.
  document.addEventListener("click", function (e) {
    if (e.target.closest && e.target.closest("[data-print]")) { e.preventDefault(); window.print(); }
  });
  // An English page offers the language the browser prefers, when we have it: asked
  // from here, so the page is the same for everyone and a shared cache keeps one copy.
  var slot = document.getElementById("language-offer");
  if (slot && window.fetch) {
    var have = {};
    document.querySelectorAll("#languages a[hreflang]").forEach(function (a) { have[a.getAttribute("hreflang")] = true; });
    var wanted = (navigator.languages || [navigator.language || ""]).map(function (l) {
      return l.toLowerCase().split("-")[0];
    }).filter(function (code) { return have[code]; })[0];
    if (wanted && wanted !== "en") {
      fetch("/" + wanted + slot.getAttribute("data-offer")).then(function (r) {
        return r.status === 200 ? r.text() : "";
      }).then(function (html) { slot.innerHTML = html; }, function () {});
    }
  }
  // Offline reading: the worker keeps the pages a family saved. The server names them
  // (HX-Trigger after Save or Remove, or the list on the Saved page). The names shared
  // with the pages and the worker are listed in pwa/offline.py.
  var me = document.currentScript, sw = navigator.serviceWorker;
  if (!sw || !me || !me.getAttribute("data-sw")) { return; }
  // Someone who reads one page and leaves should not pay for the worker's install: it
  // comes with a second page of this site, or when the family saves a service.
  function register() { return sw.register(me.getAttribute("data-sw")); }
  var from = document.referrer && new URL(document.referrer);
  if (sw.controller || (from && from.origin === location.origin)) { register(); }
  function tell(m) {
    register().then(function () { return sw.ready; })
      .then(function (r) { if (r.active) { r.active.postMessage(m); } });
  }
  document.addEventListener("offline-save", function (e) { tell({save: [e.detail.page, e.detail.list]}); });
  document.addEventListener("offline-remove", function (e) { tell({remove: [e.detail.page], save: [e.detail.list]}); });
  document.addEventListener("DOMContentLoaded", function () {
    // Say what is kept on this phone only where a worker really keeps it.
    if (sw.controller) {
      document.querySelectorAll("[data-offline-ready]").forEach(function (n) { n.hidden = false; });
    }
    var list = document.querySelector("[data-offline-sync]");
    // Not when this page is itself the copy from the cache ("Saved on" is showing).
    if (!list || document.querySelector("[data-saved-on]:not([hidden])")) { return; }
    var urls = [list.getAttribute("data-offline-sync")];
    list.querySelectorAll("[data-offline-page]").forEach(function (a) { urls.push(a.getAttribute("href")); });
    tell({sync: urls});
  });
})();
