/* Keyboard access for Material's menu and search on small screens.
 *
 * Material opens its drawer, its nested menu panels and search with <label for="...">,
 * which a keyboard cannot press, and leaves links of closed or covered panels focusable.
 * Here: Space presses such a label as Enter already does (header.html makes the menu and
 * search labels keyboard stops with a name), focus moves into what opened, Escape closes the drawer, and Tab only reaches what can be seen:
 * closed panels are inert, in the drawer only the panel on top takes focus, and leaving
 * search by Tab closes it.
 */
(function () {
  "use strict";
  var smal = window.matchMedia("(max-width: 76.2344em)");     // the menu lives in the drawer
  var zoekSmal = window.matchMedia("(max-width: 59.984em)");  // search is a full-screen panel
  var ACHTER_DRAWER = [".md-header", ".md-tabs", ".md-content", ".md-sidebar--secondary",
                       ".md-footer"];

  function $(selector) { return document.querySelector(selector); }
  function schakelaar(id) { return document.getElementById(id); }
  function open(id) { var el = schakelaar(id); return !!(el && el.checked); }

  function zet(id, aan) {
    var el = schakelaar(id);
    if (el && el.checked !== aan) {
      el.checked = aan;
      el.dispatchEvent(new Event("change", { bubbles: true }));
    }
  }

  function focusEerste(paneel) {
    if (!paneel) return;
    var eerste = paneel.querySelector("a[href]:not([tabindex='-1']), label[tabindex='0']");
    if (eerste) eerste.focus();
  }

  /* The drawer panel on top: the menu of the deepest opened section, else the whole menu. */
  function bovenstePaneel(nav) {
    var paneel = nav.querySelector("nav.md-nav--primary");
    var open_ = nav.querySelectorAll("input.md-nav__toggle:checked");
    for (var i = 0; i < open_.length; i++) {
      var kind = open_[i].parentElement.querySelector(":scope > nav.md-nav");
      if (kind && paneel.contains(kind)) paneel = kind;
    }
    return paneel;
  }

  function menuFocus() {
    var nav = $(".md-sidebar--primary");
    if (!nav || !nav.querySelector("nav.md-nav--primary")) return;
    var paneel = smal.matches ? bovenstePaneel(nav) : null;
    // A panel's title (with the back arrow) leads one level up: a keyboard stop of its own.
    nav.querySelectorAll("label.md-nav__title[for^='__nav']").forEach(function (el) {
      if (!el.hasAttribute("tabindex") && !el.hasAttribute("data-ww-tab")) el.setAttribute("tabindex", "0");
    });
    // A section's open-arrow has no text: name it after the section (hidden text, as in header.html).
    nav.querySelectorAll("label.md-nav__link[for^='__nav']").forEach(function (el) {
      var link = el.parentElement.querySelector("a");
      if (!el.textContent.trim() && link) {
        var naam = document.createElement("span");
        naam.className = "ww-verborgen";
        naam.textContent = link.textContent.trim();
        el.appendChild(naam);
      }
    });
    nav.querySelectorAll("a[href], label[tabindex], label[data-ww-tab]").forEach(function (el) {
      var zichtbaar = !paneel || el.closest("nav.md-nav") === paneel;
      if (!zichtbaar && !el.hasAttribute("data-ww-tab")) {
        el.setAttribute("data-ww-tab", el.getAttribute("tabindex") || "");
        el.setAttribute("tabindex", "-1");
      } else if (zichtbaar && el.hasAttribute("data-ww-tab")) {
        var oud = el.getAttribute("data-ww-tab");
        if (oud) el.setAttribute("tabindex", oud); else el.removeAttribute("tabindex");
        el.removeAttribute("data-ww-tab");
      }
    });
    return paneel;
  }

  function bijwerken() {
    var nav = $(".md-sidebar--primary");
    var drawerOpen = smal.matches && open("__drawer");
    if (nav) nav.inert = smal.matches && !open("__drawer");
    ACHTER_DRAWER.forEach(function (s) { var el = $(s); if (el) el.inert = drawerOpen; });
    var zoek = $(".md-search");
    if (zoek) zoek.inert = zoekSmal.matches && !open("__search");
    var uitvoer = $(".md-search__output");
    if (uitvoer) uitvoer.inert = !open("__search");
    return menuFocus();
  }

  document.addEventListener("keydown", function (e) {
    var doel = e.target;
    // Material's own keyboard handler presses a focused label on Enter; Space is ours.
    if ((e.key === "Enter" || e.key === " ") && doel.matches && doel.matches("label.md-header__button[tabindex='0']")) {
      var voor = doel.getAttribute("for");
      if (e.key === " ") {
        e.preventDefault();
        doel.click();
      }
      // After Material's own Enter handling, which looks at the focused element.
      setTimeout(function () {
        if (voor === "__search") {
          var invoer = $(".md-search__input");
          if (invoer) invoer.focus();
        } else {
          focusEerste(bijwerken());
        }
      }, 0);
    } else if (e.key === "Escape" && smal.matches && open("__drawer")) {
      zet("__drawer", false);
      var knop = $("label.md-header__button[for='__drawer']");
      if (knop) knop.focus();
    }
  });

  // Tabbing out of search closes it, or its overlay would cover what gets focus next.
  document.addEventListener("focusout", function (e) {
    var zoek = $(".md-search");
    if (zoek && zoek.contains(e.target) && e.relatedTarget && !zoek.contains(e.relatedTarget)) {
      zet("__search", false);
    }
  });

  document.addEventListener("change", function (e) {
    if (e.target.matches && e.target.matches("input.md-toggle, input.md-nav__toggle")) bijwerken();
  });
  smal.addEventListener("change", bijwerken);
  zoekSmal.addEventListener("change", bijwerken);
  bijwerken();
})();

