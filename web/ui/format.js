// Pure helpers of the explorer UI: no DOM, so Node can test them through
// require('dist/text-explorer.js').ui. Part of the UI bundle that
// web/build-ui.js appends to dist/text-explorer.js (one shared scope).

// The highlight types: entity types, then figure kinds (ANALYSIS.md).
var ENTITY_TYPES = ['PERSON', 'ORG', 'PLACE', 'PRODUCT', 'EVENT'];
var FIGURE_KINDS = ['money', 'percent', 'quantity', 'date', 'number'];
var ALL_TYPES = ENTITY_TYPES.concat(FIGURE_KINDS);

var TYPE_LABELS = {
  PERSON: 'Personne', ORG: 'Organisation', PLACE: 'Lieu', PRODUCT: 'Produit', EVENT: 'Événement',
  money: 'Montant', percent: 'Pourcentage', quantity: 'Quantité', date: 'Date', number: 'Nombre',
};

// One colour per type. Text is always INK on the tint `bg` (WCAG AA for
// text: ratio >= 4.5); `line` marks the type on a white page (underline,
// legend swatch, chart bar: WCAG 1.4.11 asks >= 3 for graphics). The
// browser tests compute these ratios.
var INK = '#1a1a1a';
var PAGE = '#ffffff';
var PALETTE = {
  PERSON: { bg: '#ffe1bf', line: '#a8520a' },
  ORG: { bg: '#d5e6ff', line: '#1d5bb8' },
  PLACE: { bg: '#d2f1da', line: '#1c7337' },
  PRODUCT: { bg: '#eedbff', line: '#7a3db5' },
  EVENT: { bg: '#ffd5df', line: '#b0244d' },
  money: { bg: '#fff0a0', line: '#806400' },
  percent: { bg: '#c8f0ec', line: '#00736c' },
  quantity: { bg: '#e8e0cf', line: '#6b5832' },
  date: { bg: '#dde3ee', line: '#475569' },
  number: { bg: '#ececec', line: '#5c5c5c' },
};

// Relative luminance and contrast ratio of WCAG 2.x, from '#rrggbb'.
function luminance(hex) {
  var n = parseInt(hex.slice(1), 16);
  var channels = [(n >> 16) & 255, (n >> 8) & 255, n & 255].map(function (c) {
    var s = c / 255;
    return s <= 0.03928 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
  });
  return 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2];
}
function contrastRatio(a, b) {
  var la = luminance(a), lb = luminance(b);
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

// --- numbers -----------------------------------------------------------------

var formatters = new Map();
function formatter(locale, options) {
  var key = locale + JSON.stringify(options);
  var f = formatters.get(key);
  if (!f) {
    try {
      f = new Intl.NumberFormat(locale, options);
    } catch (e) {  // an unknown currency code or locale: plain digits
      f = new Intl.NumberFormat('en', { maximumFractionDigits: options.maximumFractionDigits });
    }
    formatters.set(key, f);
  }
  return f;
}

function isNumber(v) { return typeof v === 'number' && isFinite(v); }

// "50 Md $" (fr), "$50B" (en).
function formatMoneyCompact(value, currency, locale) {
  if (!isNumber(value)) return '';
  return formatter(locale, { style: 'currency', currency: currency, currencyDisplay: 'narrowSymbol',
                             notation: 'compact', maximumFractionDigits: Math.abs(value) < 1000 ? 2 : 1 }).format(value);
}
// "50 000 000 000 $US" in full, cents only when there are any.
function formatMoneyFull(value, currency, locale) {
  if (!isNumber(value)) return '';
  var cents = Math.round(value * 100) % 100 !== 0;
  return formatter(locale, { style: 'currency', currency: currency, currencyDisplay: 'symbol',
                             minimumFractionDigits: cents ? 2 : 0,
                             maximumFractionDigits: cents ? 2 : 0 }).format(value);
}
function formatNumber(value, locale, digits) {
  if (!isNumber(value)) return '';
  return formatter(locale, { maximumFractionDigits: digits == null ? 6 : digits }).format(value);
}

var MONTHS_FR = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août',
                 'septembre', 'octobre', 'novembre', 'décembre'];
var MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
                 'September', 'October', 'November', 'December'];
