// Where analyze() runs. Small texts run on the main thread (a few ms, no
// start-up cost). Large ones run in a Blob worker built from the source of
// the already-loaded factory (TextExplorer.factory): a Blob worker works
// from file:// and served pages alike, where new Worker('x.js') cannot
// (shared notes, "One page that works from disk"). Where a CSP refuses
// blob: workers, or the worker fails to start, the runner falls back to the
// main thread and says so. One runner per page: every <text-explorer>
// shares it, and the rate table loaded by the reader applies to both the
// main-thread module and the worker.

// Texts at least this long (UTF-16 units) go to the worker.
var WORKER_MIN_CHARS = 100000;
// The page's own limit, under the core's 64 MiB: beyond it the page says so
// instead of analysing. A 20 MB text already makes ~40 MB of UTF-16 strings,
// a DOM of the same size and a JSON result several times the text.
var PAGE_MAX_BYTES = 20 * 1000 * 1000;

// Runs in the worker (serialised with Function.prototype.toString, so it
// may use nothing from outside): the module's factory and the public API's
// wrap() (wasm/text-explorer-api.js) are defined above it.
function workerMain() {
  var ready = TextExplorerModule().then(wrap);
  ready.then(function () { self.postMessage({ ready: true }); },
             function (error) { self.postMessage({ fatal: true, message: String(error && error.message || error) }); });
  self.onmessage = function (event) {
    var m = event.data;
    ready.then(function (tx) {
      try {
        var result;
        if (m.op === 'analyze') result = tx.analyze(m.text, m.options);
        else if (m.op === 'loadRates') result = tx.loadRates(m.text);
        else if (m.op === 'resetRates') result = tx.resetRates();
        self.postMessage({ id: m.id, ok: true, result: result });
      } catch (error) {
        self.postMessage({ id: m.id, ok: false, message: String(error && error.message || error) });
      }
    });
  };
}

// Calls fn once the browser has had a chance to paint (a progress message
// shows before a long main-thread call); hidden tabs get no frames, hence
// the timeout.
function afterPaint(fn) {
  var done = false;
  var go = function () { if (!done) { done = true; setTimeout(fn, 0); } };
  if (typeof requestAnimationFrame === 'function') requestAnimationFrame(go);
  setTimeout(go, 50);
}

