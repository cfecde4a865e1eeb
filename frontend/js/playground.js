// The playground's enhancements over the plain form: a CodeMirror editor (YAML, line numbers) that
// traces as you type through htmx, line references that light up and scroll to their line, gutter marks
// for the lines failing hops and findings name, and route-map buttons that load a request into the form.
// Also: the request fields follow what the server traced (the select, the heading and the next request
// agree), the draft survives a reload (localStorage), a YAML error keeps the last trace greyed, the live
// region says each answer in one line, focus never falls to the body, and Ctrl/Cmd+Enter traces. (The
// editor itself, with its contenteditable input inside the scroll area, is app.js's.)
(function () {
  'use strict';
  var form = document.getElementById('play');
  var textarea = document.getElementById('manifests');
  if (!form || !textarea || typeof window.CodeMirror === 'undefined') {
    return;
  }
  var cm = window.portpathYamlEditor(textarea, document.querySelector('label[for="manifests"]'),
    { lineWrapping: false });
  window.portpathEditor = cm; // for the browser tests and the curious
  // Keep the form's textarea current and let htmx's debounced "input" trigger see the edit.
  cm.on('change', function () {
    cm.save();
    textarea.dispatchEvent(new Event('input', { bubbles: true }));
  });

  function highlight(value, reveal) {
    cm.ppHighlight(value, reveal);
  }

  function refLine(target) {
    if (!target.closest) {
      return null;
    }
    var ref = target.closest('.line-ref');
    if (ref) {
      return ref.getAttribute('data-line');
    }
    var item = target.closest('.hop, .finding');
    var first = item ? item.querySelector('.line-ref') : null;
    return first ? first.getAttribute('data-line') : null;
  }

  document.addEventListener('mouseover', function (event) {
    var line = refLine(event.target);
    if (line) {
      highlight(line, false);
    }
  });
  document.addEventListener('focusin', function (event) {
    var line = refLine(event.target);
    if (line) {
      highlight(line, false);
    }
  });
  // Clicking a line reference, or anywhere on a hop or finding that is not a link or button, shows its line.
  document.addEventListener('click', function (event) {
    if (!event.target.closest) {
      return;
    }
    var ref = event.target.closest('.line-ref');
    if (ref) {
      event.preventDefault();
      highlight(ref.getAttribute('data-line'), true);
    } else if (!event.target.closest('a, button') && event.target.closest('#result .hop, #result .finding')) {
      var line = refLine(event.target);
      if (line) {
        highlight(line, true);
      }
    }
  });

  // Gutter marks: failing hops and parse errors (data-marks), then check findings by severity.
  function syncMarks() {
    var marks = [];
    var result = document.getElementById('result');
    if (result) {
      (result.getAttribute('data-marks') || '').split(/\s+/).forEach(function (line) {
        if (line) {
          marks.push({ line: line, kind: 'fail', title: 'the trace fails here' });
        }
      });
      result.querySelectorAll('.finding').forEach(function (item) {
        var ref = item.querySelector('.line-ref');
        var kind = item.classList.contains('error') ? 'error' : item.classList.contains('warning') ? 'warning' : 'info';
        var code = item.querySelector('.code');
        if (ref) {
          marks.push({ line: ref.getAttribute('data-line'), kind: kind, title: kind + (code ? ': ' + code.textContent : '') });
        }
      });
    }
    cm.ppMark(marks);
  }

  // FROM: typing wins over the list, so choosing from the list clears what was typed.
  var from = document.getElementById('from');
  var fromOther = document.getElementById('fromOther');
  var to = document.getElementById('to');
  from.addEventListener('change', function () { fromOther.value = ''; });

  // A route-map button loads its request into the form before the form submits it.
  document.addEventListener('click', function (event) {
    var pick = event.target.closest ? event.target.closest('.pick') : null;
    if (!pick) {
      return;
    }
    var value = pick.getAttribute('data-from');
    var listed = Array.prototype.some.call(from.options, function (o) { return o.value === value; });
    if (listed) {
      from.value = value;
      fromOther.value = '';
    } else {
      fromOther.value = value;
    }
    to.value = pick.getAttribute('data-to');
  });

  // Open or closed explain sections stay so while the result is replaced under them.
  var closed = {};
  document.addEventListener('toggle', function (event) {
    var d = event.target;
    if (d.id && d.closest && d.closest('#result')) {
      closed[d.id] = !d.open;
    }
  }, true);

  function restoreSections() {
    Object.keys(closed).forEach(function (id) {
      var d = document.getElementById(id);
      if (d && closed[id]) {
        d.open = false;
      }
    });
  }

  // The request the server traced is the request: it may have followed a paste to another target, and
  // Chromium keeps a select's old choice when its options are swapped, so set the fields from the answer.
  // A field the user is typing in is left alone, unless the server replaced the request.
  function syncRequest(result) {
    var f = result.getAttribute('data-from');
    var t = result.getAttribute('data-to');
    var followed = result.getAttribute('data-followed') === 'true';
    if (f) {
      var listed = Array.prototype.some.call(from.options, function (o) { return o.value === f; });
      if (listed) {
        from.value = f;
        if (followed || document.activeElement !== fromOther) {
          fromOther.value = '';
        }
      } else if (followed || document.activeElement !== fromOther) {
        fromOther.value = f;
      }
    }
    if (t !== null && (followed || document.activeElement !== to)) {
      to.value = t;
    }
  }

  // The live region (outside the result, so it is never replaced) says each answer in one line.
  var announce = document.getElementById('announce');
  var announceTimer = null;
  function say(result) {
    if (!announce) {
      return;
    }
    var text = result.getAttribute('data-summary') || '';
    announce.textContent = '';
    window.clearTimeout(announceTimer);
    announceTimer = window.setTimeout(function () { announce.textContent = text; }, 60);
  }

  // A YAML error while typing keeps the last good trace on screen, greyed and inert, under the error.
  var lastTrace = null;
  function keepLastTrace(result) {
    var state = result.getAttribute('data-state');
    var trace = result.querySelector('section.trace');
    if (state === 'trace' && trace) {
      lastTrace = trace.cloneNode(true);
      return;
    }
    if (state !== 'yaml-error') {
      return;
    }
    var problem = result.querySelector('.problem');
    if (problem) {
      var cursor = cm.getCursor().line + 1;
      var where = document.createElement('p');
      where.className = 'help cursor-line';
      where.textContent = 'You are on line ' + cursor + '.';
      problem.appendChild(where);
    }
    if (!lastTrace || !problem) {
      return;
    }
    var stale = lastTrace.cloneNode(true);
    stale.classList.add('stale');
    stale.setAttribute('inert', '');
    stale.removeAttribute('aria-labelledby');
    stale.setAttribute('aria-label', 'Last trace that could be read');
    stale.querySelectorAll('[id]').forEach(function (el) { el.removeAttribute('id'); });
    var help = problem.querySelector('.stale-help');
    if (help) {
      help.hidden = false;
    }
    problem.insertAdjacentElement('afterend', stale);
  }

  // Focus: a route-map button or a chip lives in the result it replaces, so focus would fall to the body;
  // it moves to the new result's heading instead. A control outside the result (Trace, the editor) keeps it.
  var refocus = false;
  document.body.addEventListener('htmx:beforeSwap', function (event) {
    var result = document.getElementById('result');
    var active = document.activeElement;
    refocus = !!(result && active && active !== document.body && result.contains(active) &&
      event.detail && event.detail.target === result);
  });
  function restoreFocus(result) {
    if (!refocus) {
      return;
    }
    refocus = false;
    var heading = result.querySelector('#trace-title') || result.querySelector('.result-heading');
    if (heading) {
      heading.focus({ preventScroll: false });
    }
  }

  // The draft: the editor and the request, kept in this browser so a reload brings them back. A link that
  // names what to open (an example, a share link) wins; the next edit then becomes the draft.
  var DRAFT = 'portpath-playground-draft';
  var fields = ['from', 'fromOther', 'to', 'method', 'headers', 'sni', 'base', 'kubernetesVersion'];
  var saveTimer = null;
  var unsaved = false;
  function writeDraft() {
    window.clearTimeout(saveTimer);
    if (!unsaved) {
      return;
    }
    unsaved = false;
    var draft = { manifests: cm.getValue() };
    fields.forEach(function (id) {
      var el = document.getElementById(id);
      if (el) {
        draft[id] = el.value;
      }
    });
    try {
      window.localStorage.setItem(DRAFT, JSON.stringify(draft));
    } catch (e) {
      // storage full or refused: the share link still carries the work
    }
  }
  function saveDraft() {
    unsaved = true;
    window.clearTimeout(saveTimer);
    saveTimer = window.setTimeout(writeDraft, 250);
  }
  // leaving the page within the debounce still keeps the last edit
  window.addEventListener('pagehide', writeDraft);
  function restoreDraft() {
    if (window.location.search) {
      return;
    }
    var draft = null;
    try {
      draft = JSON.parse(window.localStorage.getItem(DRAFT) || 'null');
    } catch (e) {
      draft = null;
    }
    if (!draft || typeof draft.manifests !== 'string') {
      return;
    }
    var same = draft.manifests === cm.getValue() && fields.every(function (id) {
      var el = document.getElementById(id);
      return !el || draft[id] === undefined || el.value === draft[id];
    });
    if (same) {
      return;
    }
    fields.forEach(function (id) {
      var el = document.getElementById(id);
      if (el && typeof draft[id] === 'string') {
        el.value = draft[id];
      }
    });
    ['http-details', 'compare'].forEach(function (id) {
      var d = document.getElementById(id);
      if (d && d.querySelector('textarea, input[type=text]') && (draft.headers || draft.sni || draft.method) && id === 'http-details') {
        d.open = true;
      }
      if (d && id === 'compare' && draft.base) {
        d.open = true;
      }
    });
    var seen = document.getElementById('seen');
    if (seen) {
      seen.value = ''; // the drafted request is what the user had: trace it as it is
    }
    restoring = true;
    cm.setValue(draft.manifests);
    restoring = false;
    form.requestSubmit();
  }
  var restoring = false;
  cm.on('change', function () {
    if (!restoring) {
      saveDraft();
    }
  });
  form.addEventListener('input', function (event) {
    if (event.target !== textarea) {
      saveDraft();
    }
  });
  form.addEventListener('change', saveDraft);

  // A list choice (FROM, method, release) traces too: not every browser or driver sends "input" for a
  // select, so its "change" is passed on as one (htmx's delay folds the two into one request).
  form.addEventListener('change', function (event) {
    if (event.target && event.target.tagName === 'SELECT') {
      event.target.dispatchEvent(new Event('input', { bubbles: true }));
    }
  });

  // The compare editor takes room from the main one on wide screens: CodeMirror measures again.
  var compare = document.getElementById('compare');
  if (compare) {
    compare.addEventListener('toggle', function () { cm.refresh(); });
  }

  // Ctrl/Cmd+Enter traces from anywhere in the form (the editor handles it itself).
  form.addEventListener('keydown', function (event) {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey) && !event.defaultPrevented) {
      event.preventDefault();
      form.requestSubmit(document.getElementById('trace-button'));
    }
  });

  // The outcome chip: on a narrow screen, while the outcome is off screen, a chip at the bottom says it.
  var chip = document.getElementById('outcome-chip');
  var outcomeVisible = false;
  var watcher = 'IntersectionObserver' in window ? new IntersectionObserver(function (entries) {
    outcomeVisible = entries.some(function (e) { return e.isIntersecting; });
    showChip();
  }) : null;
  var chipOutcome = '';
  function showChip() {
    if (chip) {
      chip.hidden = !chipOutcome || outcomeVisible;
    }
  }
  function syncChip(result) {
    if (!chip) {
      return;
    }
    chipOutcome = result.getAttribute('data-outcome') || '';
    var delivered = result.getAttribute('data-delivered') === 'true';
    chip.className = 'outcome-chip ' + (delivered ? 'ok' : 'fail');
    chip.textContent = (delivered ? '✓ ' : '✗ ') + chipOutcome + ' ↓';
    chip.setAttribute('aria-label', 'Outcome ' + chipOutcome + ': go to the trace');
    if (watcher) {
      watcher.disconnect();
      var outcome = result.querySelector('section.trace:not(.stale) .outcome');
      outcomeVisible = false;
      if (outcome) {
        watcher.observe(outcome);
      }
    }
    showChip();
  }

  // afterSettle also fires for the out-of-band swaps of one answer: each new result is taken in once.
  document.body.addEventListener('htmx:afterSettle', function () {
    var result = document.getElementById('result');
    if (!result) {
      return;
    }
    restoreSections();
    syncMarks();
    if (result.hasAttribute('data-taken')) {
      return;
    }
    result.setAttribute('data-taken', '');
    syncRequest(result);
    keepLastTrace(result);
    syncChip(result);
    say(result);
    restoreFocus(result);
  });
  syncMarks();
  var first = document.getElementById('result');
  if (first) {
    first.setAttribute('data-taken', '');
    keepLastTrace(first);
    syncChip(first);
  }
  restoreDraft();
})();
