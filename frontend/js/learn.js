// Lessons, quizzes and progress, over pages that work without it: progress kept in this browser's
// localStorage (lessons read, items answered right), drawn on the lesson list, the quizzes and /progress;
// CodeMirror editors for fix items; line links that light up the line they name.
(function () {
  'use strict';
  var KEY = 'portpath-progress';

  // ------------------------------------------------------------------ progress store

  function load() {
    var p = null;
    try {
      p = JSON.parse(window.localStorage.getItem(KEY) || 'null');
    } catch (e) {
      p = null; // blocked storage or a damaged value: start over
    }
    if (!p || typeof p !== 'object') {
      p = {};
    }
    if (!p.lessons || typeof p.lessons !== 'object') {
      p.lessons = {};
    }
    if (!p.items || typeof p.items !== 'object') {
      p.items = {};
    }
    return p;
  }

  function save(p) {
    try {
      window.localStorage.setItem(KEY, JSON.stringify(p));
    } catch (e) {
      // storage full or blocked: progress is simply not kept
    }
  }

  function markRead(lesson) {
    var p = load();
    if (!p.lessons[lesson]) {
      p.lessons[lesson] = { read: new Date().toISOString() };
      save(p);
    }
  }

  // Once right, an item stays right: trying other answers afterwards is exploring, not forgetting.
  function record(item, quiz, result) {
    var p = load();
    var before = p.items[item] || {};
    p.items[item] = { quiz: quiz, right: result === 'right' || before.right === true, last: result };
    save(p);
  }

  function ids(el) {
    return (el.getAttribute('data-items') || '').split(/\s+/).filter(Boolean);
  }

  function rightOf(list, p) {
    return list.filter(function (id) { return p.items[id] && p.items[id].right; }).length;
  }

  // ------------------------------------------------------------------ drawing progress

  function show(el, text) {
    if (el) {
      el.textContent = text;
      el.hidden = !text;
    }
  }

  function decorate() {
    var p = load();
    document.querySelectorAll('.lesson-card[data-lesson]').forEach(function (card) {
      show(card.querySelector('.read-tick'), p.lessons[card.getAttribute('data-lesson')] ? '✓ read' : '');
      var items = ids(card);
      var right = rightOf(items, p);
      show(card.querySelector('.items-right'), right ? '✓ ' + right + ' of ' + items.length + ' right' : '');
    });
    document.querySelectorAll('.quiz-card[data-quiz]').forEach(function (card) {
      var items = ids(card);
      var right = rightOf(items, p);
      show(card.querySelector('.items-right'), right ? '· ✓ ' + right + ' of ' + items.length + ' right' : '');
    });
    document.querySelectorAll('.quiz-item[data-item]').forEach(function (li) {
      var state = p.items[li.getAttribute('data-item')];
      show(li.querySelector('.item-result'), state && state.right ? '✓ answered right' : '');
    });
    drawProgressPage(p);
  }

  function drawProgressPage(p) {
    var page = document.getElementById('progress');
    if (!page) {
      return;
    }
    page.hidden = false;
    var rows = page.querySelectorAll('tr[data-lesson]');
    var read = 0;
    var right = 0;
    var total = 0;
    rows.forEach(function (row) {
      var isRead = !!p.lessons[row.getAttribute('data-lesson')];
      var items = ids(row);
      var r = rightOf(items, p);
      read += isRead ? 1 : 0;
      right += r;
      total += items.length;
      row.classList.toggle('is-read', isRead);
      row.querySelector('.read-cell').textContent = isRead ? '✓' : '–';
      var cell = row.querySelector('.items-right');
      if (cell) {
        cell.textContent = r + ' of ' + items.length;
        cell.classList.toggle('all-right', items.length > 0 && r === items.length);
      }
    });
    document.getElementById('progress-summary').textContent = read === 0 && right === 0
      ? 'Nothing yet: open a lesson, and it is marked read here.'
      : read + ' of ' + rows.length + ' lessons read · ' + right + ' of ' + total + ' quiz items right.';
  }

  document.addEventListener('click', function (event) {
    if (event.target.id !== 'progress-reset') {
      return;
    }
    try {
      window.localStorage.removeItem(KEY);
    } catch (e) {
      // nothing stored
    }
    decorate();
    var status = document.querySelector('.reset-status');
    if (status) {
      status.textContent = 'Progress cleared.';
    }
  });

  // ------------------------------------------------------------------ editors for fix items

  var editors = {};
  window.portpathEditors = editors; // for the browser tests and the curious

  function setUpEditor(textarea) {
    var CodeMirror = window.CodeMirror;
    var item = textarea.closest('.quiz-item');
    if (typeof CodeMirror === 'undefined' || !item || editors[item.getAttribute('data-item')]) {
      return;
    }
    var cm = window.portpathYamlEditor(textarea, item.querySelector('label.editor-label'),
      { viewportMargin: Infinity });
    cm.on('change', function () { cm.save(); });
    editors[item.getAttribute('data-item')] = cm;
  }

  // ------------------------------------------------------------------ feedback and line marks

  function applyFeedback(feedback) {
    var item = feedback.closest('.quiz-item');
    var result = feedback.getAttribute('data-result');
    if (result) {
      record(feedback.getAttribute('data-item'), feedback.getAttribute('data-quiz'), result);
    }
    if (!item) {
      return;
    }
    var lines = (feedback.getAttribute('data-marks') || '').split(/\s+/).filter(Boolean);
    var cm = editors[item.getAttribute('data-item')];
    if (cm) {
      cm.ppMark(lines.map(function (line) { return { line: line, kind: 'fail', title: 'the trace fails here' }; }));
    }
    item.querySelectorAll('.code-lines .line').forEach(function (line) {
      line.classList.toggle('fail', lines.indexOf(line.getAttribute('data-n')) >= 0);
    });
  }

  function applyAllFeedback() {
    document.querySelectorAll('.feedback[data-item]:not([data-seen])').forEach(function (feedback) {
      feedback.setAttribute('data-seen', '');
      applyFeedback(feedback);
    });
    decorate();
  }

  // A line link lights its line: in the item's editor for a fix, else in the code block it points at.
  var lit = null;

  function light(ref, reveal) {
    if (lit) {
      lit();
      lit = null;
    }
    var item = ref.closest('.quiz-item');
    var cm = item ? editors[item.getAttribute('data-item')] : null;
    if (cm) {
      if (!cm.ppHighlight(ref.getAttribute('data-line'), reveal)) {
        return false;
      }
      lit = function () { cm.ppHighlight(null); };
      return true;
    }
    var target = document.getElementById((ref.getAttribute('href') || '').replace(/^#/, ''));
    if (target) {
      target.classList.add('hl');
      lit = function () { target.classList.remove('hl'); };
    }
    return false;
  }

  function lineRef(event) {
    return event.target.closest ? event.target.closest('.line-ref') : null;
  }

  document.addEventListener('mouseover', function (event) {
    var ref = lineRef(event);
    if (ref) {
      light(ref, false);
    }
  });
  document.addEventListener('focusin', function (event) {
    var ref = lineRef(event);
    if (ref) {
      light(ref, false);
    }
  });
  document.addEventListener('click', function (event) {
    var ref = lineRef(event);
    if (ref && light(ref, true)) {
      event.preventDefault(); // the line is in the editor, not at the link's anchor
    }
  });

  // ------------------------------------------------------------------ start

  document.addEventListener('DOMContentLoaded', function () {
    var main = document.querySelector('main.lesson[data-lesson]');
    if (main) {
      markRead(main.getAttribute('data-lesson'));
    }
    document.querySelectorAll('textarea.yaml-answer').forEach(setUpEditor);
    applyAllFeedback();
  });
  document.addEventListener('htmx:afterSettle', applyAllFeedback);
  window.addEventListener('storage', function (event) {
    if (event.key === KEY || event.key === null) {
      decorate();
    }
  });
})();
