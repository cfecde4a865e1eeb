// Runs in <head> before the page paints: applies the theme the visitor chose (the toggle stores it),
// otherwise the stylesheet follows prefers-color-scheme. Also marks that JavaScript runs.
(function () {
  'use strict';
  var root = document.documentElement;
  root.classList.add('js');
  try {
    var theme = window.localStorage.getItem('portpath-theme');
    if (theme === 'light' || theme === 'dark') {
      root.setAttribute('data-theme', theme);
    }
  } catch (e) {
    // storage can be blocked; the system preference still applies
  }
})();
