/* Listen: reads the page's main text aloud with the browser's own speech synthesis, in the
   page's language, block by block, marking the block being read. A progressive enhancement:
   the controls stay hidden unless the page is long and the browser has a voice for its
   language. No third-party service, no audio file. Keyboard: the controls are buttons;
   Escape also stops. */
(function () {
  "use strict";
  var MIN_WORDS = 150; // shorter pages are quick to read: no button
  var BLOCKS = "h1, h2, h3, h4, p, li, dt, dd, figcaption, td, th, blockquote";
  var SKIP = ".listen, nav, .toc, [hidden], [aria-hidden=true], .visually-hidden";
  var controls = document.querySelector("[data-listen]");
  var synth = window.speechSynthesis;
  if (!controls || !synth || !window.SpeechSynthesisUtterance) return;
  var main = document.getElementById("main");
  var content = main && main.querySelector("[data-listen-content]");
  if (!content) return;
  var language = (content.closest("[lang]").getAttribute("lang") || "en").toLowerCase();
  var start = controls.querySelector("[data-listen-start]");
  var pause = controls.querySelector("[data-listen-pause]");
  var stop = controls.querySelector("[data-listen-stop]");
  var blocks = [], index = 0, voice = null, paused = false, reading = false;

  function readable() {
    return Array.prototype.filter.call(content.querySelectorAll(BLOCKS), function (block) {
      // The innermost blocks only (a list item's paragraph, not the item and the paragraph).
      return !block.closest(SKIP) && !block.querySelector(BLOCKS) && block.textContent.trim();
    });
  }

  function findVoice() {
    var voices = synth.getVoices();
    var exact = voices.filter(function (v) { return v.lang.toLowerCase().split(/[-_]/)[0] === language; });
    return exact.filter(function (v) { return v.default; })[0] || exact[0] || null;
  }

  function mark(block) {
    var previous = content.querySelector(".listen-current");
    if (previous) previous.classList.remove("listen-current");
    if (block) {
      block.classList.add("listen-current");
      block.scrollIntoView({block: "nearest"});
    }
  }

  function setState(isReading, isPaused) {
    reading = isReading;
    paused = isPaused;
    start.hidden = isReading;
    pause.hidden = stop.hidden = !isReading;
    pause.textContent = isPaused ? pause.dataset.resumeLabel : pause.dataset.pauseLabel;
    pause.setAttribute("aria-pressed", isPaused ? "true" : "false");
  }

  function speak() {
    if (index >= blocks.length) { finish(); return; }
    var block = blocks[index];
    var utterance = new SpeechSynthesisUtterance(block.textContent.replace(/\s+/g, " ").trim());
    utterance.lang = voice.lang;
    utterance.voice = voice;
    utterance.onend = function () {
      if (!reading) return;
      index += 1;
      speak();
    };
    mark(block);
    synth.speak(utterance);
  }

  function finish() {
    synth.cancel();
    mark(null);
    setState(false, false);
    index = 0;
  }

  start.addEventListener("click", function () {
    blocks = readable();
    index = 0;
    synth.cancel();
    setState(true, false);
    pause.focus();
    speak();
  });
  pause.addEventListener("click", function () {
    if (paused) { synth.resume(); setState(true, false); }
    else { synth.pause(); setState(true, true); }
  });
  stop.addEventListener("click", function () {
    finish();
    start.focus();
  });
  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape" && reading) { finish(); start.focus(); }
  });
  window.addEventListener("pagehide", function () { synth.cancel(); });

  function offer() {
    voice = findVoice();
    var words = readable().reduce(function (n, b) { return n + b.textContent.split(/\s+/).length; }, 0);
    controls.hidden = !(voice && words >= MIN_WORDS);
  }
  offer();
  // Voices load after the page in some browsers.
  if (synth.addEventListener) synth.addEventListener("voiceschanged", offer);
})();
