// --pre-js: instantiate the wasm bytes inlined by SINGLE_FILE directly. The
// default path first tries fetch('data:...'), which a page's CSP
// (default-src 'self') reports as a violation before falling back.
Module['instantiateWasm'] = function (imports, receiveInstance) {
  WebAssembly.instantiate(tryParseAsDataURI(wasmBinaryFile), imports).then(
    function (output) { receiveInstance(output.instance, output.module); },
    function (error) { readyPromiseReject(error); });
  return {};
};
