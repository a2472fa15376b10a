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
})();
