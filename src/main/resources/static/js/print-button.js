// Adds a Print button to the handout print view. Without JavaScript the browser's own Print works.
document.addEventListener('DOMContentLoaded', function () {
  var slot = document.querySelector('.print-button-slot');
  if (!slot || !window.print) { return; }
  var button = document.createElement('button');
  button.type = 'button';
  button.textContent = slot.getAttribute('data-label') || 'Print';
  button.addEventListener('click', function () { window.print(); });
  slot.appendChild(button);
});