/* Print and the page for schools.
 * - Every link in the page's text gets its full address in data-ww-adres; the print stylesheet
 *   writes it after the link (paper cannot be clicked). Links whose text is the address already,
 *   in-page anchors, and phone and e-mail links (their text is the number or address) are left out.
 * - Each text block to paste into a schoolgids (.ww-kopieer) gets a copy button; its words come from
 *   the block's data attributes, in the page's language. Without JavaScript the text can still be
 *   selected and copied by hand. */
(function () {
  "use strict";
  document.querySelectorAll(".md-content a[href]").forEach(function (a) {
    var href = a.getAttribute("href");
    if (href.charAt(0) === "#" || !/^https?:$/.test(a.protocol) || a.textContent.trim() === a.href) return;
    a.setAttribute("data-ww-adres", a.href);
  });

  function kopieer(tekst) {
    if (navigator.clipboard && window.isSecureContext) return navigator.clipboard.writeText(tekst);
    return new Promise(function (gelukt, mislukt) {
      var veld = document.createElement("textarea");
      veld.value = tekst;
      veld.setAttribute("readonly", "");
      veld.style.position = "fixed";
      veld.style.opacity = "0";
      document.body.appendChild(veld);
      veld.select();
      var ok = document.execCommand("copy");
      veld.remove();
      (ok ? gelukt : mislukt)();
    });
  }

  document.querySelectorAll(".ww-kopieer").forEach(function (blok) {
    var knop = document.createElement("button");
    knop.type = "button";
    knop.className = "md-button ww-kopieer__knop";
    knop.textContent = blok.dataset.kopieer;
    var status = document.createElement("p");
    status.className = "ww-kopieer__status";
    status.setAttribute("role", "status");
    blok.after(knop, status);
    knop.addEventListener("click", function () {
      kopieer(blok.innerText.trim()).then(function () {
        status.textContent = blok.dataset.gekopieerd;
      }, function () {
        status.textContent = blok.dataset.nietGekopieerd;
      });
    });
  });
})();

