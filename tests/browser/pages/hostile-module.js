// The host page's own Emscripten-style global: if TextExplorer read it, its
// hooks would throw or print.
var Module = {
  hostMarker: 42,
  preRun: [function () { throw new Error('the host Module.preRun ran'); }],
  postRun: [function () { throw new Error('the host Module.postRun ran'); }],
  print: function () { window.__hostModuleUsed = 'print'; },
  printErr: function () { window.__hostModuleUsed = 'printErr'; },
  locateFile: function () { throw new Error('the host Module.locateFile ran'); },
  instantiateWasm: function () { throw new Error('the host Module.instantiateWasm ran'); },
  onRuntimeInitialized: function () { window.__hostModuleUsed = 'onRuntimeInitialized'; },
};
