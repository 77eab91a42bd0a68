// --extern-post-js: the public API around the Emscripten factory. Defines
// the global TextExplorer (and module.exports in Node); see text-explorer.d.ts.
var TextExplorer = (function (factory) {
  'use strict';

  // The API over one instance of the module. Self-contained (it uses
  // nothing from outside, so a worker can be built from its source): the
  // page's Blob worker and the tests wrap their own instances with it.
  function wrap(module) {
    var encoder = new TextEncoder();
    var decoder = new TextDecoder();

    // The input goes into a buffer the module hands out: one copy, where a
    // std::string argument would be copied byte by byte in JS.
    function write(value, what) {
      if (typeof value !== 'string') throw new TypeError(what + ' must be a string');
      // TextEncoder turns a lone surrogate into U+FFFD: one UTF-16 unit for
      // one, so offsets still index the caller's string.
      var bytes = encoder.encode(value);
      var buffer = module.inputBuffer(bytes.length);
      if (!buffer) throw new Error('out of memory: ' + what + ' of ' + bytes.length + ' bytes');
      buffer.set(bytes);
    }

    // The module hands back a view on a UTF-8 JSON buffer that its next
    // call reuses: decode it at once.
    function unwrap(view) {
      var result = JSON.parse(decoder.decode(view));
      if (result && typeof result.error === 'string') throw new Error(result.error);
      return result;
    }

    return {
      analyze: function (input, options) {
        var o = options || {};
        var lang = String(o.lang || 'auto'), to = String(o.to || 'EUR');
        var date = String(o.date || ''), locale = String(o.locale || '');
        write(input, 'text');
        return unwrap(module.analyze(lang, to, date, locale));
      },
      loadRates: function (contents) {
        write(contents, 'rates');
        return unwrap(module.loadRates());
      },
      resetRates: function () { return unwrap(module.resetRates()); },
    };
  }

  var loading = null;
  return {
    load: function () {
      if (!loading) {
        loading = factory().then(wrap);
        loading.catch(function () { loading = null; });
      }
      return loading;
    },
    // The Emscripten factory itself, for a Blob worker built from its source.
    factory: factory,
    wrap: wrap,
  };
})(TextExplorerModule);

if (typeof module === 'object' && module.exports) module.exports = TextExplorer;
