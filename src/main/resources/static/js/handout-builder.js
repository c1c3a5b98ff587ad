// The handout builder, live: a topic's parts follow its box, each topic says how much of it is included,
// and the page estimate follows every choice. The form works the same without this script; the server
// makes the same estimate from the same numbers (PageEstimate), which the page carries in data-estimate.
document.addEventListener('DOMContentLoaded', function () {
  var form = document.querySelector('form.handout-form');
  var output = document.getElementById('page-estimate');
  var topicsBox = document.getElementById('field-topic');
  if (!form || !output || !topicsBox || !window.JSON) { return; }
  var numbers = JSON.parse(form.getAttribute('data-estimate'));
  var topics = Array.prototype.map.call(form.querySelectorAll('.topic-choice'), function (element) {
    return {
      box: element.querySelector('input[name=topic]'),
      parts: Array.prototype.slice.call(element.querySelectorAll('input[name=section]')),
      scope: element.querySelector('.topic-scope')
    };
  });

  function ticked(parts) {
    return parts.filter(function (part) { return part.checked; });
  }

  function fill(text, values) {
    return text.replace(/\{(\d)\}/g, function (all, index) { return values[index]; });
  }

  function showScope(topic) {
    var chosen = ticked(topic.parts).length;
    topic.scope.textContent = !topic.box.checked ? ''
      : chosen === 0 || chosen === topic.parts.length ? topicsBox.getAttribute('data-all')
      : fill(topicsBox.getAttribute('data-some'), [chosen, topic.parts.length]);
  }

  function checked(name) {
    return form.querySelector('input[name=' + name + ']:checked');
  }

  // The same sum as PageEstimate.pages: a ticked topic with no parts ticked is all of it.
  function estimate() {
    var paper = checked('paper');
    var size = checked('size');
    var format = checked('format');
    var qr = checked('qr');
    var note = form.querySelector('[name=note]');
    var fit = paper && size ? numbers.fits[paper.value + ' ' + size.value] : null;
    // A bilingual handout prints each topic's heading, key points and QR code once per language, as the server counts.
    var languages = numbers.languages || 1;
    var count = 0;
    var words = numbers.urgentWords + Math.floor((note ? note.value.trim().length : 0) / numbers.noteCharsPerWord);
    topics.forEach(function (topic) {
      var chosen = ticked(topic.parts);
      if (!topic.box.checked && chosen.length === 0) { return; }
      count++;
      words += languages * numbers.topicWords;
      (chosen.length ? chosen : topic.parts).forEach(function (part) {
        words += Number(part.getAttribute('data-words'));
      });
    });
    if (!fit || count === 0) { return 0; }
    var pages = format && format.value === 'keypoints' ? languages * (fit[2] + count * fit[3])
      : fit[0] + words / fit[1] + (qr && qr.value === 'true' ? languages * count * numbers.qrPages : 0);
    return Math.max(1, Math.ceil(pages));
  }

  function showEstimate() {
    var pages = estimate();
    var paper = checked('paper');
    var size = checked('size');
    output.textContent = pages === 0 ? '' : fill(output.getAttribute(pages === 1 ? 'data-one' : 'data-many'), [pages,
      form.querySelector('label[for="' + paper.id + '"]').textContent, size.getAttribute('data-short')]);
  }

  topics.forEach(function (topic) {
    // A whole topic shows every part ticked (the server reads every part ticked as the whole topic).
    if (topic.box.checked && ticked(topic.parts).length === 0) {
      topic.parts.forEach(function (part) { part.checked = true; });
    }
    topic.box.addEventListener('change', function () {
      topic.parts.forEach(function (part) { part.checked = topic.box.checked; });
      showScope(topic);
    });
    topic.parts.forEach(function (part) {
      part.addEventListener('change', function () {
        topic.box.checked = ticked(topic.parts).length > 0;
        showScope(topic);
      });
    });
    showScope(topic);
  });
  form.addEventListener('change', showEstimate);
  form.addEventListener('input', showEstimate);
  showEstimate();
});