// ISO 8601 value of a date figure in words: "2025-01-23" -> "23 janvier 2025",
// "2025-01" -> "janvier 2025", "--04-07" -> "7 avril". Anything else as is.
function formatIsoDate(value, locale) {
  if (typeof value !== 'string') return '';
  var m = /^(\d{4}|-)-?(\d{2})?-?(\d{2})?$/.exec(value);
  if (!m) return value;
  var months = /^en/.test(locale) ? MONTHS_EN : MONTHS_FR;
  var year = m[1] === '-' ? '' : m[1];
  var month = m[2] ? months[Number(m[2]) - 1] : '';
  var day = m[3] ? String(Number(m[3])) : '';
  if (m[2] && !month) return value;
  if (/^en/.test(locale)) {
    return [month, day].filter(Boolean).join(' ') + (year ? (day ? ', ' : ' ') + year : '');
  }
  return [day === '1' ? '1er' : day, month, year].filter(Boolean).join(' ');
}

// The normalized value of a figure, as a reader reads it.
function figureValue(figure, locale) {
  var v = figure.value;
  var approx = figure.approx ? '≈ ' : '';
  if (v === null || v === undefined) {
    var lo = isNumber(figure.min), hi = isNumber(figure.max);
    var fmt = function (x) {
      return figure.kind === 'money' && figure.unit ? formatMoneyCompact(x, figure.unit, locale)
        : formatNumber(x, locale) + (figure.unit ? ' ' + figure.unit : '');
    };
    if (lo && hi) return 'entre ' + fmt(figure.min) + ' et ' + fmt(figure.max);
    if (lo) return 'au moins ' + fmt(figure.min);
    if (hi) return 'au plus ' + fmt(figure.max);
    return 'montant vague (pas de valeur unique)';
  }
  switch (figure.kind) {
    case 'money': return approx + (figure.unit ? formatMoneyCompact(v, figure.unit, locale) : formatNumber(v, locale));
    case 'percent': return approx + formatNumber(v, locale) + ' %';
    case 'quantity': return approx + formatNumber(v, locale) + (figure.unit ? ' ' + figure.unit : '');
    case 'date': return formatIsoDate(v, locale) + (typeof v === 'string' ? ' (' + v + ')' : '');
    default: return approx + (isNumber(v) ? formatNumber(v, locale) : String(v));
  }
}

// "44,4 Md €": the conversion's own display string when the module gives one.
function conversionText(conversion, locale) {
  if (!conversion) return '';
  if (conversion.value === null || conversion.value === undefined) return '';
  return conversion.display || formatMoneyCompact(conversion.value, conversion.to, locale);
}

// "50 Md $ ≈ 44,4 Md € · BCE 2025-05-09", or why it could not be converted.
function conversionLine(figure, conversion, locale) {
  if (!conversion) return '';
  if (conversion.value === null || conversion.value === undefined) {
    return 'Pas de conversion en ' + conversion.to + (conversion.reason ? ' : ' + conversion.reason : '');
  }
  return figureValue(figure, locale) + ' ≈ ' + conversionText(conversion, locale) +
    (conversion.rate_date ? ' · BCE ' + conversion.rate_date : '');
}

function signedPercent(fraction, locale) {
  var s = formatter(locale, { style: 'percent', maximumFractionDigits: 1, signDisplay: 'exceptZero' });
  return s.format(fraction);
}

// The article's own conversions (analysis.checks), per figure index:
// {check, disagrees} where disagrees means |deviation| > threshold.
var CHECK_THRESHOLD = 0.02;
function checksByFigure(analysis) {
  var byFigure = new Map();
  (analysis.checks || []).forEach(function (check) {
    var disagrees = isNumber(check.deviation) && Math.abs(check.deviation) > CHECK_THRESHOLD;
    (check.figures || []).forEach(function (i) { byFigure.set(i, { check: check, disagrees: disagrees }); });
  });
  return byFigure;
}
function checkText(check, locale, bare) {
  var d = signedPercent(check.deviation, locale);
  var disagrees = Math.abs(check.deviation) > CHECK_THRESHOLD;
  return (bare ? '' : disagrees ? 'Conversion de l’article en désaccord avec la BCE : ' : 'Conversion de l’article conforme : ') +
    'taux de l’article ' + formatNumber(check.implied_rate, locale, 4) + ', BCE ' +
    formatNumber(check.ecb_rate, locale, 4) + ' (' + check.rate_date + '), écart ' + d;
}

