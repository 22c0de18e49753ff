/* Keyboard access for Material's menu and search on small screens.
 *
 * Material opens its drawer and search with <label for="__drawer|__search">, which a
 * keyboard cannot press, and leaves the closed drawer's links focusable while they are
 * off screen. Here: Enter and Space press such a label (header.html gives it role=button),
 * Escape closes the drawer, and closed panels are inert so Tab skips what cannot be seen.
 */
(function () {
  "use strict";
  var smal = window.matchMedia("(max-width: 76.2344em)");     // the menu lives in the drawer
  var zoekSmal = window.matchMedia("(max-width: 59.984em)");  // search is a full-screen panel

  function schakelaar(id) { return document.getElementById(id); }

  function zet(id, aan) {
    var el = schakelaar(id);
    if (el && el.checked !== aan) {
      el.checked = aan;
      el.dispatchEvent(new Event("change"));
    }
  }

  function bijwerken() {
    var drawer = schakelaar("__drawer");
    var search = schakelaar("__search");
    var nav = document.querySelector(".md-sidebar--primary");
    if (nav && drawer) nav.inert = smal.matches && !drawer.checked;
    var zoek = document.querySelector(".md-search");
    if (zoek && search) zoek.inert = zoekSmal.matches && !search.checked;
    var uitvoer = document.querySelector(".md-search__output");
    if (uitvoer && search) uitvoer.inert = !search.checked;
  }

  document.addEventListener("keydown", function (e) {
    var doel = e.target;
    if ((e.key === "Enter" || e.key === " ") && doel.matches && doel.matches("label[role=button]")) {
      e.preventDefault();
      doel.click();
      var paneel = doel.getAttribute("for") === "__drawer" ? ".md-sidebar--primary" : null;
      if (paneel) {
        bijwerken();
        var eerste = document.querySelector(paneel + " a[href], " + paneel + " label[tabindex='0']");
        if (eerste) eerste.focus();
      }
    } else if (e.key === "Escape" && schakelaar("__drawer") && schakelaar("__drawer").checked) {
      zet("__drawer", false);
      var knop = document.querySelector("label[for='__drawer'][role=button]");
      if (knop) knop.focus();
    }
  });

  ["__drawer", "__search"].forEach(function (id) {
    var el = schakelaar(id);
    if (el) el.addEventListener("change", bijwerken);
  });
  smal.addEventListener("change", bijwerken);
  zoekSmal.addEventListener("change", bijwerken);
  bijwerken();
})();
