// <text-explorer>: one analysed document, in a shadow root.
//   <text-explorer src="article.txt" lang="fr" to="USD"></text-explorer>
//   <text-explorer>the text itself…</text-explorer>
// Attributes: src (URL of a text; .html is reduced to its text), lang
// (auto|fr|en), to (ISO 4217), date (YYYY-MM-DD rates day), heading.
// Page API: el.setDocument({text, title, lang, published, analysis?}),
// el.analysis, el.text, el.options; events (bubbling, composed):
// 'tx-analyzed' {analysis, text, options}, 'tx-options' {to, date, lang},
// 'tx-error' {message}.
//
// Safety: the text is only ever put in the DOM with textContent and
// createTextNode; nothing from the text or the analysis is parsed as HTML.

var ELEMENT_NAME = 'text-explorer';
var MAX_TABLE_ROWS = 300;    // figures table rows before "show more"
var MAX_ENTITY_GROUPS = 150; // entity panel rows before "show more"
var MAX_CHART_BARS = 60;
var RENDER_SLICE_MS = 12;    // main-thread budget per rendering slice
var CHUNK_CHARS = 4000;      // a large text is drawn in chunks of lines this long

var SVG_NS = 'http://www.w3.org/2000/svg';

function el(tag, attrs, children) {
  var node = document.createElement(tag);
  setAttrs(node, attrs);
  appendAll(node, children);
  return node;
}
function svgEl(tag, attrs, children) {
  var node = document.createElementNS(SVG_NS, tag);
  setAttrs(node, attrs);
  appendAll(node, children);
  return node;
}
function setAttrs(node, attrs) {
  if (!attrs) return;
  Object.keys(attrs).forEach(function (k) {
    var v = attrs[k];
    if (v === null || v === undefined || v === false) return;
    if (k === 'text') node.textContent = v;
    else if (k === 'class') node.setAttribute('class', v);
    else if (k === 'style') throw new Error('no style attributes (CSP)');
    else node.setAttribute(k, v === true ? '' : String(v));
  });
}
function appendAll(node, children) {
  (children || []).forEach(function (c) {
    if (c === null || c === undefined || c === false) return;
    node.append(typeof c === 'string' ? document.createTextNode(c) : c);
  });
}

function paletteCss() {
  return ALL_TYPES.map(function (t) {
    var p = PALETTE[t];
    return '.hl[data-type="' + t + '"]{background:' + p.bg + ';border-bottom-color:' + p.line + '}\n' +
      '.text.off-' + t + ' .hl[data-type="' + t + '"]{background:transparent;border-bottom-color:transparent;cursor:text}\n' +
      '.swatch[data-type="' + t + '"]{background:' + p.bg + ';border-color:' + p.line + '}\n' +
      '.bar[data-type="' + t + '"]{fill:' + p.line + '}\n';
  }).join('');
}

var sharedSheet = null;
function adoptStyles(root) {
  var css = ELEMENT_CSS + '\n' + paletteCss();
  if (typeof CSSStyleSheet === 'function' && 'adoptedStyleSheets' in root) {
    try {
      if (!sharedSheet) {
        sharedSheet = new CSSStyleSheet();
        sharedSheet.replaceSync(css);
      }
      root.adoptedStyleSheets = [sharedSheet];
      return;
    } catch (e) { /* older engines: a <style> element below */ }
  }
  root.append(el('style', { text: css }));
}

// HTML source -> plain text, through an inert document (DOMParser runs no
// script and loads nothing). Block elements become line breaks. Before
// parsing, script and style blocks are cut and every tag loses its
// attributes: none of them matters for the text, and an inline handler or
// <style> in the parsed document would still be reported as a violation by
// the page's CSP (it inherits to DOMParser documents) though nothing runs.
var BLOCK_TAGS = /^(ADDRESS|ARTICLE|ASIDE|BLOCKQUOTE|DD|DIV|DL|DT|FIGCAPTION|FIGURE|FOOTER|FORM|H[1-6]|HEADER|HR|LI|MAIN|NAV|OL|P|PRE|SECTION|TABLE|TD|TH|TR|UL)$/;
var SKIP_TAGS = /^(SCRIPT|STYLE|NOSCRIPT|TEMPLATE|IFRAME|OBJECT|SVG|MATH|HEAD|BUTTON|SELECT|X-DROPPED)$/;
function neutralizeHtml(html) {
  return String(html)
    .replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, ' ')
    // a tag and its attributes (quoted values may hold '>') -> the bare tag;
    // a stray script/style tag becomes an element the walk skips
    .replace(/<(\/?)([a-zA-Z][a-zA-Z0-9:-]*)(?:[^>"']|"[^"]{0,4096}"|'[^']{0,4096}')*>/g, function (_, slash, tag) {
      return '<' + slash + (/^(script|style)$/i.test(tag) ? 'x-dropped' : tag) + '>';
    });
}
function htmlToText(html) {
  var doc = new DOMParser().parseFromString(neutralizeHtml(html), 'text/html');
  var title = (doc.querySelector('title') && doc.querySelector('title').textContent.trim()) ||
              (doc.querySelector('h1') && doc.querySelector('h1').textContent.trim()) || '';
  var out = [];
  (function walk(node, pre) {
    for (var child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        out.push(pre ? child.textContent : child.textContent.replace(/[ \t\r\n\f]+/g, ' '));
      } else if (child.nodeType === 1) {
        var tag = child.tagName.toUpperCase();
        if (tag === 'BR') { out.push('\n'); continue; }
        if (SKIP_TAGS.test(tag)) continue;
        var block = BLOCK_TAGS.test(tag);
        if (block) out.push('\n');
        walk(child, pre || tag === 'PRE');
        if (block) out.push(tag === 'P' || /^H[1-6]$/.test(tag) ? '\n\n' : '\n');
      }
    }
  })(doc.body || doc.documentElement, false);
  var text = out.join('')
    .split('\n').map(function (line) { return line.replace(/^ +| +$/g, ''); }).join('\n')
    .replace(/\n{3,}/g, '\n\n').trim();
  return { text: text, title: title };
}

var sharedRunner = null;
function getRunner() {
  if (!sharedRunner) sharedRunner = createRunner(TextExplorer);
  return sharedRunner;
}

