// --pre-js: instantiate the wasm inlined by SINGLE_FILE ourselves.
// - The default path first tries fetch('data:...'), which a page's CSP
//   (default-src 'self') reports as a violation before falling back.
// - wasm/pack.js gzips the bytes before they are inlined: inflate them with
//   the platform's DecompressionStream (browsers, workers, Node >= 18).
function txInflate(bytes) {
  var input = new ReadableStream({ start: function (c) { c.enqueue(bytes); c.close(); } });
  var reader = input.pipeThrough(new DecompressionStream('gzip')).getReader();
  var chunks = [], size = 0;
  function pump() {
    return reader.read().then(function (step) {
      if (!step.done) { chunks.push(step.value); size += step.value.length; return pump(); }
      var out = new Uint8Array(size), at = 0;
      chunks.forEach(function (c) { out.set(c, at); at += c.length; });
      return out;
    });
  }
  return pump();
}

Module['instantiateWasm'] = function (imports, receiveInstance) {
  var bytes = tryParseAsDataURI(wasmBinaryFile);
  var gzipped = bytes[0] === 0x1f && bytes[1] === 0x8b;
  (gzipped ? txInflate(bytes) : Promise.resolve(bytes))
    .then(function (wasm) { return WebAssembly.instantiate(wasm, imports); })
    .then(function (output) { receiveInstance(output.instance, output.module); },
          function (error) { readyPromiseReject(error); });
  return {};
};
