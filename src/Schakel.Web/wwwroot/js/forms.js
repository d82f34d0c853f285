// Progressive enhancement of forms; every page works without it.
// 1. The error summary takes focus, and its links move focus to their field (also where a page chose its own ids).
// 2. After "check" or "add a person" the page lands on a fragment; the target takes focus so a screen reader hears it.
// 3. Long text fields count down: "nog N tekens", announced politely and not on every key stroke.
(function () {
  'use strict';

  function fieldFor(link) {
    var id = decodeURIComponent((link.getAttribute('href') || '').slice(1));
    var field = id ? document.getElementById(id) : null;
    if (!field && link.dataset.field) {
      field = document.querySelector('[name="' + link.dataset.field.replace(/"/g, '\\"') + '"]');
    }
    return field;
  }

  function focusField(field) {
    // A message about a group (a fieldset, a whole form) goes to the group's first field.
    if (field.matches('fieldset, form')) { field = field.querySelector('input:not([type="hidden"]), select, textarea') || field; }
    var label = field.id ? document.querySelector('label[for="' + field.id + '"]') : null;
    var legend = field.closest('fieldset') ? field.closest('fieldset').querySelector('legend') : null;
    (legend && field.type && (field.type === 'radio' || field.type === 'checkbox') ? legend : label || field).scrollIntoView();
    field.focus({ preventScroll: true });
  }

  var summary = document.querySelector('[data-error-summary]');
  if (summary) {
    summary.addEventListener('click', function (event) {
      var link = event.target.closest('a[href^="#"]');
      if (!link) { return; }
      var field = fieldFor(link);
      if (field) {
        event.preventDefault();
        focusField(field);
      }
    });
    if (document.activeElement !== summary) { summary.focus(); }
  } else if (location.hash.length > 1) {
    var target = document.getElementById(decodeURIComponent(location.hash.slice(1)));
    if (target && target.hasAttribute('tabindex')) { target.focus(); }
  }

  function describe(left) {
    if (left >= 0) { return 'nog ' + left + (left === 1 ? ' teken' : ' tekens'); }
    return (-left) + (left === -1 ? ' teken' : ' tekens') + ' te veel';
  }

  Array.prototype.forEach.call(document.querySelectorAll('[data-counter-for]'), function (hint) {
    var field = document.getElementById(hint.dataset.counterFor);
    var max = parseInt(hint.dataset.max, 10);
    if (!field || !max) { return; }
    var visible = document.createElement('span');
    visible.className = 'schakel-counter__count';
    visible.setAttribute('aria-hidden', 'true');
    var spoken = document.createElement('span');
    spoken.className = 'schakel-visually-hidden';
    spoken.setAttribute('aria-live', 'polite');
    hint.appendChild(document.createTextNode(' '));
    hint.appendChild(visible);
    hint.appendChild(spoken);
    var timer = null;
    function update() {
      var left = max - field.value.length;
      visible.textContent = '(' + describe(left) + ')';
      hint.classList.toggle('schakel-counter--over', left < 0);
      clearTimeout(timer);
      timer = setTimeout(function () { spoken.textContent = describe(max - field.value.length); }, 750);
    }
    field.addEventListener('input', update);
    visible.textContent = '(' + describe(max - field.value.length) + ')';
  });
})();
