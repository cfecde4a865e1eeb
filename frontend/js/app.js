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

  /**
   * A CodeMirror YAML editor over a form's textarea, the same everywhere: two-space indent, Tab
   * indents (Esc then Tab moves focus on, so the editor is no keyboard trap), Ctrl/Cmd+Enter submits,
   * and clicking its label focuses it. extraOptions are merged into CodeMirror's options.
   */
  window.portpathYamlEditor = function (textarea, label, extraOptions) {
    var CodeMirror = window.CodeMirror;
    var form = textarea.form;
    var escaped = false;
    function indentOrLeave(less) {
      return function (cm) {
        if (escaped) {
          escaped = false;
          return CodeMirror.Pass;
        }
        if (less || cm.somethingSelected()) {
          cm.indentSelection(less ? 'subtract' : 'add');
        } else {
          cm.replaceSelection('  ', 'end');
        }
        return undefined;
      };
    }
    var options = {
      mode: 'yaml',
      lineNumbers: true,
      indentUnit: 2,
      tabSize: 2,
      indentWithTabs: false,
      gutters: ['pp-marks', 'CodeMirror-linenumbers'],
      screenReaderLabel: 'manifests.yaml',
      extraKeys: {
        'Tab': indentOrLeave(false),
        'Shift-Tab': indentOrLeave(true),
        'Esc': function () { escaped = true; },
        'Ctrl-Enter': function () { form.requestSubmit(); },
        'Cmd-Enter': function () { form.requestSubmit(); }
      }
    };
    Object.keys(extraOptions || {}).forEach(function (k) { options[k] = extraOptions[k]; });
    var cm = CodeMirror.fromTextArea(textarea, options);
    cm.on('keydown', function (instance, event) {
      if (event.key !== 'Escape' && event.key !== 'Tab') {
        escaped = false;
      }
    });
    if (label) {
      label.addEventListener('click', function (event) {
        event.preventDefault();
        cm.focus();
      });
    }
    addLineMarks(cm);
    return cm;
  };

  /**
   * The line marks every editor shares (the playground's and each fix item's):
   * cm.ppHighlight(line, reveal) lights one line (null clears it; reveal also moves the cursor there and
   * scrolls the editor into view) and answers whether the line exists; cm.ppMark(marks) replaces the gutter
   * marks with [{line, kind: 'fail' | 'error' | 'warning' | 'info', title}], a failing hop's mark winning
   * over a finding's on the same line.
   */
  function addLineMarks(cm) {
    var highlighted = null;
    var failing = [];

    function lineIndex(value) {
      var n = parseInt(value, 10) - 1;
      return isNaN(n) || n < 0 || n >= cm.lineCount() ? -1 : n;
    }

    cm.ppHighlight = function (value, reveal) {
      if (highlighted) {
        cm.removeLineClass(highlighted, 'background', 'pp-line-hl');
        highlighted = null;
      }
      var n = value == null ? -1 : lineIndex(value);
      if (n < 0) {
        return false;
      }
      highlighted = cm.addLineClass(n, 'background', 'pp-line-hl');
      cm.scrollIntoView({ line: n, ch: 0 }, Math.round(cm.getScrollInfo().clientHeight / 3));
      if (reveal) {
        cm.setCursor({ line: n, ch: 0 });
        var box = cm.getWrapperElement().getBoundingClientRect();
        if (box.top < 0 || box.bottom > window.innerHeight) {
          cm.getWrapperElement().scrollIntoView({ block: box.height > window.innerHeight ? 'start' : 'nearest' });
        }
      }
      return true;
    };

    cm.ppMark = function (marks) {
      cm.clearGutter('pp-marks');
      failing.forEach(function (handle) { cm.removeLineClass(handle, 'background', 'pp-line-fail'); });
      failing = [];
      marks.forEach(function (m) {
        var n = lineIndex(m.line);
        if (n < 0) {
          return;
        }
        var info = cm.lineInfo(n);
        if (info.gutterMarkers && info.gutterMarkers['pp-marks'] && m.kind !== 'fail') {
          return;
        }
        var el = document.createElement('span');
        el.className = 'pp-mark ' + m.kind;
        el.textContent = m.kind === 'fail' || m.kind === 'error' ? '✗' : m.kind === 'warning' ? '!' : 'i';
        el.title = m.title;
        cm.setGutterMarker(n, 'pp-marks', el);
        if (m.kind === 'fail') {
          failing.push(cm.addLineClass(n, 'background', 'pp-line-fail'));
        }
      });
    };
  }

  document.addEventListener('DOMContentLoaded', function () {
    setUpThemeToggle();
    revealCopyButtons(document);
  });
  document.addEventListener('htmx:afterSettle', function (event) {
    revealCopyButtons(event.target || document);
  });
})();