// The money amounts of an analysis in its target currency, in text order:
// [{figure, index, value (in `to`, or null), reason}].
function moneyInTarget(analysis) {
  var to = analysis.rates && analysis.rates.to;
  var conv = new Map();
  (analysis.conversions || []).forEach(function (c) { conv.set(c.figure, c); });
  var out = [];
  (analysis.figures || []).forEach(function (f, i) {
    if (f.kind !== 'money') return;
    var c = conv.get(i);
    var value = null, reason = '';
    if (c) {
      value = isNumber(c.value) ? c.value : null;
      reason = c.reason || '';
    } else if (f.unit === to && isNumber(f.value)) {
      value = f.value;
    } else if (!isNumber(f.value)) {
      reason = 'montant sans valeur unique';
    }
    out.push({ figure: f, index: i, value: value, reason: reason, conversion: c || null });
  });
  return out;
}

// --- entities ----------------------------------------------------------------

// Entities grouped by key: [{key, type, name, mentions: [entity...]}], sorted
// by mention count (most first), then name. `name` is the longest mention.
function groupEntities(entities) {
  var groups = new Map();
  (entities || []).forEach(function (e, i) {
    var g = groups.get(e.key);
    if (!g) groups.set(e.key, g = { key: e.key, type: e.type, name: e.text, mentions: [] });
    g.mentions.push(Object.assign({ index: i }, e));
    if (e.text.length > g.name.length) g.name = e.text;
  });
  return Array.from(groups.values()).sort(function (a, b) {
    return b.mentions.length - a.mentions.length || a.name.localeCompare(b.name, 'fr');
  });
}

// Which entity keys appear in which documents: docs = [{id, title,
// analysis}]. Rows sorted by number of documents, then total mentions.
function crossEntities(docs) {
  var rows = new Map();
  docs.forEach(function (doc, column) {
    groupEntities(doc.analysis && doc.analysis.entities).forEach(function (g) {
      var row = rows.get(g.key);
      if (!row) rows.set(g.key, row = { key: g.key, type: g.type, name: g.name, counts: docs.map(function () { return 0; }) });
      row.counts[column] += g.mentions.length;
      if (g.name.length > row.name.length) row.name = g.name;
    });
  });
  var total = function (r) { return r.counts.reduce(function (a, b) { return a + b; }, 0); };
  var present = function (r) { return r.counts.filter(Boolean).length; };
  return Array.from(rows.values()).sort(function (a, b) {
    return present(b) - present(a) || total(b) - total(a) || a.name.localeCompare(b.name, 'fr');
  });
}

// --- highlights: spans to properly nested runs ---------------------------------

