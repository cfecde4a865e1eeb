// Lessons, quizzes, practice and progress, over pages that work without it: progress kept in this browser's
// localStorage (lessons read, items answered right, practice solved), drawn on the lesson list, the quizzes
// and /progress; "Continue: lesson N"; a lesson counts as read when its end is reached or its quiz tried;
// practice links carry the level the learner's record suggests; CodeMirror editors for fix items and
// practice, each built when it scrolls into view or gets focus; an answer's one-line summary in its item's
// live region; line links that light up the line they name.
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
    if (!p.practice || typeof p.practice !== 'object') {
      p.practice = {};
    }
    if (!p.practice.solved || typeof p.practice.solved !== 'object') {
      p.practice.solved = {};
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

  // A lesson opened is "visited" (Continue comes back to it); it is "read" once its end is reached or its
  // quiz tried.
  function markVisited(lesson) {
    var p = load();
    p.last = lesson;
    save(p);
  }

  function markRead(lesson) {
    if (!lesson) {
      return;
    }
    var p = load();
    if (!p.lessons[lesson]) {
      p.lessons[lesson] = { read: new Date().toISOString() };
      save(p);
    }
  }

  // Once right, an item stays right: trying other answers afterwards is exploring, not forgetting. A
  // revealed answer is not a right one.
  function record(item, quiz, result) {
    var p = load();
    var before = p.items[item] || {};
    p.items[item] = { quiz: quiz, right: result === 'right' || before.right === true, last: result };
    save(p);
  }

  // Practice: each exercise (seed and level) counts once, when solved.
  function recordPractice(seed, level, result) {
    var p = load();
    var key = seed + '/' + level;
    p.practice.tried = (p.practice.tried || 0) + (result ? 1 : 0);
    if (result === 'solved' && !p.practice.solved[key]) {
      p.practice.solved[key] = Number(level);
    }
    save(p);
  }

  function solvedAt(p, level) {
    return Object.keys(p.practice.solved).filter(function (k) { return p.practice.solved[k] === level; }).length;
  }

  // Difficulty grows with the record: three solved at level 1 suggest level 2, three at level 2 suggest 3.
  function suggestedLevel(p) {
    if (solvedAt(p, 2) + solvedAt(p, 3) >= 3) {
      return 3;
    }
    return solvedAt(p, 1) + solvedAt(p, 2) + solvedAt(p, 3) >= 3 ? 2 : 1;
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

  // A ✓ that a screen reader does not read as "check mark": the symbol is hidden from it, the words are not.
  function tick(el, words) {
    if (!el) {
      return;
    }
    el.textContent = '';
    el.hidden = !words;
    if (words) {
      var mark = document.createElement('span');
      mark.setAttribute('aria-hidden', 'true');
      mark.textContent = '✓ ';
      el.appendChild(mark);
      el.appendChild(document.createTextNode(words));
    }
  }

  function decorate() {
    var p = load();
    document.querySelectorAll('.lesson-card[data-lesson]').forEach(function (card) {
      tick(card.querySelector('.read-tick'), p.lessons[card.getAttribute('data-lesson')] ? 'read' : '');
      var items = ids(card);
      var right = rightOf(items, p);
      tick(card.querySelector('.items-right'), right ? right + ' of ' + items.length + ' right' : '');
    });
    document.querySelectorAll('.quiz-card[data-quiz]').forEach(function (card) {
      var items = ids(card);
      var right = rightOf(items, p);
      tick(card.querySelector('.items-right'), right ? right + ' of ' + items.length + ' right' : '');
    });
    document.querySelectorAll('.quiz-item[data-item]').forEach(function (li) {
      var state = p.items[li.getAttribute('data-item')];
      tick(li.querySelector('.item-result'), state && state.right ? 'answered right' : '');
    });
    drawContinue(p);
    drawPracticeLinks(p);
    drawProgressPage(p);
  }

  // "Continue: lesson N": the lesson last opened if it is not read yet, else the next unread one after it,
  // else the first unread one; when all are read, practice.
  function drawContinue(p) {
    var link = document.getElementById('continue-link');
    if (!link) {
      return;
    }
    var cards = Array.prototype.slice.call(document.querySelectorAll('.lesson-card[data-lesson]'));
    if (cards.length === 0 || (Object.keys(p.lessons).length === 0 && !p.last)) {
      return; // the server's "Start: lesson 1" stands
    }
    var order = cards.map(function (c) { return c.getAttribute('data-lesson'); });
    var at = p.last ? order.indexOf(p.last) : -1;
    var next = -1;
    if (at >= 0 && !p.lessons[order[at]]) {
      next = at;
    }
    for (var i = 1; next < 0 && i <= order.length; i++) {
      var j = (Math.max(at, 0) + i) % order.length;
      if (!p.lessons[order[j]]) {
        next = j;
      }
    }
    if (next < 0) {
      link.textContent = 'All lessons read: practise';
      link.setAttribute('href', '/practice?level=' + suggestedLevel(p));
      return;
    }
    var card = cards[next];
    var title = card.querySelector('h2 a');
    link.textContent = 'Continue: lesson ' + (next + 1) + (title ? ' · ' + title.textContent : '');
    link.setAttribute('href', title ? title.getAttribute('href') : '/lessons/' + order[next]);
  }

  // Links into practice carry the suggested level; on an exercise, "New exercise" never goes below its level.
  function drawPracticeLinks(p) {
    var level = suggestedLevel(p);
    var page = document.querySelector('main.practice-page[data-level]');
    var current = page ? Number(page.getAttribute('data-level')) : 1;
    document.querySelectorAll('a[data-practice-link]').forEach(function (a) {
      if (a.classList.contains('level')) {
        return;
      }
      a.setAttribute('href', '/practice?level=' + (a.id === 'practice-new' ? Math.max(level, current) : level));
    });
    document.querySelectorAll('.levels .level').forEach(function (a) {
      a.classList.toggle('suggested', a.getAttribute('href') === '/practice?level=' + level);
    });
    var total = Object.keys(p.practice.solved).length;
    var status = document.getElementById('practice-record');
    if (status) {
      show(status, total === 0 ? 'Nothing solved yet in this browser: level 1 is the place to start.'
        : 'Solved in this browser: ' + total + ' (level 1: ' + solvedAt(p, 1) + ', level 2: ' + solvedAt(p, 2)
          + ', level 3: ' + solvedAt(p, 3) + '). Suggested level: ' + level + '.');
    }
  }

  function drawProgressPage(p) {
    var page = document.getElementById('progress');
    if (!page) {
      return;
    }
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
      var cell = row.querySelector('.read-cell');
      cell.querySelector('[aria-hidden]').textContent = isRead ? '✓' : '–';
      cell.querySelector('.visually-hidden').textContent = isRead ? 'read' : 'not read';
      var rightLink = row.querySelector('.items-right');
      if (rightLink) {
        rightLink.textContent = r + ' of ' + items.length;
        rightLink.classList.toggle('all-right', items.length > 0 && r === items.length);
      }
    });
    var solved = Object.keys(p.practice.solved).length;
    document.getElementById('progress-summary').textContent = read === 0 && right === 0 && solved === 0
      ? 'Nothing yet: read a lesson to its end, or try its quiz, and it is marked read here.'
      : read + ' of ' + rows.length + ' lessons read · ' + right + ' of ' + total + ' quiz items right · '
        + solved + ' practice exercise' + (solved === 1 ? '' : 's') + ' solved.';
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

  // ------------------------------------------------------------------ editors

  var editors = {};
  window.portpathEditors = editors; // for the browser tests and the curious

  function editorKey(textarea) {
    var item = textarea.closest('.quiz-item');
    return item ? item.getAttribute('data-item') : textarea.id === 'practice-manifests' ? 'practice' : null;
  }

  function setUpEditor(textarea) {
    var CodeMirror = window.CodeMirror;
    var key = editorKey(textarea);
    if (typeof CodeMirror === 'undefined' || !key) {
      return null;
    }
    if (editors[key]) {
      return editors[key];
    }
    var scope = textarea.closest('.quiz-item') || textarea.form;
    var cm = window.portpathYamlEditor(textarea, scope.querySelector('label.editor-label'),
      { viewportMargin: Infinity });
    cm.on('change', function () { cm.save(); });
    editors[key] = cm;
    // an answer already on the page (posted without JavaScript, or checked before the editor was built)
    var feedback = (textarea.closest('.quiz-item') || document).querySelector(
      textarea.closest('.quiz-item') ? '.feedback[data-result]' : '#practice-feedback[data-result]');
    if (feedback) {
      markLines(feedback, cm);
    }
    return cm;
  }

  // The editor of a textarea, built now if it was not yet (the "e" shortcut, the browser tests).
  window.portpathEditorFor = setUpEditor;

  // Building a CodeMirror for every fix item at load blocks the page; each is built when it comes near the
  // viewport, or when its textarea gets focus (then the editor takes the focus over).
  function watchEditors() {
    var textareas = Array.prototype.slice.call(document.querySelectorAll('textarea.yaml-answer'));
    textareas.forEach(function (t) {
      t.addEventListener('focus', function () {
        var cm = setUpEditor(t);
        if (cm) {
          cm.focus();
        }
      });
    });
    if (!('IntersectionObserver' in window)) {
      textareas.forEach(setUpEditor);
      return;
    }
    var near = new IntersectionObserver(function (entries) {
      entries.forEach(function (e) {
        if (e.isIntersecting) {
          near.unobserve(e.target);
          setUpEditor(e.target);
        }
      });
    }, { rootMargin: '300px 0px' });
    textareas.forEach(function (t) { near.observe(t); });
  }

  // ------------------------------------------------------------------ feedback and line marks

  function marksOf(feedback) {
    return (feedback.getAttribute('data-marks') || '').split(/\s+/).filter(Boolean);
  }

  function markLines(feedback, cm) {
    cm.ppMark(marksOf(feedback).map(function (line) { return { line: line, kind: 'fail', title: 'the trace fails here' }; }));
  }

  // The answer's one line in the live region of its item (or of practice), which a screen reader announces.
  function announce(feedback) {
    var item = feedback.closest('.quiz-item');
    var status = item ? item.querySelector('.item-status') : document.getElementById('practice-status');
    if (status) {
      status.textContent = feedback.getAttribute('data-summary') || '';
    }
  }

  function applyFeedback(feedback) {
    var item = feedback.closest('.quiz-item');
    var result = feedback.getAttribute('data-result');
    if (result && feedback.hasAttribute('data-item')) {
      record(feedback.getAttribute('data-item'), feedback.getAttribute('data-quiz'), result);
      var holder = feedback.closest('[data-lesson]');
      markRead(holder ? holder.getAttribute('data-lesson') : null); // trying a lesson's quiz counts as reading it
    }
    if (feedback.id === 'practice-feedback') {
      recordPractice(feedback.getAttribute('data-seed'), feedback.getAttribute('data-level'), result);
    }
    var lines = marksOf(feedback);
    var cm = item ? editors[item.getAttribute('data-item')] : feedback.id === 'practice-feedback' ? editors.practice : null;
    if (cm) {
      markLines(feedback, cm);
    }
    if (item) {
      item.querySelectorAll('.code-lines .line').forEach(function (line) {
        line.classList.toggle('fail', lines.indexOf(line.getAttribute('data-n')) >= 0);
      });
    }
  }

  function applyAllFeedback() {
    document.querySelectorAll('.feedback[data-result]:not([data-seen])').forEach(function (feedback) {
      feedback.setAttribute('data-seen', '');
      applyFeedback(feedback);
    });
    decorate();
  }

  // Only an answer that came back while the page was open is announced (not the ones it loaded with).
  function afterAnswer(event) {
    var target = event.target;
    var feedback = target && target.matches && target.matches('.feedback[data-summary]') ? target
      : target && target.querySelector ? target.querySelector('.feedback[data-summary]') : null;
    applyAllFeedback();
    if (feedback && document.contains(feedback)) {
      announce(feedback);
    }
  }

  // A line link lights its line: in the item's (or practice's) editor, else in the code block it points at.
  var lit = null;

  function editorOf(ref) {
    var item = ref.closest('.quiz-item');
    if (item) {
      return editors[item.getAttribute('data-item')] || null;
    }
    return ref.closest('.practice-page') ? editors.practice || null : null;
  }

  function light(ref, reveal) {
    if (lit) {
      lit();
      lit = null;
    }
    var cm = editorOf(ref);
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

  // ------------------------------------------------------------------ reading to the end

  // The lesson counts as read when its end (the "What to remember" section and the quiz heading after it)
  // comes into view; without IntersectionObserver, when the page is scrolled to its bottom.
  function watchLessonEnd(lesson) {
    var end = document.getElementById('lesson-end');
    if (!end) {
      return;
    }
    if ('IntersectionObserver' in window) {
      var seen = new IntersectionObserver(function (entries) {
        if (entries.some(function (e) { return e.isIntersecting; })) {
          markRead(lesson);
          seen.disconnect();
          decorate();
        }
      });
      seen.observe(end);
      return;
    }
    window.addEventListener('scroll', function check() {
      if (window.innerHeight + window.scrollY >= document.documentElement.scrollHeight - 40) {
        markRead(lesson);
        window.removeEventListener('scroll', check);
      }
    });
  }

  // ------------------------------------------------------------------ start

  document.addEventListener('DOMContentLoaded', function () {
    var main = document.querySelector('main.lesson[data-lesson]');
    if (main) {
      markVisited(main.getAttribute('data-lesson'));
      watchLessonEnd(main.getAttribute('data-lesson'));
    }
    watchEditors();
    applyAllFeedback();
  });
  document.addEventListener('htmx:afterSettle', afterAnswer);
  window.addEventListener('storage', function (event) {
    if (event.key === KEY || event.key === null) {
      decorate();
    }
  });
})();
