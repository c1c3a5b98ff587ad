// The structured edit form, enhanced. Everything here also works without JavaScript: the source list is then
// shown whole, Insert adds the choice at the end of the section's text (a round trip), and the Preview button
// shows the page. With JavaScript: the list filters as you type, Insert puts the choice at the cursor, and the
// preview beside the form follows your typing (a debounced POST of the form itself, with its CSRF field).
document.addEventListener('DOMContentLoaded', function () {
  var form = document.getElementById('structured-form');
  if (!form) { return; }

  // Find a source by publisher or title.
  var filterRow = form.querySelector('.source-filter');
  var filter = document.getElementById('source-filter');
  if (filterRow && filter) {
    filterRow.hidden = false;
    filter.addEventListener('input', function () {
      var words = filter.value.toLowerCase().split(/\s+/).filter(Boolean);
      form.querySelectorAll('.source-list li').forEach(function (item) {
        var text = item.getAttribute('data-search') || '';
        var box = item.querySelector('input[type=checkbox]');
        var match = words.every(function (w) { return text.indexOf(w) >= 0; });
        // A ticked source always stays in sight, so a filter never hides what the topic cites.
        item.hidden = !(match || (box && box.checked));
      });
    });
  }

  // Insert a shared block or region word at the cursor, not at the end.
  form.querySelectorAll('.insert-button').forEach(function (button) {
    button.addEventListener('click', function (event) {
      var index = (button.value || '').split(':')[1];
      var select = document.getElementById('sections[' + index + '].insert');
      var area = document.getElementById('sections[' + index + '].body');
      if (!select || !area || !select.value) { return; }
      event.preventDefault();
      var parts = select.value.split(':');
      var text = parts[0] === 'include' ? '{{include ' + parts[1] + '}}' : '{{' + parts[1] + '}}';
      var start = area.selectionStart, end = area.selectionEnd;
      area.value = area.value.slice(0, start) + text + area.value.slice(end);
      area.focus();
      area.selectionStart = area.selectionEnd = start + text.length;
      select.value = '';
      schedule();
    });
  });

  // The live preview.
  var url = form.getAttribute('data-preview-url');
  var column = document.getElementById('preview-column');
  var status = document.getElementById('preview-status');
  if (!url || !column || !window.fetch || !window.FormData) { return; }
  var timer = null, running = null;
  function schedule() {
    clearTimeout(timer);
    timer = setTimeout(refresh, 600);
  }
  function refresh() {
    var data = new URLSearchParams(new FormData(form));
    data.delete('action');
    if (running) { running.abort(); }
    running = window.AbortController ? new AbortController() : null;
    fetch(url, {method: 'POST', body: data, credentials: 'same-origin',
      headers: {'Accept': 'text/html'}, signal: running ? running.signal : undefined})
      .then(function (response) {
        if (response.status !== 200 && response.status !== 422) { throw new Error('status ' + response.status); }
        return response.text();
      })
      .then(function (html) {
        var old = document.getElementById('live-preview') || document.getElementById('preview-placeholder');
        var holder = document.createElement('div');
        holder.innerHTML = html;
        var fresh = holder.firstElementChild;
        if (!fresh) { return; }
        if (old) { old.replaceWith(fresh); } else { column.appendChild(fresh); }
        if (status) { status.textContent = column.getAttribute('data-updated') || ''; }
      })
      .catch(function () { /* the Preview button still works */ });
  }
  form.addEventListener('input', schedule);
  form.addEventListener('change', schedule);
  // The page as patients will see it from the start, not only once something is typed.
  if (!document.getElementById('live-preview')) { refresh(); }
});