function normalizeLang(value) {
  var v = String(value || '').toLowerCase();
  if (/^fr\b/.test(v)) return 'fr';
  if (/^en\b/.test(v)) return 'en';
  return 'auto';
}

var currencyNames = null;
function currencyLabel(code) {
  try {
    if (!currencyNames) currencyNames = new Intl.DisplayNames(['fr'], { type: 'currency' });
    var name = currencyNames.of(code);
    return name && name !== code ? code + ' — ' + name : code;
  } catch (e) {
    return code;
  }
}

function sameSpans(a, b) {
  if (!a || !b || a.language !== b.language || a.length !== b.length) return false;
  var same = function (x, y, key) {
    if (x.length !== y.length) return false;
    for (var i = 0; i < x.length; i++) {
      if (x[i].start !== y[i].start || x[i].end !== y[i].end || x[i][key] !== y[i][key]) return false;
    }
    return true;
  };
  return same(a.entities || [], b.entities || [], 'type') && same(a.figures || [], b.figures || [], 'kind');
}

var instanceCount = 0;

function defineElement() {
  if (typeof window === 'undefined' || typeof customElements === 'undefined' ||
      typeof HTMLElement === 'undefined' || customElements.get(ELEMENT_NAME)) return;

  class TextExplorerElement extends HTMLElement {
    static get observedAttributes() { return ['src', 'lang', 'to', 'date', 'heading']; }

    constructor() {
      super();
      this._uid = 'tx' + (++instanceCount);
      this._doc = null;         // {text, title, lang, published, analysis?}
      this._analysis = null;
      this._options = null;
      this._to = '';            // reader's choice; '' = attribute or default
      this._date = '';
      this._lang = '';
      this._off = new Set();    // highlight types switched off
      this._cursor = new Map(); // entity key -> index of the current mention
      this._refs = new Map();   // 'e3' / 'f5' -> first element of that highlight
      this._parts = new Map();
      this._gen = 0;
      this._job = null;
      this._fromApi = false;
      this._tableLimit = MAX_TABLE_ROWS;
      this._entityLimit = MAX_ENTITY_GROUPS;
      this._root = this.attachShadow({ mode: 'open' });
      adoptStyles(this._root);
      this._build();
    }

    // --- public API ------------------------------------------------------------
    get analysis() { return this._analysis; }
    get text() { return this._doc ? this._doc.text : ''; }
    get options() { return Object.assign({}, this._options || this._effectiveOptions()); }
    get to() { return this._to || this.getAttribute('to') || ''; }
    set to(v) { this._setOption('to', v); }
    get date() { return this._date || this.getAttribute('date') || ''; }
    set date(v) { this._setOption('date', v); }

    // Shows a document: {text, title, lang, published, id}; with `analysis`
    // it is shown as given (no module call).
    setDocument(doc) {
      this._fromApi = true;
      this._doc = Object.assign({ title: '', lang: '', published: '' }, doc, { text: String(doc.text || '') });
      this._cursor.clear();
      this._tableLimit = MAX_TABLE_ROWS;
      this._entityLimit = MAX_ENTITY_GROUPS;
      return this._run(true);
    }

    // Sets the reader's options at once ({to, date, lang}; '' = default) and
    // analyses again once.
    setOptions(options) {
      var self = this;
      var changed = false;
      ['to', 'date', 'lang'].forEach(function (k) {
        if (!(k in options)) return;
        var v = String(options[k] || '');
        if (k === 'to') v = v.toUpperCase();
        if (self['_' + k] !== v) { self['_' + k] = v; changed = true; }
      });
      if (changed && this._doc) return this._run(false);
      return Promise.resolve();
    }

    // Moves to mention `index` of entity `key` (wraps around).
    focusMention(key, index) {
      var group = (this._groups || []).find(function (g) { return g.key === key; });
      if (!group) return false;
      var n = group.mentions.length;
      var i = ((index % n) + n) % n;
      this._cursor.set(key, i);
      var mention = group.mentions[i];
      var target = this._refs.get('e' + mention.index);
      this._markCurrent(target);
      this._position.textContent = group.name + ' : mention ' + (i + 1) + ' sur ' + n;
      this._entityList.querySelectorAll('button').forEach(function (b) {
        b.setAttribute('aria-current', b.dataset.key === key ? 'true' : 'false');
      });
      return true;
    }

    // --- lifecycle ---------------------------------------------------------------
    connectedCallback() {
      if (this._connected) return;
      this._connected = true;
      var self = this;
      getRunner().ready().then(function () {
        self._fillCurrencies();
      }, function (error) {
        self._showError('Le module TextExplorer ne se charge pas : ' + error.message);
      });
      this._ratesListener = function () { self._fillCurrencies(); if (self._doc) self._run(false); };
      if (getRunner().events) getRunner().events.addEventListener('rates', this._ratesListener);
      if (typeof ResizeObserver === 'function') {
        var frame = 0;
        this._resize = new ResizeObserver(function (entries) {
          var width = Math.round(entries[entries.length - 1].contentRect.width);
          if (width === self._chartWidth) return;
          self._chartWidth = width;
          cancelAnimationFrame(frame);
          frame = requestAnimationFrame(function () { self._renderChart(); });
        });
        this._resize.observe(this._chartBox);
      }
      if (!this._fromApi) {
        if (document.readyState === 'loading') {
          document.addEventListener('DOMContentLoaded', function () { self._loadFromMarkup(); }, { once: true });
        } else {
          this._loadFromMarkup();
        }
        // A host that changes the element's text later gets it analysed again.
        this._observer = new MutationObserver(function () {
          if (!self._fromApi && !self.hasAttribute('src')) self._loadFromMarkup();
        });
        this._observer.observe(this, { childList: true, characterData: true, subtree: true });
      }
    }

    disconnectedCallback() {
      this._connected = false;
      if (this._observer) this._observer.disconnect();
      if (this._resize) this._resize.disconnect();
      if (getRunner().events && this._ratesListener) getRunner().events.removeEventListener('rates', this._ratesListener);
      if (this._job) this._job.cancel();
    }

    attributeChangedCallback(name, oldValue, value) {
      if (oldValue === value || !this._connected) return;
      if (name === 'src') { if (!this._fromApi) this._loadFromMarkup(); return; }
      if (name === 'heading') { this._title.textContent = value || (this._doc && this._doc.title) || ''; return; }
      if (this._doc) this._run(false);
    }

    // --- loading -------------------------------------------------------------
    _loadFromMarkup() {
      if (this._fromApi) return;
      var self = this;
      var src = this.getAttribute('src');
      if (src) {
        this._showStatus('Lecture de ' + src + '…', true);
        var url;
        try { url = new URL(src, document.baseURI); } catch (e) { return this._showError('Adresse invalide : ' + src); }
        fetch(url.href).then(function (response) {
          if (!response.ok) throw new Error('HTTP ' + response.status);
          var type = response.headers.get('content-type') || '';
          return response.arrayBuffer().then(function (buffer) {
            var decoded = decodeBytes(new Uint8Array(buffer));
            var doc = { text: decoded.text, title: decodeURIComponent(url.pathname.split('/').pop() || src) };
            if (/html/.test(type) || /\.html?$/i.test(url.pathname)) {
              var reduced = htmlToText(decoded.text);
              doc.text = reduced.text;
              doc.title = reduced.title || doc.title;
            }
            if (decoded.replaced) doc.note = decoded.replaced + ' octet(s) non UTF-8 remplacé(s) par « \uFFFD ».';
            return doc;
          });
        }).then(function (doc) {
          if (self.getAttribute('src') !== src || self._fromApi) return;
          self._doc = doc;
          self._run(true);
        }, function (error) {
          var hint = location.protocol === 'file:' ? ' (une page ouverte depuis le disque ne peut pas lire ' +
            'd’autres fichiers : servez-la, ou mettez le texte dans l’élément)' : '';
          self._showError('Impossible de lire « ' + src + ' » : ' + error.message + hint);
        });
        return;
      }
      var text = (this.textContent || '').replace(/^\s*\n/, '').replace(/\s+$/, '');
      if (this._doc && this._doc.text === text) return;
      if (!text) { this._showStatus('Aucun texte : donnez-en un dans l’élément ou par l’attribut src.', false); return; }
      this._doc = { text: text, title: '' };
      this._run(true);
    }

    _effectiveOptions() {
      var runner = getRunner();
      var known = (runner.rates && runner.rates.currencies) || ['EUR'];
      var to = this._to || (this.getAttribute('to') || '').toUpperCase() ||
               defaultCurrency(typeof navigator !== 'undefined' ? navigator.languages : [], known);
      var options = { lang: this._lang || normalizeLang((this._doc && this._doc.lang) || this.getAttribute('lang')), to: to };
      var date = this._date || this.getAttribute('date') || (this._doc && this._doc.published) || '';
      if (date) options.date = date;
      return options;
    }

    _setOption(name, value) {
      var v = String(value || '');
      if (name === 'to') v = v.toUpperCase();
      if (this['_' + name] === v) return;
      this['_' + name] = v;
      if (this._doc) this._run(false);
    }

    _userOption(name, value) {
      this._setOption(name, value);
      var o = this._effectiveOptions();
      this.dispatchEvent(new CustomEvent('tx-options', {
        bubbles: true, composed: true,
        detail: { to: this._to, date: this._date, lang: this._lang, effective: o },
      }));
    }

    // Analyses the current document with the current options and shows it.
    // `fresh`: a new text (scroll to top, forget the cursor).
    _run(fresh) {
      var self = this;
      var doc = this._doc;
      if (!doc) return Promise.resolve();
      var gen = ++this._gen;
      if (this._job) { this._job.cancel(); this._job = null; }
      this.setAttribute('data-status', 'busy');
      this._title.textContent = this.getAttribute('heading') || doc.title || 'Texte';
      this._setNote(doc.note || '', !!doc.note);
      if (doc.analysis) {
        var options = { lang: doc.analysis.language, to: doc.analysis.rates && doc.analysis.rates.to };
        return this._show(doc.analysis, options, fresh, gen);
      }
      var runner = getRunner();
      return runner.ready().then(function () {
        if (gen !== self._gen) return;
        var options = self._effectiveOptions();
        var known = (runner.rates && runner.rates.currencies) || [];
        if (known.length && known.indexOf(options.to) < 0) {
          self._setNote('Devise « ' + options.to + ' » inconnue des taux BCE chargés : conversion en ' +
                        defaultCurrency([], known) + '.', true);
          options.to = defaultCurrency([], known);
        }
        var started = Date.now();
        var bytes = utf8Length(doc.text);
        var job = runner.analyze(doc.text, options, {
          owner: self,
          onFallback: function (why) {
            self._setNote('Analyse sur le fil principal (pas de worker : ' + why + ') ; la page peut se figer un moment.', true);
          },
        });
        self._job = job;
        var label = 'Analyse de ' + formatBytes(bytes) + (job.where === 'worker' ? ' en arrière-plan' : '') + '…';
        self._showStatus(label, true);
        var timer = setInterval(function () {
          self._statusText.textContent = label + ' ' + formatNumber((Date.now() - started) / 1000, 'fr', 1) + ' s';
        }, 250);
        return job.promise.then(function (analysis) {
          clearInterval(timer);
          if (gen !== self._gen) return;
          self._job = null;
          self._lastAnalysisMs = Date.now() - started;
          return self._show(analysis, options, fresh, gen);
        }, function (error) {
          clearInterval(timer);
          if (gen !== self._gen || error.code === 'cancelled') return;
          self._job = null;
          self._showError(error.code === 'too-large' ? error.message : 'Analyse impossible : ' + error.message);
          if (error.code === 'too-large') self._clearView();
        });
      }, function (error) {
        self._showError('Le module TextExplorer ne se charge pas : ' + error.message);
      });
    }

    // --- building the view -----------------------------------------------------
    _build() {
      var uid = this._uid;
      var self = this;
      this._title = el('h2', { class: 'title', id: uid + '-title' });
      this._summary = el('p', { class: 'summary' });
      this._langSelect = el('select', { id: uid + '-lang' }, [
        el('option', { value: 'auto', text: 'détectée' }),
        el('option', { value: 'fr', text: 'français' }),
        el('option', { value: 'en', text: 'anglais' })]);
      this._currency = el('select', { id: uid + '-to' }, [el('option', { value: 'EUR', text: 'EUR' })]);
      this._dateInput = el('input', { id: uid + '-date', type: 'date' });
      this._dateReset = el('button', { type: 'button', class: 'btn', text: 'Date par défaut' });
      this._langSelect.addEventListener('change', function () { self._userOption('lang', self._langSelect.value); });
      this._currency.addEventListener('change', function () { self._userOption('to', self._currency.value); });
      this._dateInput.addEventListener('change', function () {
        if (!self._dateInput.value || /^\d{4}-\d{2}-\d{2}$/.test(self._dateInput.value)) self._userOption('date', self._dateInput.value);
      });
      this._dateReset.addEventListener('click', function () { self._userOption('date', ''); });
      var controls = el('div', { class: 'controls' }, [
        el('label', { for: uid + '-lang' }, ['Langue du texte', this._langSelect]),
        el('label', { for: uid + '-to' }, ['Convertir en', this._currency]),
        el('label', { for: uid + '-date' }, ['Taux BCE du', this._dateInput]),
        this._dateReset]);

      this._progress = el('progress', { max: '100', 'aria-label': 'Progression' });
      this._statusText = el('span');
      this._status = el('div', { class: 'status', role: 'status', 'aria-live': 'polite', hidden: true },
                        [this._progress, this._statusText]);
      this._note = el('p', { class: 'note', hidden: true });

      this._legend = el('ul', { class: 'legend', 'aria-label': 'Types surlignés : activer ou masquer' });
      var hint = el('p', { class: 'hint', text: 'Au clavier : Tab jusqu’au texte surligné, puis ← → pour passer ' +
                                             'd’un surlignage à l’autre, Échap pour fermer la bulle.' });

      this._text = el('article', { class: 'text', id: uid + '-text', tabindex: '0', 'aria-label': 'Texte analysé' });
      this._tip = el('div', { class: 'tip', role: 'tooltip', id: uid + '-tip', hidden: true });
      var textwrap = el('div', { class: 'textwrap' }, [this._text, this._tip]);

      this._position = el('p', { class: 'position', 'aria-live': 'polite' });
      this._entityList = el('ul', { class: 'entities', 'aria-label': 'Entités, de la plus citée à la moins citée' });
      this._entityMore = el('div', { class: 'more' });
      var side = el('section', { class: 'side', 'aria-labelledby': uid + '-ent' }, [
        el('h3', { id: uid + '-ent', text: 'Entités' }),
        el('p', { class: 'hint', text: 'Choisir une entité parcourt ses mentions dans le texte (Maj + clic : en arrière).' }),
        this._position, this._entityList, this._entityMore]);

      this._tableBox = el('div', { class: 'tablewrap', tabindex: '0', role: 'region', 'aria-labelledby': uid + '-fig' });
      this._tableMore = el('div', { class: 'more' });
      var figures = el('section', { class: 'figures', 'aria-labelledby': uid + '-fig' }, [
        el('h3', { id: uid + '-fig', text: 'Chiffres' }), this._tableBox, this._tableMore]);

      this._chartTitle = el('h3', { id: uid + '-chart', text: 'Montants' });
      this._chartBox = el('div', { class: 'chartbox' });
      var chart = el('section', { class: 'chart', 'aria-labelledby': uid + '-chart' }, [this._chartTitle, this._chartBox]);

      this._container = el('div', { class: 'tx', role: 'region', 'aria-labelledby': uid + '-title' }, [
        el('div', { class: 'head' }, [this._title, this._summary, controls]),
        this._status, this._note,
        el('div', { class: 'legendwrap' }, [this._legend, hint]),
        el('div', { class: 'layout' }, [textwrap, side]),
        figures, chart]);
      this._root.append(this._container);

      this._wireText();
    }

    _fillCurrencies() {
      var runner = getRunner();
      var known = ((runner.rates && runner.rates.currencies) || ['EUR']).slice().sort();
      var current = this._effectiveOptions().to;
      if (known.indexOf(current) < 0) known.unshift(current);
      this._currency.replaceChildren.apply(this._currency, known.map(function (c) {
        return el('option', { value: c, text: currencyLabel(c) });
      }));
      this._currency.value = current;
      if (runner.rates && runner.rates.oldest) {
        this._dateInput.min = runner.rates.oldest;
        this._dateInput.max = runner.rates.newest;
      }
    }

    _showStatus(message, busy, fraction) {
      this._status.hidden = false;
      this._status.classList.remove('error');
      this._status.setAttribute('role', 'status');
      this._statusText.textContent = message;
      this._progress.hidden = !busy;
      if (fraction === undefined) this._progress.removeAttribute('value');
      else this._progress.value = Math.round(fraction * 100);
    }
    _hideStatus() { this._status.hidden = true; }
    _showError(message) {
      this._status.hidden = false;
      this._status.classList.add('error');
      this._status.setAttribute('role', 'alert');
      this._progress.hidden = true;
      this._statusText.textContent = message;
      this.setAttribute('data-status', 'error');
      this.dispatchEvent(new CustomEvent('tx-error', { bubbles: true, composed: true, detail: { message: message } }));
    }
    _setNote(message, warn) {
      this._note.hidden = !message;
      this._note.textContent = message || '';
      this._note.classList.toggle('warn', !!warn);
    }
    _clearView() {
      this._analysis = null;
      this._text.replaceChildren();
      this._legend.replaceChildren();
      this._entityList.replaceChildren();
      this._tableBox.replaceChildren();
      this._chartBox.replaceChildren();
      this._summary.textContent = '';
    }

    // Shows an analysis: the text is re-rendered only when the spans changed
    // (a new currency or date changes conversions, not highlights).
    _show(analysis, options, fresh, gen) {
      var self = this;
      var text = this._doc.text;
      var keepText = !fresh && this._renderedText === text && sameSpans(this._analysis, analysis);
      this._analysis = analysis;
      this._options = options;
      this._checks = checksByFigure(analysis);
      this._conversions = new Map();
      (analysis.conversions || []).forEach(function (c) { self._conversions.set(c.figure, c); });
      this._groups = groupEntities(analysis.entities);
      this._langSelect.value = options.lang === 'fr' || options.lang === 'en' ? options.lang : 'auto';
      this._fillCurrencies();
      this._dateInput.value = this._date || (analysis.rates && analysis.rates.date) || '';
      this._dateReset.disabled = !this._date;
      this._renderSummary();
      this._renderLegend();
      this._renderEntities();
      this._renderTable();
      // The chart reads the box's width: after this frame's layout, not in it.
      requestAnimationFrame(function () { if (gen === self._gen) self._renderChart(); });
      var done = function () {
        if (gen !== self._gen) return;
        self._hideStatus();
        self._markDisagreements();
        self.setAttribute('data-status', 'ready');
        self.dispatchEvent(new CustomEvent('tx-analyzed', {
          bubbles: true, composed: true, detail: { analysis: analysis, text: text, options: options },
        }));
      };
      if (keepText) { done(); return Promise.resolve(); }
      if (text.length < 100000) return this._renderText(analysis, text, gen).then(done);
      // A large text: the panels above show now, the text from the next task
      // on (one long task would freeze the page).
      this._text.replaceChildren();
      this._showStatus('Affichage du texte…', true, 0);
      return new Promise(function (resolve) { setTimeout(resolve, 0); }).then(function () {
        return gen === self._gen ? self._renderText(analysis, text, gen).then(done) : undefined;
      });
    }

    _renderSummary() {
      var a = this._analysis;
      var lang = { fr: 'français', en: 'anglais' }[a.language] || a.language;
      var parts = [lang, plural(a.length, 'caractère'), plural((a.sentences || []).length, 'phrase'),
                   plural(this._groups.length, 'entité') + ' (' + plural((a.entities || []).length, 'mention') + ')',
                   plural((a.figures || []).length, 'chiffre')];
      var r = a.rates || {};
      if (r.date) {
        var why = this._date ? 'date choisie'
          : (this._doc.published && !this.getAttribute('date')) ? 'date de publication de l’article'
          : r.chosen_by === 'publication' ? 'date de publication trouvée dans le texte'
          : r.chosen_by === 'option' ? 'date demandée' : 'taux le plus récent';
        parts.push('taux BCE du ' + r.date + ' (' + why + ')');
      }
      if (a.publication_date) parts.push('publié le ' + a.publication_date);
      this._summary.textContent = parts.join(' · ');
    }

    _renderLegend() {
      var self = this;
      var counts = {};
      (this._analysis.entities || []).forEach(function (e) { counts[e.type] = (counts[e.type] || 0) + 1; });
      (this._analysis.figures || []).forEach(function (f) { counts[f.kind] = (counts[f.kind] || 0) + 1; });
      this._legend.replaceChildren.apply(this._legend, ALL_TYPES.map(function (t) {
        var button = el('button', { type: 'button', 'aria-pressed': self._off.has(t) ? 'false' : 'true',
                                    'data-toggle': t }, [
          el('span', { class: 'swatch', 'data-type': t, 'aria-hidden': 'true' }),
          TYPE_LABELS[t] + ' ',
          el('span', { class: 'count', text: String(counts[t] || 0) })]);
        button.addEventListener('click', function () {
          if (self._off.has(t)) self._off.delete(t); else self._off.add(t);
          button.setAttribute('aria-pressed', self._off.has(t) ? 'false' : 'true');
          self._text.classList.toggle('off-' + t, self._off.has(t));
          self._resetRoving();
        });
        return el('li', null, [button]);
      }));
      ALL_TYPES.forEach(function (t) { self._text.classList.toggle('off-' + t, self._off.has(t)); });
    }

    // The text with its highlights, in slices so a large text never blocks
    // the page for long; a progress bar counts the slices.
    _renderText(analysis, text, gen) {
      var self = this;
      var items = [];
      (analysis.entities || []).forEach(function (e, i) {
        items.push({ start: e.start, end: e.end, type: e.type, ref: 'e' + i });
      });
      (analysis.figures || []).forEach(function (f, i) {
        items.push({ start: f.start, end: f.end, type: f.kind, ref: 'f' + i });
      });
      // Each line is its own block: the browser lays out a block's inline
      // content as a whole, so one block of megabytes costs seconds per
      // change; lines keep every relayout small. A highlight that crosses a
      // line break is continued in the next block.
      // A large text also groups its lines into chunks that the browser
      // skips while off screen (content-visibility), so that neither style
      // nor layout ever walks the whole text.
      var big = text.length > 100000;
      var chunk = null;
      for (var lineStart = 0; lineStart < text.length;) {
        var nl = text.indexOf('\n', lineStart);
        var lineEnd = nl < 0 ? text.length : nl + 1;
        if (big) {
          if (!chunk || chunk.end - chunk.start >= CHUNK_CHARS) {
            chunk = { start: lineStart, end: lineEnd, block: true, chunk: true, lines: 0 };
            items.push(chunk);
          }
          chunk.end = lineEnd;
          chunk.lines += Math.max(1, Math.ceil((lineEnd - lineStart) / 80));
        }
        items.push({ start: lineStart, end: lineEnd, block: true });
        lineStart = lineEnd;
      }
      var runs = runCursor(items, text.length);
      var root = this._text;
      root.replaceChildren();
      root.setAttribute('lang', analysis.language || '');
      root.classList.toggle('big', text.length > 100000);
      this._refs = new Map();   // ref -> first element of a highlight
      this._parts = new Map();  // ref -> all its elements (continuations too)
      this._renderedText = null;
      this._hideTip();
      var refs = this._refs;
      var parts = this._parts;
      var stack = [];  // [{item, node}]
      var opened = new Set();

      var stage = document.createElement('div');
      stage.className = 'doc';
      root.append(stage);
      return new Promise(function (resolve) {
        function slice() {
          if (gen !== self._gen) return resolve();
          var deadline = Date.now() + RENDER_SLICE_MS;
          var count = 0;
          var run;
          while ((run = runs.next())) {
            var k = 0;
            while (k < stack.length && k < run.open.length && stack[k].item === run.open[k]) k++;
            stack.length = k;
            for (var j = k; j < run.open.length; j++) {
              var item = items[run.open[j]];
              if (item.block) {
                var para = document.createElement('div');
                para.className = item.chunk ? 'chunk' : 'para';
                // a first guess of its height until it has been rendered once
                if (item.chunk) para.style.containIntrinsicSize = 'auto ' + Math.round(item.lines * 27) + 'px';
                (j ? stack[j - 1].node : stage).append(para);
                stack.push({ item: run.open[j], node: para });
                continue;
              }
              var node = document.createElement('mark');
              node.className = 'hl';
              node.dataset.type = item.type;
              node.dataset.ref = item.ref;
              if (!parts.has(item.ref)) parts.set(item.ref, []);
              parts.get(item.ref).push(node);
              if (!opened.has(run.open[j])) {
                opened.add(run.open[j]);
                node.dataset.start = item.start;
                node.dataset.end = item.end;
                node.tabIndex = -1;
                refs.set(item.ref, node);
              } else {
                node.className = 'hl cont';
                node.dataset.partOf = item.start + '-' + item.end;
              }
              (j ? stack[j - 1].node : stage).append(node);
              stack.push({ item: run.open[j], node: node });
            }
            var textNode = document.createTextNode(text.slice(run.start, run.end));
            (stack.length ? stack[stack.length - 1].node : stage).append(textNode);
            if (++count % 256 === 0 && Date.now() > deadline) break;
          }
          if (run) {
            var done = runs.progress();
            self._showStatus('Affichage du texte… ' + Math.round(100 * done) + ' %', true, done);
            setTimeout(slice, 0);
          } else {
            self._renderedText = text;
            self._resetRoving();
            resolve();
          }
        }
        slice();
      });
    }

    _markDisagreements() {
      var parts = this._parts;
      this._text.querySelectorAll('.hl.disagree').forEach(function (n) { n.classList.remove('disagree'); });
      this._checks.forEach(function (info, index) {
        if (!info.disagrees) return;
        (parts.get('f' + index) || []).forEach(function (n) { n.classList.add('disagree'); });
      });
    }

    // --- keyboard and tooltip --------------------------------------------------
    _visibleHighlights() {
      var off = this._off;
      return Array.prototype.filter.call(this._text.querySelectorAll('.hl[data-start]'), function (n) {
        return !off.has(n.dataset.type);
      });
    }
    _resetRoving() {
      var all = this._text.querySelectorAll('.hl[data-start][tabindex="0"]');
      all.forEach(function (n) { n.tabIndex = -1; });
      var first = this._visibleHighlights()[0];
      if (first) first.tabIndex = 0;
    }

    _wireText() {
      var self = this;
      var text = this._text;
      var hideTimer = 0;
      text.addEventListener('mouseover', function (event) {
        var target = event.target.closest && event.target.closest('.hl');
        if (!target || !text.contains(target) || self._off.has(target.dataset.type)) return;
        clearTimeout(hideTimer);
        self._showTip(target);
      });
      text.addEventListener('mouseout', function (event) {
        if (event.relatedTarget && event.relatedTarget.closest && event.relatedTarget.closest('.hl')) return;
        hideTimer = setTimeout(function () { if (!text.contains(self._root.activeElement)) self._hideTip(); }, 120);
      });
      text.addEventListener('focusin', function (event) {
        var target = event.target;
        if (!target.classList || !target.classList.contains('hl')) return;
        self._text.querySelectorAll('.hl[data-start][tabindex="0"]').forEach(function (n) { if (n !== target) n.tabIndex = -1; });
        target.tabIndex = 0;
        self._showTip(target);
      });
      text.addEventListener('focusout', function (event) {
        if (event.target.classList && event.target.classList.contains('hl')) {
          event.target.removeAttribute('aria-describedby');
          self._hideTip();
        }
      });
      text.addEventListener('keydown', function (event) {
        if (event.key === 'Escape') { self._hideTip(); return; }
        var keys = { ArrowRight: 1, ArrowLeft: -1, Home: -Infinity, End: Infinity };
        if (!(event.key in keys) || event.altKey || event.ctrlKey || event.metaKey) return;
        var list = self._visibleHighlights();
        if (!list.length) return;
        var current = list.indexOf(self._root.activeElement);
        var step = keys[event.key];
        var next = step === -Infinity ? 0 : step === Infinity ? list.length - 1
          : current < 0 ? (step > 0 ? 0 : list.length - 1) : Math.min(list.length - 1, Math.max(0, current + step));
        event.preventDefault();
        list[next].focus();
        list[next].scrollIntoView({ block: 'nearest' });
      });
    }

    _describe(node) {
      var a = this._analysis;
      if (!a) return null;
      var ref = node.dataset.ref;
      var index = Number(ref.slice(1));
      var locale = a.language || 'fr';
      var lines = [];
      if (ref[0] === 'e') {
        var e = a.entities[index];
        if (!e) return null;
        var group = this._groups.find(function (g) { return g.key === e.key; });
        lines.push(['tip-type', TYPE_LABELS[e.type] + ' « ' + e.text + ' »']);
        lines.push(['', 'Clé : ' + e.key + (group ? ' · ' + group.mentions.length + ' mention(s)' : '')]);
        if (e.rule) lines.push(['tip-rule', 'Règle : ' + e.rule]);
      } else {
        var f = a.figures[index];
        if (!f) return null;
        lines.push(['tip-type', TYPE_LABELS[f.kind] + ' « ' + f.text + ' »']);
        var conversion = this._conversions.get(index);
        if (conversion) lines.push(['', conversionLine(f, conversion, locale)]);
        else lines.push(['', 'Valeur : ' + figureValue(f, locale) + (f.approx ? ' (approximatif)' : '')]);
        var check = this._checks.get(index);
        if (check) lines.push([check.disagrees ? 'tip-warn' : '', checkText(check.check, locale)]);
        if (f.rule) lines.push(['tip-rule', 'Règle : ' + f.rule]);
      }
      return lines;
    }

    _showTip(target) {
      var tip = this._tip;
      var items = [];
      for (var n = target; n && n !== this._text; n = n.parentNode) {
        if (n.classList && n.classList.contains('hl') && !this._off.has(n.dataset.type)) {
          var lines = this._describe(n);
          if (lines) items.push(lines);
        }
      }
      if (!items.length) return this._hideTip();
      tip.replaceChildren.apply(tip, items.map(function (lines) {
        return el('div', { class: 'tip-item' }, lines.map(function (l) { return el('div', { class: l[0] || null, text: l[1] }); }));
      }));
      tip.hidden = false;
      target.setAttribute('aria-describedby', this._uid + '-tip');
      var wrap = this._text.parentNode.getBoundingClientRect();
      var box = target.getBoundingClientRect();
      var tipBox = tip.getBoundingClientRect();
      var left = Math.max(4, Math.min(box.left - wrap.left, wrap.width - tipBox.width - 4));
      var top = box.bottom - wrap.top + 6;
      if (top + tipBox.height > wrap.height && box.top - wrap.top - tipBox.height - 6 > 0) top = box.top - wrap.top - tipBox.height - 6;
      tip.style.left = left + 'px';  // CSSOM, not a style attribute: allowed under CSP
      tip.style.top = top + 'px';
    }
    _hideTip() { this._tip.hidden = true; }

    _markCurrent(target) {
      var previous = this._text.querySelector('.hl.current');
      if (previous) previous.classList.remove('current');
      if (!target) return;
      target.classList.add('current');
      target.scrollIntoView({ block: 'center', inline: 'nearest' });
      this._showTip(target);
    }

    // --- entity panel ----------------------------------------------------------
    _renderEntities() {
      var self = this;
      var groups = this._groups;
      this._position.textContent = '';
      if (!groups.length) {
        this._entityList.replaceChildren(el('li', { class: 'empty', text: 'Aucune entité trouvée.' }));
        this._entityMore.replaceChildren();
        return;
      }
      var shown = groups.slice(0, this._entityLimit);
      this._entityList.replaceChildren.apply(this._entityList, shown.map(function (g) {
        var n = g.mentions.length;
        var button = el('button', { type: 'button', 'data-key': g.key, 'aria-current': 'false',
                                    'aria-label': g.name + ', ' + TYPE_LABELS[g.type] + ', ' + n +
                                      (n > 1 ? ' mentions' : ' mention') + ' : aller à la suivante' }, [
          el('span', { class: 'swatch', 'data-type': g.type, 'aria-hidden': 'true' }),
          el('span', { class: 'name', text: g.name }),
          el('span', { class: 'count', 'aria-hidden': 'true', text: String(n) })]);
        button.addEventListener('click', function (event) {
          var at = self._cursor.has(g.key) ? self._cursor.get(g.key) + (event.shiftKey ? -1 : 1) : (event.shiftKey ? n - 1 : 0);
          self.focusMention(g.key, at);
        });
        return el('li', null, [button]);
      }));
      this._entityMore.replaceChildren();
      if (groups.length > shown.length) {
        var more = el('button', { type: 'button', class: 'btn', text: 'Afficher les ' + (groups.length - shown.length) + ' autres entités' });
        more.addEventListener('click', function () { self._entityLimit = Infinity; self._renderEntities(); });
        this._entityMore.append(more);
      }
    }

    // --- figures table -----------------------------------------------------------
    _renderTable() {
      var self = this;
      var a = this._analysis;
      var figures = a.figures || [];
      var to = (a.rates && a.rates.to) || (this._options && this._options.to) || 'EUR';
      var locale = a.language || 'fr';
      this._tableMore.replaceChildren();
      if (!figures.length) {
        this._tableBox.replaceChildren(el('p', { class: 'empty', text: 'Aucun chiffre trouvé.' }));
        return;
      }
      var rateDay = '';
      this._conversions.forEach(function (c) { if (c.rate_date && !rateDay) rateDay = c.rate_date; });
      var labels = ['Texte', 'Type', 'Valeur normalisée', 'Unité',
                    'En ' + to + (rateDay ? ' (BCE ' + rateDay + ')' : ''), 'Conversion de l’article'];
      // Explicit roles: on a phone the rows become cards (display: grid),
      // which would otherwise drop the table's semantics.
      var head = el('tr', { role: 'row' }, labels.map(function (h) {
        return el('th', { scope: 'col', role: 'columnheader', text: h });
      }));
      // One cell: its content in one wrapper (the card layout's second
      // column), its column name for the card's first.
      var cell = function (column, cls, children) {
        var empty = !children.some(function (c) { return c && (typeof c !== 'string' || c.length); });
        return el('td', { role: 'cell', 'data-label': labels[column],
                          class: [cls, empty ? 'blank' : ''].filter(Boolean).join(' ') || null },
                  [el('span', { class: 'v' }, children)]);
      };
      var shown = figures.slice(0, this._tableLimit);
      var rows = shown.map(function (f, i) {
        var link = el('button', { type: 'button', class: 'link', text: f.text, 'aria-label': f.text + ' : montrer dans le texte' });
        link.addEventListener('click', function () {
          var target = self._refs.get('f' + i);
          if (target) { self._markCurrent(target); target.focus({ preventScroll: true }); }
        });
        var conversion = self._conversions.get(i);
        var converted = [], convertedClass = 'num';
        if (f.kind === 'money') {
          if (conversion && (conversion.value === null || conversion.value === undefined)) {
            convertedClass = 'why';
            converted = [el('span', { text: 'non convertible' }),
                         conversion.reason ? el('span', { class: 'reason', text: conversion.reason }) : null];
          } else if (conversion) {
            converted = [conversion.display_full || formatMoneyFull(conversion.value, conversion.to, locale)];
          } else if (f.unit === to && typeof f.value === 'number') {
            converted = [formatMoneyFull(f.value, to, locale)];
          }
        }
        var check = self._checks.get(i);
        var checked = check ? [el('span', { class: 'flag ' + (check.disagrees ? 'bad' : 'good'),
                                            text: check.disagrees ? 'désaccord' : 'conforme' }), ' ',
                               checkText(check.check, locale, true)] : [];
        var value = f.value === null || f.value === undefined ? figureValue(f, locale)
          : typeof f.value === 'number' ? formatNumber(f.value, locale) + (f.approx ? ' (≈)' : '')
          : String(f.value) + (f.approx ? ' (≈)' : '');
        return el('tr', { role: 'row', 'data-figure': String(i),
                          'data-check': check ? (check.disagrees ? 'disagrees' : 'agrees') : null }, [
          cell(0, 'first', [link]),
          cell(1, null, [el('span', { class: 'kind' }, [el('span', { class: 'swatch', 'data-type': f.kind, 'aria-hidden': 'true' }),
                                                        TYPE_LABELS[f.kind]])]),
          cell(2, typeof f.value === 'number' ? 'num' : null, [value]),
          cell(3, null, [f.unit || '']),
          cell(4, convertedClass, converted),
          cell(5, 'check', checked)]);
      });
      var table = el('table', { role: 'table' }, [
        el('caption', { text: plural(figures.length, 'chiffre') + ' dans l’ordre du texte' +
                              (shown.length < figures.length ? ' (les ' + shown.length + ' premiers)' : '') }),
        el('thead', { role: 'rowgroup' }, [head]), el('tbody', { role: 'rowgroup' }, rows)]);
      this._tableBox.replaceChildren(table);
      if (shown.length < figures.length) {
        var more = el('button', { type: 'button', class: 'btn', text: 'Afficher les ' + (figures.length - shown.length) + ' autres chiffres' });
        more.addEventListener('click', function () { self._tableLimit = Infinity; self._renderTable(); });
        this._tableMore.append(more);
      }
    }

    // --- chart -------------------------------------------------------------------
    // Horizontal bars of the money amounts in the target currency, drawn to
    // the box's width: the label on its own line above each bar, so it reads
    // at 360 px as on a desktop.
    _renderChart() {
      var a = this._analysis;
      if (!a) return;
      var to = (a.rates && a.rates.to) || 'EUR';
      var locale = a.language || 'fr';
      this._chartTitle.textContent = 'Montants en ' + to;
      var all = moneyInTarget(a);
      var money = all.filter(function (m) { return m.value !== null; });
      var missing = all.length - money.length;
      var missingNote = missing ? plural(missing, 'montant') + ' sans valeur en ' + to + ' (vague ou sans cours BCE) : ' +
        'voir le tableau.' : '';
      if (!money.length) {
        this._chartBox.replaceChildren(el('p', { class: 'empty', text: all.length ? 'Aucun montant à représenter. ' + missingNote
                                                                                  : 'Aucun montant dans ce texte.' }));
        return;
      }
      var note = '';
      if (money.length > MAX_CHART_BARS) {
        money = money.slice().sort(function (x, y) { return (y.value || 0) - (x.value || 0); }).slice(0, MAX_CHART_BARS)
          .sort(function (x, y) { return x.index - y.index; });
        note = 'Les ' + MAX_CHART_BARS + ' plus grands montants, dans l’ordre du texte.';
      }
      // The width the ResizeObserver saw: reading clientWidth here would force
      // a layout of everything changed since the last frame.
      var width = Math.max(240, this._chartWidth || Math.round(this._chartBox.clientWidth) || 640);
      var valueSpace = Math.min(130, Math.round(width * 0.32));
      var barMax = width - valueSpace - 4;
      var max = money.reduce(function (m, x) { return x.value !== null && x.value > m ? x.value : m; }, 0);
      var rowH = 44;
      var height = money.length * rowH + 4;
      var maxChars = Math.max(12, Math.floor(width / 7.2));
      var bars = money.map(function (m, i) {
        var y = i * rowH;
        var label = m.figure.text.length > maxChars ? m.figure.text.slice(0, maxChars - 1) + '…' : m.figure.text;
        var children = [svgEl('title', { text: m.figure.text + ' : ' + (m.value !== null ? formatMoneyCompact(m.value, to, locale) : 'non converti') })];
        children.push(svgEl('text', { class: 'label', x: 0, y: y + 14, text: label }));
        if (m.value !== null && max > 0) {
          var w = Math.max(2, Math.round(barMax * Math.max(0, m.value) / max));
          children.push(svgEl('rect', { class: 'bar' + (m.figure.approx ? ' approx' : ''), 'data-type': 'money',
                                        'data-figure': m.index, x: 0, y: y + 20, width: w, height: 16, rx: 2 }));
          children.push(svgEl('text', { class: 'value', x: w + 6, y: y + 33,
                                        text: (m.figure.approx ? '≈ ' : '') + formatMoneyCompact(m.value, to, locale) }));
        } else {
          children.push(svgEl('text', { class: 'value', x: 0, y: y + 33,
                                        text: 'non converti' + (m.reason ? ' : ' + m.reason : '') }));
        }
        return svgEl('g', null, children);
      });
      var largest = money.filter(function (m) { return m.value !== null; })
        .sort(function (x, y) { return y.value - x.value; })[0];
      var svg = svgEl('svg', {
        role: 'img', width: width, height: height, viewBox: '0 0 ' + width + ' ' + height,
        'aria-label': plural(money.length, 'montant') + ' en ' + to +
          (largest ? ' ; le plus grand : ' + largest.figure.text + ' ≈ ' + formatMoneyCompact(largest.value, to, locale) : ''),
      }, [svgEl('line', { class: 'axis', x1: 0.5, y1: 0, x2: 0.5, y2: height })].concat(bars));
      this._chartBox.replaceChildren(svg);
      if (note) this._chartBox.append(el('p', { class: 'note', text: note }));
      if (missingNote) this._chartBox.append(el('p', { class: 'note', text: missingNote }));
    }
  }

  customElements.define(ELEMENT_NAME, TextExplorerElement);
}

defineElement();

TextExplorer.ui = {
  ENTITY_TYPES: ENTITY_TYPES, FIGURE_KINDS: FIGURE_KINDS, ALL_TYPES: ALL_TYPES, TYPE_LABELS: TYPE_LABELS,
  PALETTE: PALETTE, INK: INK, PAGE: PAGE, CHECK_THRESHOLD: CHECK_THRESHOLD,
  contrastRatio: contrastRatio, highlightRuns: highlightRuns, groupEntities: groupEntities,
  crossEntities: crossEntities, moneyInTarget: moneyInTarget, figuresCsv: figuresCsv, toCsv: toCsv,
  parseHash: parseHash, formatHash: formatHash, localeCurrency: localeCurrency,
  defaultCurrency: defaultCurrency, decodeBytes: decodeBytes, utf8Length: utf8Length,
  formatBytes: formatBytes, figureValue: figureValue, conversionLine: conversionLine,
  formatIsoDate: formatIsoDate, checkText: checkText,
  htmlToText: typeof DOMParser === 'function' ? htmlToText : undefined,
  get runner() { return getRunner(); },
  PAGE_MAX_BYTES: PAGE_MAX_BYTES,
};