// items: [{start, end, block?}] (may overlap or cross). The runs of text
// between boundaries, in order: {start, end, open: [item indexes, outermost
// first]}. Block items (the lines: disjoint) are always outermost; then
// outer = starts earlier, then ends later. A renderer keeps a stack of open
// elements and, at each run, closes what no longer matches the stack prefix
// and opens the rest (an item reopened after a crossing item or a block
// closed it is a continuation). O(boundaries * depth) after an
// O(n log n) sort.
//
// runCursor() hands the runs out one at a time (next() -> run or null; the
// run object and its `open` array are reused: read, do not keep), so that a
// renderer working in time slices allocates nothing per run.
function runCursor(items, length) {
  var valid = [];
  for (var i = 0; i < items.length; i++) {
    var it = items[i];
    if (it.end > it.start && it.start >= 0 && it.end <= length) valid.push(i);
  }
  // Sorted through numeric keys (no comparator: a large text has ~10^5
  // items): start * 2^21 + index orders by start, then input order.
  var order, k;
  if (valid.length < 2097152 && length < 67108864) {
    var keys = new Float64Array(valid.length);
    for (k = 0; k < valid.length; k++) keys[k] = items[valid[k]].start * 2097152 + valid[k];
    keys.sort();
    order = new Int32Array(valid.length);
    for (k = 0; k < keys.length; k++) order[k] = keys[k] % 2097152;
  } else {
    order = valid.slice().sort(function (a, b) { return items[a].start - items[b].start || a - b; });
  }
  var points = new Float64Array(2 * valid.length + 2);
  points[1] = length;
  for (k = 0; k < valid.length; k++) {
    points[2 + 2 * k] = items[valid[k]].start;
    points[3 + 2 * k] = items[valid[k]].end;
  }
  points.sort();
  var outer = function (x, y) {  // blocks first, then starts earlier, then ends later
    var a = items[x], b = items[y];
    return (b.block ? 1 : 0) - (a.block ? 1 : 0) || a.start - b.start || b.end - a.end || x - y;
  };
  var p = 0;        // current boundary
  var next = 0;     // next item in `order` to start
  var run = { start: 0, end: 0, open: [] };  // open: covering items, outermost first
  return {
    progress: function () { return points.length > 1 ? p / (points.length - 1) : 1; },
    next: function () {
      while (p + 1 < points.length) {
        var from = points[p], to = points[++p];
        if (to === from) continue;
        var active = run.open, kept = 0;
        for (var j = 0; j < active.length; j++) if (items[active[j]].end > from) active[kept++] = active[j];
        active.length = kept;
        var added = false;
        while (next < order.length && items[order[next]].start <= from) {
          active.push(order[next++]);
          added = true;
        }
        if (added && active.length > 1) active.sort(outer);
        run.start = from;
        run.end = to;
        return run;
      }
      return null;
    },
  };
}

// All the runs at once, each with its own `open` array (for tests).
function highlightRuns(items, length) {
  var cursor = runCursor(items, length), out = [], run;
  while ((run = cursor.next())) out.push({ start: run.start, end: run.end, open: run.open.slice() });
  return out;
}

// --- CSV ---------------------------------------------------------------------

