/**
 * The desk page's only script, inline. A paste replaces the article and extracts it at once; a paste from a web
 * page keeps its HTML (the clipboard's text/html), so lede reads the article out of the markup. The result is the
 * highlight page in a sandboxed frame, the digest copied as Markdown and the JSON downloaded in one click each.
 * The token, when the server wants one, is sent only as the user typed it and kept nowhere else.
 */
export const DESK_SCRIPT = `
(function () {
  var box = document.getElementById('paste');
  var frame = document.getElementById('result');
  var empty = document.getElementById('empty');
  var statusLine = document.getElementById('status');
  var runButton = document.getElementById('run');
  var copyButton = document.getElementById('copy-md');
  var saveButton = document.getElementById('download-json');
  var token = document.getElementById('token');
  var explain = document.getElementById('explain');
  var pastedHtml = null;
  var last = null;
  var asked = 0;

  function say(message, bad) {
    statusLine.textContent = message;
    statusLine.className = bad ? 'bad' : '';
  }
  function post(body) {
    var headers = { 'Content-Type': 'application/json' };
    if (token && token.value) headers.Authorization = 'Bearer ' + token.value;
    return fetch('v1/extract', { method: 'POST', headers: headers, body: JSON.stringify(body), credentials: 'omit', cache: 'no-store' }).then(
      function (res) { return res.json(); },
      function (e) { return { error: { code: 'E_NETWORK', message: 'lede did not answer (' + e.message + '); is lede serve still running?' } }; }
    );
  }
  function count(n, one) { return n + ' ' + one + (n === 1 ? '' : 's'); }
  function summary(x) {
    return [count(x.entities.length, 'name'), count(x.quotes.length, 'quote'), count(x.numbers.length, 'figure'), count(x.locations.length, 'place')].join(' · ');
  }
  function run() {
    var text = pastedHtml !== null ? pastedHtml : box.value;
    if (!text.trim()) {
      say('Paste an article first.', true);
      return;
    }
    var mine = ++asked;
    var fromHtml = pastedHtml !== null;
    say('Reading the article…');
    post({ text: text, input: fromHtml ? 'html' : 'auto', format: ['html', 'md', 'json'], explain: explain.checked }).then(function (r) {
      if (mine !== asked) return;
      if (r.error && r.error.code === 'E_EMPTY' && fromHtml && box.value.trim()) {
        // a pasted fragment with no article text in its markup: read the words it shows instead
        pastedHtml = null;
        run();
        return;
      }
      if (r.error) {
        say(r.error.message + ' (' + r.error.code + ')', true);
        return;
      }
      last = r;
      frame.srcdoc = r.html;
      frame.hidden = false;
      if (empty) empty.hidden = true;
      copyButton.disabled = false;
      saveButton.disabled = false;
      say((fromHtml ? 'Read from the pasted web page: ' : '') + summary(r.json));
    });
  }
  function copyText(s) {
    if (navigator.clipboard && window.isSecureContext) return navigator.clipboard.writeText(s);
    return new Promise(function (resolve, reject) {
      var t = document.createElement('textarea');
      t.value = s;
      t.setAttribute('readonly', '');
      t.style.position = 'fixed';
      t.style.opacity = '0';
      document.body.appendChild(t);
      t.select();
      var ok = document.execCommand('copy');
      t.remove();
      if (ok) resolve(); else reject(new Error('the browser refused'));
    });
  }
  function fileName(x) {
    var title = x.headline ? x.headline.text : '';
    var slug = title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60).replace(/-+$/, '');
    return (slug || 'article') + '.lede.json';
  }

  box.addEventListener('paste', function (e) {
    var data = e.clipboardData;
    if (!data) return;
    e.preventDefault();
    var html = data.getData('text/html');
    box.value = data.getData('text/plain');
    pastedHtml = html && html.trim() ? html : null;
    run();
  });
  box.addEventListener('input', function () { pastedHtml = null; });
  box.addEventListener('keydown', function (e) {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      run();
    }
  });
  runButton.addEventListener('click', run);
  explain.addEventListener('change', function () { if (last) run(); });
  copyButton.addEventListener('click', function () {
    if (!last) return;
    copyText(last.md).then(
      function () { say('Digest copied as Markdown.'); },
      function (e) { say('Could not copy the digest: ' + e.message, true); }
    );
  });
  saveButton.addEventListener('click', function () {
    if (!last) return;
    var url = URL.createObjectURL(new Blob([JSON.stringify(last.json, null, 2) + '\\n'], { type: 'application/json' }));
    var a = document.createElement('a');
    a.href = url;
    a.download = fileName(last.json);
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(function () { URL.revokeObjectURL(url); }, 10000);
  });
})();
`;
