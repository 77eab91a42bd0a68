// The explorer page around one <text-explorer>: the bundled articles, the
// reader's own texts (paste, drop, file picker), the cross-article view,
// exports, the rates file and the URL hash (#article=…&to=USD&date=…).
// Everything from a text reaches the DOM through textContent only.
'use strict';
(function () {
  var ui = TextExplorer.ui;
  var runner = ui.runner;
  var $ = function (id) { return document.getElementById(id); };
  var explorer = $('explorer');
  var list = $('articles');
  var byoStatus = $('byo-status');
  var ratesStatus = $('rates-status');

  // {id, title, source, published, lang, text, user, note, analysis, options}
  var docs = (typeof TextExplorerArticles !== 'undefined' ? TextExplorerArticles : []).map(function (a) {
    return { id: a.id, title: a.title || a.id, source: a.source || '', published: a.published || '',
             lang: a.language || '', text: a.text, user: false, analysis: null };
  });
  var current = null;
  var options = { to: '', date: '', lang: '' };  // the reader's choices ('' = default)
  var userCount = 0;
  var firstPaint = true;

  function node(tag, attrs, children) {
    var n = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) {
      if (k === 'text') n.textContent = attrs[k];
      else if (attrs[k] !== null && attrs[k] !== undefined && attrs[k] !== false) n.setAttribute(k, attrs[k]);
    });
    (children || []).forEach(function (c) { if (c) n.append(c); });
    return n;
  }
  function swatch(type) {
    var s = node('span', { class: 'swatch', 'aria-hidden': 'true' });
    s.style.backgroundColor = ui.PALETTE[type].bg;  // CSSOM: allowed under the page's CSP
    s.style.borderColor = ui.PALETTE[type].line;
    return s;
  }
  function say(target, message, error) {
    target.textContent = message;
    target.classList.toggle('error', !!error);
  }

  // --- the article list ----------------------------------------------------------
  function renderList() {
    list.replaceChildren.apply(list, docs.map(function (doc) {
      var meta = doc.user ? 'Votre texte' + (doc.source ? ' · ' + doc.source : '')
        : [doc.source, doc.published ? 'publié le ' + ui.formatIsoDate(doc.published, 'fr') : 'date inconnue']
          .filter(Boolean).join(' · ');
      var button = node('button', { type: 'button', 'aria-current': doc === current ? 'true' : 'false' }, [
        node('span', { class: 'title', text: doc.title }),
        node('span', { class: 'meta', text: meta })]);
      button.addEventListener('click', function () { open(doc); });
      return node('li', null, [button]);
    }));
  }

  function open(doc, then) {
    current = doc;
    renderList();
    pendingFocus = then || null;
    explorer.setDocument({ id: doc.id, text: doc.text, title: doc.title, lang: doc.lang,
                           published: doc.published, note: doc.note, analysis: doc.given || undefined });
    writeHash();
    $('export-json').disabled = $('export-csv').disabled = true;
  }
  var pendingFocus = null;

  explorer.addEventListener('tx-analyzed', function (event) {
    if (!current || event.detail.text !== current.text) return;
    current.analysis = event.detail.analysis;
    current.options = event.detail.options;
    $('export-json').disabled = $('export-csv').disabled = false;
    if (pendingFocus) { var f = pendingFocus; pendingFocus = null; f(); }
    if (firstPaint) {
      firstPaint = false;
      requestAnimationFrame(function () {
        performance.mark('tx-first-analysis');
        document.documentElement.setAttribute('data-first-analysis', String(Math.round(performance.now())));
      });
    }
    setTimeout(analyseOthers, 0);
    renderCross();
  });
  explorer.addEventListener('tx-options', function (event) {
    options = { to: event.detail.to, date: event.detail.date, lang: event.detail.lang };
    writeHash();
  });

  // --- URL hash ------------------------------------------------------------------
  var writtenHash = null;
  function writeHash() {
    var hash = ui.formatHash({ article: current && current.id, to: options.to, date: options.date, lang: options.lang });
    writtenHash = hash;
    if (location.hash === hash) return;
    try {
      history.replaceState(null, '', hash || location.pathname + location.search);
    } catch (e) {
      location.hash = hash;
    }
  }
  function applyHash(fromEvent) {
    if (fromEvent && location.hash === writtenHash) return;
    var state = ui.parseHash(location.hash);
    options = { to: state.to || '', date: state.date || '', lang: state.lang || '' };
    explorer.setOptions(options);
    var doc = docs.find(function (d) { return d.id === state.article; });
    if (state.article && !doc) {
      say(byoStatus, 'Le texte « ' + state.article + ' » n’est pas dans cette page (les textes ajoutés ne sont pas ' +
          'conservés après un rechargement) : premier article ouvert.', true);
    }
    doc = doc || docs[0];
    if (doc && doc !== current) open(doc);
    else writeHash();
  }
  window.addEventListener('hashchange', function () { applyHash(true); });

  // --- the reader's own texts -----------------------------------------------------
  var TEXT_FILE = /\.(txt|text|md|markdown|html?|xhtml)$/i;
  // extra: {source, note, lang, published, analysis (shown as given, no module call)}.
  function addDocument(text, title, extra) {
    userCount++;
    extra = Object.assign({}, extra);
    if (extra.analysis) { extra.given = extra.analysis; delete extra.analysis; }
    var doc = Object.assign({ id: 'texte-' + userCount, title: title || 'Texte ' + userCount, source: '',
                              published: '', lang: '', text: text, user: true, analysis: null }, extra || {});
    docs.push(doc);
    open(doc);
    return doc;
  }

  function readFiles(files) {
    files = Array.prototype.slice.call(files || []);
    if (!files.length) return Promise.resolve([]);
    var messages = [];
    var added = [];
    return files.reduce(function (chain, file) {
      return chain.then(function () {
        if (!TEXT_FILE.test(file.name) && !/^text\//.test(file.type)) {
          messages.push(file.name + ' : type non pris en charge (.txt, .md ou .html)');
          return;
        }
        if (file.size > ui.PAGE_MAX_BYTES * 4) {  // even as UTF-16 it would be over the limit
          messages.push(file.name + ' : ' + ui.formatBytes(file.size) + ', au-delà de la limite de ' +
                        ui.formatBytes(ui.PAGE_MAX_BYTES) + ' de la page');
          return;
        }
        return file.arrayBuffer().then(function (buffer) {
          var decoded = ui.decodeBytes(new Uint8Array(buffer));
          var text = decoded.text, title = file.name;
          if (/\.x?html?$/i.test(file.name) || file.type === 'text/html') {
            var reduced = ui.htmlToText(text);
            text = reduced.text;
            title = reduced.title || file.name;
          }
          var note = '';
          if (decoded.replaced) {
            note = file.name + ' : ' + decoded.replaced + ' octet(s) invalide(s) en ' + decoded.encoding.toUpperCase() +
                   ' remplacé(s) par « \uFFFD ».';
            messages.push(note);
          } else {
            messages.push(file.name + ' ajouté (' + ui.formatBytes(file.size) + ').');
          }
          added.push(addDocument(text, title, { source: file.name, note: note }));
        }, function (error) {
          messages.push(file.name + ' : lecture impossible (' + error.message + ')');
        });
      });
    }, Promise.resolve()).then(function () {
      say(byoStatus, messages.join(' '), messages.some(function (m) { return /impossible|non pris|limite|remplacé/.test(m); }));
      return added;
    });
  }

  function fromClipboardLike(data) {
    if (!data) return false;
    if (data.files && data.files.length) { readFiles(data.files); return true; }
    var text = data.getData('text/plain');
    if (!text && data.getData('text/html')) text = ui.htmlToText(data.getData('text/html')).text;
    if (!text || !text.trim()) return false;
    var firstLine = text.trim().split('\n')[0].slice(0, 80);
    addDocument(text, firstLine || 'Texte collé', { source: 'collé' });
    say(byoStatus, 'Texte ajouté (' + ui.formatBytes(ui.utf8Length(text)) + ').');
    return true;
  }

  var drop = $('drop');
  var editable = function (t) {
    return t && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName) || t.tagName === 'TEXT-EXPLORER');
  };
  // Dropping anywhere works (and never navigates away to the dropped file).
  ['dragenter', 'dragover'].forEach(function (type) {
    document.addEventListener(type, function (event) {
      event.preventDefault();
      drop.classList.add('over');
    });
  });
  document.addEventListener('dragleave', function (event) {
    if (!event.relatedTarget) drop.classList.remove('over');
  });
  document.addEventListener('drop', function (event) {
    event.preventDefault();
    drop.classList.remove('over');
    if (!fromClipboardLike(event.dataTransfer)) say(byoStatus, 'Rien à analyser dans ce dépôt.', true);
  });
  // Pasting outside a text field (the drop zone has the focus, or nothing does).
  document.addEventListener('paste', function (event) {
    if (editable(event.target) && event.target !== drop) return;
    if (fromClipboardLike(event.clipboardData)) event.preventDefault();
  });
  $('file').addEventListener('change', function (event) {
    readFiles(event.target.files).then(function () { event.target.value = ''; });
  });
  $('analyze-paste').addEventListener('click', function () {
    var text = $('paste').value;
    if (!text.trim()) { say(byoStatus, 'Le champ est vide.', true); return; }
    addDocument(text, text.trim().split('\n')[0].slice(0, 80), { source: 'saisi' });
    say(byoStatus, 'Texte ajouté (' + ui.formatBytes(ui.utf8Length(text)) + ').');
  });

  // --- exports ------------------------------------------------------------------
  function download(name, content, type) {
    var url = URL.createObjectURL(new Blob([content], { type: type }));
    var a = $('download');
    a.href = url;
    a.download = name;
    a.click();
    setTimeout(function () { URL.revokeObjectURL(url); }, 30000);
  }
  function baseName() {
    return String(current.id).replace(/[^\w.-]+/g, '_');
  }
  $('export-json').addEventListener('click', function () {
    if (!current || !current.analysis) return;
    download(baseName() + '.analysis.json', JSON.stringify(current.analysis, null, 2) + '\n', 'application/json');
  });
  $('export-csv').addEventListener('click', function () {
    if (!current || !current.analysis) return;
    // A byte order mark so that spreadsheet programs read UTF-8.
    download(baseName() + '.figures.csv', '\uFEFF' + ui.figuresCsv(current.analysis), 'text/csv;charset=utf-8');
  });

  // --- rates ---------------------------------------------------------------------
  function describeRates() {
    var r = runner.rates;
    if (!r) return;
    var source = runner.ratesSource === 'builtin' ? 'Taux intégrés (BCE)' : 'Taux chargés depuis ' + runner.ratesSource;
    $('rates-info').textContent = r.oldest
      ? source + ' : du ' + r.oldest + ' au ' + r.newest + ', ' + r.currencies.length + ' devises.'
      : source + ' : aucun cours (seul l’euro est connu).';
    $('rates-reset').disabled = runner.ratesSource === 'builtin';
  }
  $('rates-file').addEventListener('change', function (event) {
    var file = event.target.files[0];
    if (!file) return;
    say(ratesStatus, 'Lecture de ' + file.name + '…');
    file.arrayBuffer().then(function (buffer) {
      return runner.loadRates(ui.decodeBytes(new Uint8Array(buffer)).text, file.name);
    }).then(function (info) {
      say(ratesStatus, file.name + ' : ' + info.currencies.length + ' devises, du ' + info.oldest + ' au ' + info.newest + '.');
      describeRates();
    }, function (error) {
      say(ratesStatus, 'Fichier de taux refusé : ' + error.message + '. Les taux précédents restent en usage.', true);
    }).then(function () { event.target.value = ''; });
  });
  $('rates-reset').addEventListener('click', function () {
    runner.resetRates().then(function () {
      say(ratesStatus, 'Taux intégrés rétablis.');
      describeRates();
    }, function (error) { say(ratesStatus, error.message, true); });
  });

  // --- across articles -------------------------------------------------------------
  // The other texts are analysed after the first one is on screen, so that
  // the cross view covers every loaded text.
  function analyseOthers() {
    var todo = docs.filter(function (d) { return !d.analysis && !d.analysing && !d.given; });
    (function next() {
      var doc = todo.shift();
      if (!doc) return;
      if (doc.analysis) return next();
      doc.analysing = true;
      var o = { lang: ['fr', 'en'].indexOf(doc.lang) >= 0 ? doc.lang : 'auto', to: (current && current.options && current.options.to) || 'EUR' };
      if (doc.published) o.date = doc.published;
      runner.analyze(doc.text, o).promise.then(function (analysis) {
        if (!doc.analysis) doc.analysis = analysis;
        doc.analysing = false;
        renderCross();
        setTimeout(next, 0);
      }, function () { doc.analysing = false; setTimeout(next, 0); });
    })();
  }

  var crossLimit = 20;
  function renderCross() {
    var box = $('cross');
    var loaded = docs.filter(function (d) { return d.analysis; });
    var rows = ui.crossEntities(loaded);
    if (!rows.length) {
      box.replaceChildren(node('p', { class: 'muted', text: 'Aucune entité trouvée dans les ' + loaded.length + ' texte(s) analysé(s).' }));
      return;
    }
    var shown = rows.slice(0, crossLimit);
    var head = node('tr', null, [node('th', { scope: 'col', text: 'Entité' })].concat(loaded.map(function (d) {
      var short = d.title.length > 48 ? d.title.slice(0, 47) + '…' : d.title;
      return node('th', { scope: 'col', title: d.title, text: short });
    })));
    var body = shown.map(function (row) {
      return node('tr', { 'data-key': row.key }, [
        node('th', { scope: 'row' }, [swatch(row.type), document.createTextNode(row.name + ' '),
                                      node('span', { class: 'type', text: ui.TYPE_LABELS[row.type] || row.type })])
      ].concat(row.counts.map(function (count, column) {
        if (!count) return node('td', { class: 'absent' }, [node('span', { 'aria-label': 'absente', text: '–' })]);
        var doc = loaded[column];
        var button = node('button', { type: 'button', text: String(count),
                                      'aria-label': row.name + ' : ' + count + ' mention(s) dans « ' + doc.title + ' », ouvrir' });
        button.addEventListener('click', function () {
          var go = function () { explorer.focusMention(row.key, 0); };
          if (doc === current && current.analysis) go(); else open(doc, go);
        });
        return node('td', null, [button]);
      })));
    });
    var table = node('table', null, [node('thead', null, [head]), node('tbody', null, body)]);
    box.replaceChildren(table);
    if (rows.length > shown.length) {
      var more = node('button', { type: 'button', class: 'btn', text: 'Afficher les ' + (rows.length - shown.length) + ' autres' });
      more.addEventListener('click', function () { crossLimit = Infinity; renderCross(); });
      box.append(more);
    }
  }

  // --- start ---------------------------------------------------------------------
  runner.ready().then(describeRates, function (error) {
    $('rates-info').textContent = 'Module indisponible : ' + error.message;
  });
  if (runner.events) runner.events.addEventListener('rates', describeRates);
  renderList();
  applyHash(false);
  renderCross();

  // For tests and automation: the page's documents and a way to add one.
  window.TextExplorerApp = {
    get docs() { return docs.slice(); },
    get current() { return current; },
    addDocument: function (text, title, extra) { return addDocument(text, title, extra); },
    open: function (id) { var d = docs.find(function (x) { return x.id === id; }); if (d) open(d); return !!d; },
  };
})();
