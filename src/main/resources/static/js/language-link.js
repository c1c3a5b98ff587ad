/*
 * The language link (fragments/layout.html) opens the same page in the other language. Sections keep their
 * anchors in every language, so when the reader is at a section (#get-help-now), the link takes them to the same
 * section there. Without this script the link still works: it opens the top of the page.
 */
(function () {
  'use strict';
  var links = document.querySelectorAll('a[data-keep-section]');
  for (var i = 0; i < links.length; i++) {
    links[i].addEventListener('click', function () {
      if (window.location.hash.length > 1) {
        this.href = this.href.split('#')[0] + window.location.hash;
      }
    });
  }
})();