/* "Snel weg" (partials/ww-snelweg.html): one tap, or Esc when no menu or search is open, hides the
 * page at once and replaces it by an ordinary site with location.replace, so the back button does
 * not lead back to it. (A browser lets no page remove the earlier pages of the history.)
 * Without JavaScript the button is a plain link to that site. */
(function () {
  "use strict";
  var knop = document.querySelector("a[data-ww-snelweg]");
  if (!knop) return;
  function weg(e) {
    if (e) e.preventDefault();
    document.documentElement.style.visibility = "hidden";
    document.title = "";
    window.location.replace(knop.href);
  }
  knop.addEventListener("click", weg);
  // In the capture phase: before the menu's and Material's own Escape handlers have closed what was open.
  document.addEventListener("keydown", function (e) {
    if (e.key !== "Escape" || e.defaultPrevented) return;
    var open = ["__drawer", "__search"].some(function (id) {
      var el = document.getElementById(id);
      return el && el.checked;
    });
    if (!open) weg(e);
  }, true);
})();

/* The doorklik's "previous question" links to the question before on the shortest route. Where a
 * question can be reached from more than one question, it leads back to the one the reader came
 * from (data-ww-vorige lists every question before this one). */
(function () {
  "use strict";
  var vorige = document.querySelector("a.ww-vorige[data-ww-vorige]");
  if (!vorige || !document.referrer) return;
  var kwam = document.referrer.split("#")[0].split("?")[0];
  vorige.getAttribute("data-ww-vorige").split(" ").forEach(function (pad) {
    if (new URL(pad, window.location.href).href === kwam) vorige.href = kwam;
  });
})();

/* Material's search listens for key presses only: a pasted or dictated query, or the text an input
 * method (Arabic, Ukrainian) commits, gave no answer until the next key. Every change of the field
 * is passed on as a key press. */
(function () {
  "use strict";
  var veld = document.querySelector(".md-search__input");
  if (!veld) return;
  veld.addEventListener("input", function (e) {
    if (!e.isComposing) veld.dispatchEvent(new KeyboardEvent("keyup", { bubbles: true }));
  });
  veld.addEventListener("compositionend", function () {
    veld.dispatchEvent(new KeyboardEvent("keyup", { bubbles: true }));
  });
})();

/* "Lees voor" (partials/ww-voorlezen.html): the page read aloud by the browser's own speech, with a
 * voice for the page's language. The button shows only when the browser has such a voice. */
(function () {
  "use strict";
  var knop = document.querySelector("button[data-ww-voorlezen]");
  var spraak = window.speechSynthesis;
  if (!knop || !spraak || !window.SpeechSynthesisUtterance) return;
  var taal = (document.documentElement.lang || "nl").toLowerCase();
  var lees = knop.textContent;
  var stem = null;

  function zoekStem() {
    stem = spraak.getVoices().filter(function (v) {
      return (v.lang || "").toLowerCase().replace("_", "-").split("-")[0] === taal;
    })[0] || null;
    knop.hidden = !stem;
  }

  function tekst() {
    var pagina = document.querySelector(".ww-pagina");
    var kopie = pagina.cloneNode(true);
    kopie.querySelectorAll(".ww-snelweg, .ww-snelweg__uitleg, .ww-voorlezen, .ww-vertaalmelding, .ww-plakcontact, " +
                           "svg, .twemoji").forEach(function (el) { el.remove(); });
    return kopie.textContent.replace(/\s+/g, " ").trim();
  }

  knop.addEventListener("click", function () {
    if (spraak.speaking) {
      spraak.cancel();
      return;
    }
    var uiting = new SpeechSynthesisUtterance(tekst());
    uiting.lang = stem.lang;
    uiting.voice = stem;
    uiting.onend = uiting.onerror = function () { knop.textContent = lees; };
    knop.textContent = knop.getAttribute("data-stop");
    spraak.speak(uiting);
  });
  zoekStem();
  if (spraak.addEventListener) spraak.addEventListener("voiceschanged", zoekStem);
})();