function createRunner(TextExplorer) {
  var events = typeof EventTarget === 'function' ? new EventTarget() : null;
  var runner = {
    mode: 'auto',               // 'auto' | 'worker' | 'main' (tests force one)
    workerMinChars: WORKER_MIN_CHARS,
    maxBytes: PAGE_MAX_BYTES,
    workerState: 'none',        // 'none' | 'starting' | 'ready' | 'refused' | 'failed'
    workerError: '',
    builtinRates: null,         // {oldest, newest, currencies} of the shipped table
    rates: null,                // what is in use now
    ratesSource: 'builtin',     // 'builtin' | file name
    events: events,
  };
  var loadedRatesText = null;   // replayed into a worker started later
  var ready = null;

  runner.ready = function () {
    if (!ready) {
      ready = TextExplorer.load().then(function (tx) {
        // The module starts with its built-in table; resetRates() is the one
        // call that says what that table covers without changing anything.
        if (!runner.builtinRates) runner.builtinRates = runner.rates = tx.resetRates();
        return tx;
      });
      ready.catch(function () { ready = null; });
    }
    return ready;
  };

  // --- the worker --------------------------------------------------------------
  var worker = null, workerUrl = null;
  var queue = [];       // jobs waiting for the worker: {id, message, resolve, reject, owner}
  var inFlight = null;  // the job the worker is running
  var nextId = 1;

  function workerSource() {
    return '// TextExplorer analysis worker, built from the loaded module\n' +
      'var _scriptDir = undefined;\n' +  // the factory reads it from its enclosing scope
      'var TextExplorerModule = ' + TextExplorer.factory.toString() + ';\n' +
      'var wrap = ' + TextExplorer.wrap.toString() + ';\n' +
      '(' + workerMain.toString() + ')();\n';
  }

  function startWorker() {
    if (worker) return true;
    if (runner.workerState === 'refused' || runner.workerState === 'failed') return false;
    if (typeof Worker !== 'function' || typeof Blob !== 'function' || typeof URL === 'undefined') {
      runner.workerState = 'failed';
      runner.workerError = 'pas de Web Worker dans ce navigateur';
      return false;
    }
    try {
      if (!workerUrl) workerUrl = URL.createObjectURL(new Blob([workerSource()], { type: 'text/javascript' }));
      worker = new Worker(workerUrl);
    } catch (error) {  // a CSP without worker-src blob: throws here
      worker = null;
      runner.workerState = 'refused';
      runner.workerError = String(error && error.message || error);
      return false;
    }
    runner.workerState = 'starting';
    worker.onmessage = function (event) {
      var m = event.data;
      if (m.ready) { runner.workerState = 'ready'; return; }
      if (m.fatal) { workerFailed('le module ne démarre pas dans le worker : ' + m.message); return; }
      var job = inFlight;
      if (!job || job.id !== m.id) return;
      inFlight = null;
      if (m.ok) job.resolve(m.result); else job.reject(new Error(m.message));
      pump();
    };
    worker.onerror = function (event) {
      event.preventDefault();
      workerFailed(event.message || 'erreur du worker');
    };
    if (loadedRatesText !== null) queue.unshift(controlJob({ op: 'loadRates', text: loadedRatesText }));
    return true;
  }

  // A job that only changes the worker's state (rates); nobody waits on it.
  function controlJob(message) {
    var job = { id: nextId++, message: message, resolve: function () {}, reject: function () {} };
    message.id = job.id;
    return job;
  }

  function stopWorker() {
    if (worker) worker.terminate();
    worker = null;
    if (runner.workerState === 'starting' || runner.workerState === 'ready') runner.workerState = 'none';
  }

  // The worker cannot run (CSP refused wasm in it, out of memory...): every
  // waiting analysis moves to the main thread.
  function workerFailed(message) {
    stopWorker();
    runner.workerState = 'failed';
    runner.workerError = message;
    var jobs = (inFlight ? [inFlight] : []).concat(queue);
    inFlight = null;
    queue = [];
    jobs.forEach(function (job) {
      if (job.message.op !== 'analyze') return job.resolve(null);
      if (job.onFallback) job.onFallback(message);
      runMain(job.message.text, job.message.options).then(job.resolve, job.reject);
    });
  }

  function pump() {
    if (inFlight || !queue.length || !worker) return;
    inFlight = queue.shift();
    if (inFlight.onStart) inFlight.onStart();
    worker.postMessage(inFlight.message);
  }

  function runMain(text, options) {
    return runner.ready().then(function (tx) {
      return new Promise(function (resolve, reject) {
        afterPaint(function () {
          try { resolve(tx.analyze(text, options)); } catch (error) { reject(error); }
        });
      });
    });
  }

  // analyze(text, options, hooks) -> {promise, where, cancel()}.
  // hooks.onFallback(message): the worker could not be used.
  runner.analyze = function (text, options, hooks) {
    hooks = hooks || {};
    var bytes = utf8Length(text);
    if (bytes > runner.maxBytes) {
      var error = new Error('Ce texte fait ' + formatBytes(bytes) + ' : la page analyse au plus ' +
                            formatBytes(runner.maxBytes) + '. Pour plus long, utilisez la ligne de commande ' +
                            '(textexplorer analyze FICHIER, jusqu’à 64 Mio).');
      error.code = 'too-large';
      return { promise: Promise.reject(error), where: 'none', cancel: function () {} };
    }
    var wantWorker = runner.mode === 'worker' || (runner.mode === 'auto' && text.length >= runner.workerMinChars);
    if (wantWorker) {
      var started = runner.ready().then(function () { return startWorker(); });
      var job = { id: nextId++, message: null, owner: hooks.owner, onFallback: hooks.onFallback, onStart: hooks.onStart };
      var promise = started.then(function (ok) {
        if (!ok) {
          if (hooks.onFallback) hooks.onFallback(runner.workerError);
          return runMain(text, options);
        }
        return new Promise(function (resolve, reject) {
          job.message = { op: 'analyze', id: job.id, text: text, options: options };
          job.resolve = resolve;
          job.reject = reject;
          if (job.cancelled) return reject(cancelledError());
          queue.push(job);
          pump();
        });
      });
      return {
        promise: promise,
        where: 'worker',
        cancel: function () {
          job.cancelled = true;
          var i = queue.indexOf(job);
          if (i >= 0) { queue.splice(i, 1); job.reject(cancelledError()); }
          if (inFlight === job) {  // the worker is busy with it: restart the worker
            inFlight = null;
            stopWorker();
            job.reject(cancelledError());
            if (queue.length) { startWorker(); pump(); }
          }
        },
      };
    }
    return { promise: runMain(text, options), where: 'main', cancel: function () {} };
  };

  function cancelledError() {
    var e = new Error('analyse annulée');
    e.code = 'cancelled';
    return e;
  }

  function ratesChanged() {
    if (events) events.dispatchEvent(new Event('rates'));
  }

  // Replaces the rates on the main thread (which validates: on error it
  // throws and nothing changes) and then in the worker.
  runner.loadRates = function (text, name) {
    return runner.ready().then(function (tx) {
      var info = tx.loadRates(text);
      loadedRatesText = text;
      runner.rates = info;
      runner.ratesSource = name || 'fichier';
      if (worker) { queue.push(controlJob({ op: 'loadRates', text: text })); pump(); }
      ratesChanged();
      return info;
    });
  };
  runner.resetRates = function () {
    return runner.ready().then(function (tx) {
      var info = tx.resetRates();
      loadedRatesText = null;
      runner.rates = info;
      runner.ratesSource = 'builtin';
      if (worker) { queue.push(controlJob({ op: 'resetRates' })); pump(); }
      ratesChanged();
      return info;
    });
  };

  return runner;
}
