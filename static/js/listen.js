// Read aloud: where the browser has a voice for the page's language,
// show Listen / Pause / Stop and read the page sentence by sentence, marking the part
// being read. It moves no focus and announces nothing: screen readers have their own.
(function () {
  "use strict";
  var box = document.getElementById("listen"), synth = window.speechSynthesis,
    Say = window.SpeechSynthesisUtterance, main = document.querySelector("main");
  if (!box || !synth || !Say || !main) { return; }
  var lang = document.documentElement.lang || "en", base = lang.split("-")[0].toLowerCase(),
    voice, queue = [], at = 0, state = 0, gen = 0, lit, buttons = [], END = /[^.!?։۔؟।]+[.!?։۔؟।]*/g;
  function label(k) { return box.getAttribute("data-" + k); }
  function light(el) {
    if (lit) { lit.classList.remove("listen-current"); }
    lit = el; if (el) { el.classList.add("listen-current"); }
  }
  function collect() {
    var out = [];
    main.querySelectorAll("h1,h2,h3,h4,h5,h6,p,li,dt,dd").forEach(function (el) {
      if (el.closest("nav,form,#listen,[hidden],[aria-hidden=true]") || !el.getClientRects().length ||
          el.querySelector("p,li,h2,h3,h4")) { return; }
      (el.textContent.replace(/\s+/g, " ").match(END) || []).forEach(function (s) {
        if (s.trim()) { out.push([el, s.trim()]); }
      });
    });
    return out;
  }
  function halt() { gen++; synth.cancel(); }
  function sync() {
    buttons[1].textContent = label(state === 2 ? "resume" : "pause");
    buttons[1].setAttribute("aria-disabled", String(!state));
    buttons[2].setAttribute("aria-disabled", String(!state));
  }
  function next() {
    var item = queue[at], g = gen, u;
    if (!item) { return stop(); }
    light(item[0]);
    u = new Say(item[1]); u.lang = lang; u.voice = voice;
    u.onend = u.onerror = function () { if (g === gen) { at++; next(); } };
    synth.speak(u);
  }
  function play() { halt(); queue = collect(); at = 0; state = 1; sync(); next(); }
  function pause() {
    if (state === 1) { halt(); state = 2; } else if (state === 2) { state = 1; next(); }
    sync();
  }
  function stop() { halt(); state = 0; at = 0; light(null); sync(); }
  function find() {
    if (voice) { return; }
    voice = (synth.getVoices() || []).filter(function (v) {
      return (v.lang || "").replace("_", "-").split("-")[0].toLowerCase() === base;
    })[0];
    if (!voice) { return; }
    [["play", play], ["pause", pause], ["stop", stop]].forEach(function (b) {
      var el = document.createElement("button");
      el.type = "button"; el.className = "button-secondary"; el.textContent = label(b[0]);
      el.addEventListener("click", b[1]); buttons.push(box.appendChild(el));
    });
    sync(); box.hidden = false;
  }
  synth.addEventListener("voiceschanged", find);
  window.addEventListener("pagehide", function () { if (state) { stop(); } });
  find();
}());
