// Site-wide progressive enhancement: the light/dark toggle, copy buttons, the YAML editor, keyboard
// shortcuts ("?" lists them) and focus that survives htmx swaps. Pages work without it.
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
   * indents, Esc then Tab (or Shift-Tab) moves focus out of the editor, so it is no keyboard trap (WCAG
   * 2.1.2), Ctrl/Cmd+Enter submits, and clicking its label focuses it. The editable area is CodeMirror's
   * contenteditable one (a screen reader reads the whole text, and it lies inside the scrolling area, so
   * that area is reachable by keyboard), named by the label and described by the textarea's
   * aria-describedby. extraOptions are merged into CodeMirror's options.
   */
  window.portpathYamlEditor = function (textarea, label, extraOptions) {
    var CodeMirror = window.CodeMirror;
    var form = textarea.form;
    var escaped = false;
    function indent(less) {
      return function (cm) {
        if (less || cm.somethingSelected()) {
          cm.indentSelection(less ? 'subtract' : 'add');
        } else {
          cm.replaceSelection('  ', 'end');
        }
      };
    }
    var options = {
      mode: 'yaml',
      lineNumbers: true,
      indentUnit: 2,
      tabSize: 2,
      indentWithTabs: false,
      inputStyle: 'contenteditable',
      gutters: ['pp-marks', 'CodeMirror-linenumbers'],
      screenReaderLabel: label ? label.textContent.trim() : 'manifests.yaml',
      extraKeys: {
        'Tab': indent(false),
        'Shift-Tab': indent(true),
        'Ctrl-Enter': function () { form.requestSubmit(); },
        'Cmd-Enter': function () { form.requestSubmit(); }
      }
    };
    Object.keys(extraOptions || {}).forEach(function (k) { options[k] = extraOptions[k]; });
    var cm = CodeMirror.fromTextArea(textarea, options);
    // Esc arms the way out; the next Tab or Shift-Tab is left to the browser, which moves focus on (or
    // back). Any other key, or leaving the editor, disarms it. Modifier keys alone (the Shift of
    // Shift-Tab) do neither.
    cm.on('keydown', function (instance, event) {
      if (event.key === 'Escape') {
        escaped = true;
        cm.getWrapperElement().classList.add('pp-escaped');
        return;
      }
      if (event.key === 'Shift' || event.key === 'Control' || event.key === 'Alt' || event.key === 'Meta') {
        return;
      }
      if (event.key === 'Tab' && escaped && !event.ctrlKey && !event.altKey && !event.metaKey) {
        event.codemirrorIgnore = true; // CodeMirror leaves the key alone: the browser moves focus
      }
      escaped = false;
      cm.getWrapperElement().classList.remove('pp-escaped');
    });
    cm.on('blur', function () {
      escaped = false;
      cm.getWrapperElement().classList.remove('pp-escaped');
    });
    var input = cm.getInputField();
    input.setAttribute('role', 'textbox');
    input.setAttribute('aria-multiline', 'true');
    if (textarea.getAttribute('aria-describedby')) {
      input.setAttribute('aria-describedby', textarea.getAttribute('aria-describedby'));
    }
    if (label) {
      if (!label.id) {
        label.id = (textarea.id || 'editor') + '-label';
      }
      input.removeAttribute('aria-label');
      input.setAttribute('aria-labelledby', label.id);
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

  // ------------------------------------------------------------------ keyboard shortcuts

  // Single-key shortcuts act only when focus is not in a field or an editor, and can be turned off in their
  // list (WCAG 2.1.4); "?" opens the list.
  var SHORTCUTS_OFF = 'portpath-shortcuts-off';

  function shortcutsOff() {
    try {
      return window.localStorage.getItem(SHORTCUTS_OFF) === '1';
    } catch (e) {
      return false;
    }
  }

  function typingIn(target) {
    return !!(target && target.closest
      && target.closest('input, textarea, select, [contenteditable="true"], [contenteditable=""], .CodeMirror'));
  }

  var keysOpener = null;

  function openKeys() {
    var dialog = document.getElementById('keys-dialog');
    if (!dialog || dialog.open) {
      return;
    }
    keysOpener = document.activeElement;
    var off = document.getElementById('keys-off');
    if (off) {
      off.checked = shortcutsOff();
    }
    dialog.showModal();
  }

  function visible(el) {
    var box = el.getBoundingClientRect();
    return box.bottom > 0 && box.top < window.innerHeight;
  }

  // The editor of the item (or form) focus is in, else the first one in view, else the first on the page.
  function focusEditor() {
    if (window.portpathEditor) {
      window.portpathEditor.focus();
      window.portpathEditor.getWrapperElement().scrollIntoView({ block: 'nearest' });
      return true;
    }
    var all = Array.prototype.slice.call(document.querySelectorAll('textarea.yaml-answer'));
    if (all.length === 0) {
      return false;
    }
    var active = document.activeElement;
    var scope = active && active.closest ? active.closest('.quiz-item, form') : null;
    var textarea = (scope && scope.querySelector('textarea.yaml-answer'))
      || all.filter(function (t) { return visible(t.nextElementSibling && t.nextElementSibling.classList.contains('CodeMirror') ? t.nextElementSibling : t); })[0]
      || all[0];
    var cm = window.portpathEditorFor ? window.portpathEditorFor(textarea) : null;
    if (cm) {
      cm.focus();
      cm.getWrapperElement().scrollIntoView({ block: 'nearest' });
    } else {
      textarea.focus();
    }
    return true;
  }

  // Trace (the playground) or Check (the item or exercise focus is in, else the only one on the page).
  function traceOrCheck() {
    var button = document.getElementById('trace-button');
    if (!button) {
      var active = document.activeElement;
      var scope = active && active.closest ? active.closest('.quiz-item, .practice-page') : null;
      var forms = document.querySelectorAll('form.answer');
      var form = scope ? scope.querySelector('form.answer') : forms.length === 1 ? forms[0] : null;
      button = form ? form.querySelector('button[type="submit"]') : null;
    }
    if (button) {
      button.click();
      return true;
    }
    return false;
  }

  function follow(rel) {
    var link = document.querySelector('main a[rel="' + rel + '"]');
    if (link) {
      window.location.href = link.href;
      return true;
    }
    return false;
  }

  document.addEventListener('keydown', function (event) {
    if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || typingIn(event.target)) {
      return;
    }
    var dialog = document.getElementById('keys-dialog');
    if (dialog && dialog.open) {
      return;
    }
    if (event.key === '?') {
      if (!shortcutsOff()) {
        event.preventDefault();
        openKeys();
      }
      return;
    }
    if (shortcutsOff()) {
      return;
    }
    var done = event.key === 'e' ? focusEditor()
      : event.key === 't' ? traceOrCheck()
        : event.key === 'n' ? follow('next')
          : event.key === 'p' ? follow('prev') : false;
    if (done) {
      event.preventDefault();
    }
  });

  document.addEventListener('click', function (event) {
    if (event.target.closest && event.target.closest('[data-open-keys]')) {
      openKeys();
    }
  });

  function setUpKeysDialog() {
    var dialog = document.getElementById('keys-dialog');
    if (!dialog) {
      return;
    }
    var off = document.getElementById('keys-off');
    if (off) {
      off.addEventListener('change', function () {
        try {
          if (off.checked) {
            window.localStorage.setItem(SHORTCUTS_OFF, '1');
          } else {
            window.localStorage.removeItem(SHORTCUTS_OFF);
          }
        } catch (e) {
          // not remembered
        }
      });
    }
    dialog.addEventListener('close', function () {
      if (keysOpener && keysOpener.focus && document.contains(keysOpener)) {
        keysOpener.focus();
      }
      keysOpener = null;
    });
  }

  // ------------------------------------------------------------------ focus across htmx swaps

  // When an answer replaces the part of the page that held focus (a "Show the answer" button, a route-map
  // button), focus moves to the new content's heading instead of falling to the page.
  var focusWasIn = null;
  document.addEventListener('htmx:beforeSwap', function (event) {
    var target = event.detail && event.detail.target;
    var active = document.activeElement;
    focusWasIn = target && target.id && active && active !== document.body && target.contains(active) ? target.id : null;
  });
  document.addEventListener('htmx:afterSettle', function () {
    var id = focusWasIn;
    focusWasIn = null;
    var active = document.activeElement;
    if (!id || (active && active !== document.body && document.contains(active))) {
      return;
    }
    var swapped = document.getElementById(id);
    if (!swapped) {
      return;
    }
    var heading = swapped.querySelector('[data-focus-here], h2, h3, .verdict') || swapped;
    if (!heading.hasAttribute('tabindex')) {
      heading.setAttribute('tabindex', '-1');
    }
    heading.focus();
  });

  document.addEventListener('DOMContentLoaded', function () {
    setUpThemeToggle();
    setUpKeysDialog();
    revealCopyButtons(document);
  });
  document.addEventListener('htmx:afterSettle', function (event) {
    revealCopyButtons(event.target || document);
  });
})();
