/* Posters and the flyer: the "print" button only exists where JavaScript can press it. */
(function () {
  "use strict";
  var knop = document.querySelector(".ww-printknop");
  if (!knop) return;
  knop.hidden = false;
  knop.addEventListener("click", function () { window.print(); });
})();
