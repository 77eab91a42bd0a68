// The JavaScript API of dist/text-explorer.js (one classic script; in Node,
// `const TextExplorer = require('./text-explorer.js')`).
//
//   const tx = await TextExplorer.load();
//   const analysis = tx.analyze(text, { lang: 'auto', to: 'EUR' });
//
// Every method throws an Error whose message names the problem (invalid
// options, unknown currency, malformed rates file, text too large); the
// module keeps working after an error.

/** Offsets are UTF-16 code units, end exclusive: text.slice(start, end). */
export interface Span { start: number; end: number; text: string; }

export interface Entity extends Span {
  type: 'PERSON' | 'ORG' | 'PLACE' | 'PRODUCT' | 'EVENT';
  /** The same for every mention of one entity in the document. */
  key: string;
  rule?: string;
}

export interface Figure extends Span {
  kind: 'money' | 'percent' | 'quantity' | 'date' | 'number';
  /** money: units of `unit` (ISO 4217); percent: in percent; quantity: as
   *  written; date: ISO 8601 ("2025-01-23", "2025-01", "2025", "--04-07");
   *  null for a vague amount ("plusieurs milliards"). */
  value: number | string | null;
  unit?: string;
  approx: boolean;
  min?: number;
  max?: number;
  rule?: string;
}

export interface Conversion {
  /** Index into `figures`. */
  figure: number;
  to: string;
  /** null when no ECB rate exists for that currency on that day: see reason. */
  value: number | null;
  rate: number | null;
  rate_date?: string;
  /** A vague or hedged amount's bounds, converted. */
  min?: number;
  max?: number;
  source: string;
  reason?: string;
  /** Compact and full display strings in the display locale. */
  display?: string;
  display_full?: string;
}

/** The article's own conversion ("50 milliards de dollars (43,3 milliards d’euros)"). */
export interface Check {
  figures: [number, number];
  implied_rate: number;
  ecb_rate: number;
  rate_date: string;
  /** (implied_rate - ecb_rate) / ecb_rate */
  deviation: number;
}

/** shared/spec/ANALYSIS.md, schema "textexplorer.analysis/1". */
export interface Analysis {
  schema: 'textexplorer.analysis/1';
  language: string;
  length: number;
  sentences: [number, number][];
  entities: Entity[];
  figures: Figure[];
  conversions: Conversion[];
  checks: Check[];
  /** Which day the rates are from and what chose it. */
  rates: {
    to: string;
    /** The day asked for, and what chose it. */
    date: string;
    chosen_by: 'option' | 'publication' | 'newest';
    /** The ECB business day in force on `date` (null when the table starts later). */
    rate_date: string | null;
  };
  publication_date: string | null;
}

export interface AnalyzeOptions {
  /** 'auto' (default), 'fr' or 'en'. */
  lang?: 'auto' | 'fr' | 'en';
  /** ISO 4217 code to convert money into (default 'EUR'). */
  to?: string;
  /** YYYY-MM-DD; default: the publication date the text states, else the newest rate. */
  date?: string;
  /** Locale of the display strings ('fr', 'en-GB'...); default: the text's language. */
  locale?: string;
}

export interface RatesInfo { oldest: string; newest: string; currencies: string[]; }

export interface TextExplorerInstance {
  analyze(text: string, options?: AnalyzeOptions): Analysis;
  /** Loads an ECB file (history CSV, daily CSV or daily XML) over the
   *  built-in history: its days are added, and win where both have a day.
   *  On a malformed file it throws, naming the line and column, and the
   *  rates in use stay as they were. */
  loadRates(contents: string): RatesInfo;
  /** Goes back to the built-in ECB table. */
  resetRates(): RatesInfo;
}

export declare const TextExplorer: {
  /** Instantiates the module once; later calls return the same promise. */
  load(): Promise<TextExplorerInstance>;
  /** The Emscripten factory, for building a Blob worker from its source. */
  factory: (moduleArg?: object) => Promise<object>;
  /** The API over an instance the factory made (what load() resolves to is
   *  wrap(await factory())); self-contained, so a worker can be built from
   *  its source too. */
  wrap(module: object): TextExplorerInstance;
  /** Present in dist/text-explorer.js, which appends the page's UI
   *  (web/ui/): its helpers, and in a browser the <text-explorer> element
   *  (attributes src, lang, to, date, heading; see web/README.md). */
  ui?: object;
};
export default TextExplorer;
