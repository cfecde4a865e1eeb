// The playground's enhancements over the plain form: a CodeMirror editor (YAML, line numbers) that
// traces as you type through htmx, line references that light up and scroll to their line, gutter marks
// for the lines failing hops and findings name, and route-map buttons that load a request into the form.
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

  document.body.addEventListener('htmx:afterSettle', function () {
    restoreSections();
    syncMarks();
  });
  syncMarks();
})();