// RFC 4180: a field with a comma, quote, CR or LF is quoted, quotes doubled.
// Lines end with CRLF.
function csvField(value) {
  if (value === null || value === undefined) return '';
  var s = typeof value === 'number' ? (isFinite(value) ? String(value) : '') : String(value);
  return /[",\r\n]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s;
}
function toCsv(rows) {
  return rows.map(function (row) { return row.map(csvField).join(','); }).join('\r\n') + '\r\n';
}

var CSV_HEADER = ['index', 'start', 'end', 'text', 'kind', 'value', 'unit', 'approx', 'min', 'max',
                  'rule', 'to', 'converted_value', 'rate', 'rate_date', 'conversion_note',
                  'article_check_deviation'];
// One row per figure, in the order of analysis.figures.
function figuresCsv(analysis) {
  var conv = new Map();
  (analysis.conversions || []).forEach(function (c) { conv.set(c.figure, c); });
  var checks = checksByFigure(analysis);
  var rows = [CSV_HEADER];
  (analysis.figures || []).forEach(function (f, i) {
    var c = conv.get(i);
    var k = checks.get(i);
    rows.push([i, f.start, f.end, f.text, f.kind, f.value, f.unit, f.approx ? 'true' : 'false',
               f.min, f.max, f.rule, c ? c.to : '', c ? c.value : '', c ? c.rate : '',
               c ? c.rate_date : '', c ? c.reason : '', k ? k.check.deviation : '']);
  });
  return toCsv(rows);
}

// --- URL hash ----------------------------------------------------------------

// "#article=x&to=USD&date=2024-01-05" <-> {article, to, date, lang}.
var HASH_KEYS = ['article', 'to', 'date', 'lang'];
function parseHash(hash) {
  var params = new URLSearchParams(String(hash || '').replace(/^#/, ''));
  var out = {};
  HASH_KEYS.forEach(function (k) { if (params.get(k)) out[k] = params.get(k); });
  if (out.to && !/^[A-Z]{3}$/.test(out.to)) delete out.to;
  if (out.date && !/^\d{4}-\d{2}-\d{2}$/.test(out.date)) delete out.date;
  if (out.lang && !/^(auto|fr|en)$/.test(out.lang)) delete out.lang;
  return out;
}
function formatHash(state) {
  var params = new URLSearchParams();
  HASH_KEYS.forEach(function (k) { if (state[k]) params.set(k, state[k]); });
  var s = params.toString();
  return s ? '#' + s : '';
}

// --- the reader's currency -----------------------------------------------------

// Region of a BCP 47 tag -> ISO 4217, for the currencies the ECB publishes
// (and the euro area). Unknown regions give ''.
var REGION_CURRENCY = {
  US: 'USD', GB: 'GBP', JP: 'JPY', CH: 'CHF', LI: 'CHF', CA: 'CAD', AU: 'AUD', NZ: 'NZD',
  CN: 'CNY', HK: 'HKD', SG: 'SGD', KR: 'KRW', IN: 'INR', ID: 'IDR', MY: 'MYR', PH: 'PHP',
  TH: 'THB', BR: 'BRL', MX: 'MXN', ZA: 'ZAR', TR: 'TRY', IL: 'ILS', SE: 'SEK', NO: 'NOK',
  DK: 'DKK', IS: 'ISK', PL: 'PLN', CZ: 'CZK', HU: 'HUF', RO: 'RON', BG: 'BGN',
  FR: 'EUR', DE: 'EUR', ES: 'EUR', IT: 'EUR', BE: 'EUR', NL: 'EUR', LU: 'EUR', AT: 'EUR',
  PT: 'EUR', IE: 'EUR', FI: 'EUR', GR: 'EUR', SK: 'EUR', SI: 'EUR', EE: 'EUR', LV: 'EUR',
  LT: 'EUR', MT: 'EUR', CY: 'EUR', HR: 'EUR', MC: 'EUR',
};
function localeCurrency(tag) {
  var m = /^[a-z]{2,3}(?:-[A-Za-z]{4})?-([A-Z]{2})\b/.exec(String(tag || ''));
  return (m && REGION_CURRENCY[m[1]]) || '';
}
// The default target currency: the reader's, when the rate table knows it,
// else EUR (else whatever the table has).
function defaultCurrency(languages, known) {
  var list = known && known.length ? known : ['EUR'];
  for (var i = 0; i < (languages || []).length; i++) {
    var c = localeCurrency(languages[i]);
    if (c && list.indexOf(c) >= 0) return c;
    if (c) break;  // the first tag with a region decides
  }
  return list.indexOf('EUR') >= 0 ? 'EUR' : list[0];
}

// --- bytes and sizes ----------------------------------------------------------

// Decodes a file's bytes: a UTF-16 byte order mark means UTF-16, else UTF-8.
// Invalid bytes become U+FFFD and `replaced` says so (never a silent loss).
function decodeBytes(bytes) {
  var u8 = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  var encoding = 'utf-8';
  if (u8[0] === 0xff && u8[1] === 0xfe) encoding = 'utf-16le';
  else if (u8[0] === 0xfe && u8[1] === 0xff) encoding = 'utf-16be';
  try {
    return { text: new TextDecoder(encoding, { fatal: true }).decode(u8), replaced: 0, encoding: encoding };
  } catch (e) {
    var text = new TextDecoder(encoding, { fatal: false }).decode(u8);
    var total = (text.match(/\uFFFD/g) || []).length;
    var genuine = 0;  // U+FFFD the file really contains (EF BF BD) is no replacement
    if (encoding === 'utf-8') {
      for (var i = 0; i + 2 < u8.length; i++) {
        if (u8[i] === 0xef && u8[i + 1] === 0xbf && u8[i + 2] === 0xbd) genuine++;
      }
    }
    return { text: text, replaced: Math.max(1, total - genuine), encoding: encoding };
  }
}

// UTF-8 byte length of a string without allocating it.
function utf8Length(s) {
  var n = 0;
  for (var i = 0; i < s.length; i++) {
    var c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) { n += 4; i++; }
    else n += 3;
  }
  return n;
}
// "1 phrase", "30 phrases" (French plural in -s, enough for the UI's words).
function plural(n, word) {
  return formatNumber(n, 'fr') + ' ' + word + (Math.abs(n) >= 2 ? 's' : '');
}
function formatBytes(n) {
  if (n < 1000) return n + ' o';
  if (n < 1e6) return formatNumber(n / 1e3, 'fr', 1) + ' ko';
  return formatNumber(n / 1e6, 'fr', 1) + ' Mo';
}
