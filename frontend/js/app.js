// Site-wide progressive enhancement: the light/dark toggle and copy buttons. Pages work without it.
(function () {
  'use strict';
  var root = document.documentElement;
  var dark = window.matchMedia ? window.matchMedia('(prefers-color-scheme: dark)') : null;

  function effectiveTheme() {
    var chosen = root.getAttribute('data-theme');
    if (chosen === 'light' || chosen === 'dark') {
      return chosen;
    }
    return dark && dark.matches ? 'dark' : 'light';
  }

  function showTheme(button) {
    var isDark = effectiveTheme() === 'dark';
    button.setAttribute('aria-pressed', String(isDark));
    button.title = isDark ? 'Light theme' : 'Dark theme';
    button.querySelector('[aria-hidden]').textContent = isDark ? '☀' : '☾';
    button.querySelector('.visually-hidden').textContent = 'Dark theme';
  }

  function setUpThemeToggle() {
    var button = document.getElementById('theme-toggle');
    if (!button) {
      return;
    }
    button.hidden = false;
    showTheme(button);
    button.addEventListener('click', function () {
      var next = effectiveTheme() === 'dark' ? 'light' : 'dark';
      root.setAttribute('data-theme', next);
      try {
        window.localStorage.setItem('portpath-theme', next);
      } catch (e) {
        // not remembered, still applied
      }
      showTheme(button);
    });
    if (dark && dark.addEventListener) {
      dark.addEventListener('change', function () { showTheme(button); });
    }
  }

  function copyText(text) {
    if (navigator.clipboard && window.isSecureContext) {
      return navigator.clipboard.writeText(text);
    }
    var field = document.createElement('textarea');
    field.value = text;
    field.setAttribute('readonly', '');
    field.className = 'offscreen';
    document.body.appendChild(field);
    field.select();
    var ok = document.execCommand('copy');
    document.body.removeChild(field);
    return ok ? Promise.resolve() : Promise.reject(new Error('copy refused'));
  }

  // Copy buttons come and go with htmx swaps: reveal them whenever content settles, handle clicks once.
  function revealCopyButtons(scope) {
    scope.querySelectorAll('[data-copy]').forEach(function (b) { b.hidden = false; });
    scope.querySelectorAll('.js-only').forEach(function (e) { e.hidden = false; });
  }

  document.addEventListener('click', function (event) {
    var button = event.target.closest ? event.target.closest('[data-copy]') : null;
    if (!button) {
      return;
    }
    var link = document.getElementById(button.getAttribute('data-copy'));
    if (!link) {
      return;
    }
    var status = button.parentNode.querySelector('.copied');
    copyText(new URL(link.getAttribute('href'), window.location.href).href).then(function () {
      if (status) {
        status.textContent = 'Copied';
      }
    }, function () {
      if (status) {
        status.textContent = 'Copy failed: right-click the link and copy it';
      }
    });
  });

  document.addEventListener('DOMContentLoaded', function () {
    setUpThemeToggle();
    revealCopyButtons(document);
  });
  document.addEventListener('htmx:afterSettle', function (event) {
    revealCopyButtons(event.target || document);
  });
})();
