// --extern-post-js: the public API around the Emscripten factory. Defines
// the global TextExplorer (and module.exports in Node); see text-explorer.d.ts.
var TextExplorer = (function (factory) {
  'use strict';
  var encoder = new TextEncoder();
  var decoder = new TextDecoder();

  // The bindings hand back a view on a UTF-8 JSON buffer that the next call
  // reuses: decode it at once.
  function unwrap(view) {
    var result = JSON.parse(decoder.decode(view));
    if (result && typeof result.error === 'string') throw new Error(result.error);
    return result;
  }

  function text(value, what) {
    if (typeof value !== 'string') throw new TypeError(what + ' must be a string');
    // TextEncoder turns a lone surrogate into U+FFFD: one UTF-16 unit for
    // one, so offsets still index the caller's string.
    return encoder.encode(value);
  }

  function api(module) {
    return {
      analyze: function (input, options) {
        var o = options || {};
        return unwrap(module.analyze(text(input, 'text'), String(o.lang || 'auto'),
                                     String(o.to || 'EUR'), String(o.date || ''),
                                     String(o.locale || '')));
      },
      loadRates: function (contents) { return unwrap(module.loadRates(text(contents, 'rates'))); },
      resetRates: function () { return unwrap(module.resetRates()); },
    };
  }

  var loading = null;
  return {
    load: function () {
      if (!loading) {
        loading = factory().then(api);
        loading.catch(function () { loading = null; });
      }
      return loading;
    },
    // The Emscripten factory itself, for a Blob worker built from its source.
    factory: factory,
  };
})(TextExplorerModule);

if (typeof module === 'object' && module.exports) module.exports = TextExplorer;
