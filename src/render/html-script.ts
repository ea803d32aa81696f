/**
 * The page's only script, inline: details of the highlights under the pointer (pinned by a click or Enter,
 * dropped by Escape), every mention of the item outlined, legend toggles, and digest links that jump to the text.
 */
export const PAGE_SCRIPT = `
(function () {
  var details = JSON.parse(document.getElementById('lede-details').textContent);
  var article = document.querySelector('.article');
  var box = document.getElementById('details');
  var pinned = null;

  function refsAt(mark) {
    var refs = [];
    for (var n = mark; n && n !== article; n = n.parentElement) {
      if (n.matches('mark.hl') && refs.indexOf(n.dataset.ref) < 0) refs.push(n.dataset.ref);
    }
    return refs;
  }
  function piecesOf(ref) {
    return article.querySelectorAll('[data-ref="' + CSS.escape(ref) + '"]');
  }
  function setActive(ref) {
    document.querySelectorAll('.active').forEach(function (n) { n.classList.remove('active'); });
    if (ref) piecesOf(ref).forEach(function (n) { n.classList.add('active'); });
  }
  function el(tag, cls, text) {
    var n = document.createElement(tag);
    if (cls) n.className = cls;
    if (text !== undefined) n.textContent = text;
    return n;
  }
  function show(mark, pin) {
    var refs = refsAt(mark);
    box.replaceChildren();
    if (pin) box.appendChild(el('span', 'pin', 'pinned · Esc to close'));
    refs.forEach(function (ref) {
      var d = details[ref];
      if (!d) return;
      var item = el('div', 'item');
      item.dataset.ref = ref;
      item.appendChild(el('div', 'kind', d.kind));
      item.appendChild(el('div', 'title', d.title));
      var dl = el('dl');
      d.facts.forEach(function (f) { dl.appendChild(el('dt', '', f[0])); dl.appendChild(el('dd', '', f[1])); });
      item.appendChild(dl);
      d.links.forEach(function (l) { var a = el('a', '', l[0]); a.href = l[1]; a.rel = 'noreferrer'; item.appendChild(a); });
      box.appendChild(item);
    });
    var r = mark.getBoundingClientRect();
    box.hidden = false;
    var left = Math.min(window.scrollX + r.left, window.scrollX + document.documentElement.clientWidth - box.offsetWidth - 8);
    box.style.left = Math.max(8, left) + 'px';
    box.style.top = window.scrollY + r.bottom + 6 + 'px';
    setActive(refs[0]);
  }
  function hide() {
    box.hidden = true;
    setActive(null);
  }
  function pin(mark) {
    pinned = mark;
    show(mark, true);
  }
  function unpin() {
    pinned = null;
    hide();
  }

  article.addEventListener('mouseover', function (e) {
    var m = e.target.closest('mark.hl');
    if (m && !pinned) show(m, false);
  });
  article.addEventListener('mouseout', function (e) {
    var to = e.relatedTarget;
    if (!pinned && !(to && to.closest && to.closest('mark.hl'))) hide();
  });
  article.addEventListener('focusin', function (e) {
    var m = e.target.closest('mark.hl');
    if (m && !pinned) show(m, false);
  });
  document.addEventListener('click', function (e) {
    var m = e.target.closest('mark.hl');
    if (m) pin(m);
    else if (!e.target.closest('#details')) unpin();
  });
  document.addEventListener('keydown', function (e) {
    if (e.key === 'Escape') unpin();
    else if (e.key === 'Enter' && document.activeElement && document.activeElement.matches('mark.hl')) pin(document.activeElement);
  });
  document.querySelectorAll('.legend input').forEach(function (input) {
    input.addEventListener('change', function () {
      document.body.classList.toggle('hide-' + input.value, !input.checked);
    });
  });
  document.querySelectorAll('a[data-goto]').forEach(function (a) {
    a.addEventListener('click', function (e) {
      var target = document.getElementById('at-' + a.dataset.goto);
      if (!target) return;
      e.preventDefault();
      e.stopPropagation();
      target.scrollIntoView({ block: 'center' });
      piecesOf(a.dataset.goto).forEach(function (n) {
        n.classList.remove('flash');
        void n.offsetWidth;
        n.classList.add('flash');
      });
      pin(target);
    });
  });
})();
`;
