// Material's search worker, loaded only when someone searches, with one fix: the query is stemmed
// like the index.
//
// Loaded when needed: the page's script fetches search/search_index.json at once and sends it
// here. That file holds only the configuration; the pages are in search/ww-index.json (wegwijzer/build/search.py).
// This worker says "ready" straight away, and only at the first query loads Material's worker,
// lunr and the pages. A visit without a search so costs a few hundred bytes instead of about 40 KB.
//
// The stemming: Material turns every search word into a prefix query ("besluiten" -> "besluiten*"),
// and lunr skips its pipeline (and so the stemmer) for such a word. The index holds stems
// ("besluit"), so with a stemmer on, a whole word whose stem is shorter found nothing. Here a word
// with one trailing "*" goes through the pipeline too: "besluiten*" -> "besluit*", which finds
// "besluit", "besluiten" and "besluitvorming". (build/postprocess.py points Material's configuration here.)
//
// On top of Material's search, for readers (build/search.py and build/postprocess.py pass the settings):
// - Words that match through the stemmer count as found: Material compares the typed word with the
//   stems the index holds ("bezwaar" with "bezwar") and showed "Ontbreekt: bezwaar" under pages that
//   contain it.
// - A typo is forgiven: every word of 5 or more letters also matches with one letter wrong, missing or
//   extra ("zorgplig" finds "zorgplicht").
// - Synonyms that editors keep in content/<sector>/zoekwoorden.yml, per language ("juf" also looks
//   for "leerkracht").
// - Each result says whom it is for ("Voor ouders", "Voor kinderen"), and pages for the reader's own
//   audience (the folder of the page the search was made from) come first.
const adres = new URL(self.location.href).searchParams;
const EIGEN = adres.get("doelgroep"); // "ouders", "kinderen" or "jongeren"; none on pages for everyone
const TYPFOUT = 5; // words of at least this many letters may have one letter wrong
const WOORD = /^[\p{L}\p{N}]+$/u;
const naarPagina = self.postMessage.bind(self);
const SETUP = 0, READY = 1, QUERY = 2, RESULT = 3;
let instellingen = null; // the SETUP message of the page: the configuration, no pages
let geladen = null; // a promise: Material's worker holds every page
let klaar = false;
let wachtend = null; // the newest query while loading
let stilKlaar = null; // Material's READY after our own SETUP is for us, not for the page

self.postMessage = (bericht) => {
  if (stilKlaar && bericht && bericht.type === READY) {
    const verder = stilKlaar;
    stilKlaar = null;
    verder();
  } else {
    naarPagina(bericht && bericht.type === RESULT ? ordenen(bericht) : bericht);
  }
};

function doelgroepVan(locatie) {
  return locatie.split("/", 1)[0];
}

// A typed word whose synonym is on the page is found, not missing; a synonym the reader did not
// type is never shown as missing.
function metSynoniemen(gevonden, synoniemen) {
  const terms = { ...gevonden };
  for (const [woord, zoek] of Object.entries(synoniemen)) {
    const doelen = zoek.toLowerCase().split(/\s+/);
    const delen = woord.split(/\s+/);
    if (!delen.every((d) => d in terms)) continue;
    const op = doelen.some((z) => terms[z]);
    for (const z of doelen) if (terms[z] === false && !delen.includes(z)) delete terms[z];
    if (op) for (const d of delen) terms[d] = true;
  }
  return terms;
}

// Results for the reader's own audience first (Material's order kept within each part), and the
// audience of each page as a label before its title.
function ordenen(bericht) {
  const namen = (instellingen && instellingen.data.config.ww_doelgroepen) || {};
  const synoniemen = (instellingen && instellingen.data.config.ww_synoniemen) || {};
  const deel = (groep) => {
    const wie = doelgroepVan(groep[0].location);
    return wie === EIGEN ? 0 : wie in namen ? 2 : 1;
  };
  const items = bericht.data.items.map((groep, i) => [deel(groep), i, groep])
    .sort((a, b) => a[0] - b[0] || a[1] - b[1])
    .map(([, , groep]) => {
      const naam = namen[doelgroepVan(groep[0].location)];
      const [pagina, ...rest] = groep;
      const title = naam ? `<span class="ww-zoeklabel">${naam}</span> ${pagina.title}` : pagina.title;
      return [{ ...pagina, title }, ...rest].map((hit) => ({ ...hit, terms: metSynoniemen(hit.terms, synoniemen) }));
    });
  return { ...bericht, data: { ...bericht.data, items } };
}

// The query as the reader meant it: synonyms added, and every word of 5 or more letters once more
// with one letter's difference allowed (lunr's edit distance, on the word's beginning).
function uitgebreid(vraag) {
  const synoniemen = (instellingen && instellingen.data.config.ww_synoniemen) || {};
  const woorden = vraag.trim().split(/\s+/);
  const klein = ` ${woorden.join(" ").toLowerCase()} `;
  const extra = [];
  for (const [woord, zoek] of Object.entries(synoniemen)) {
    if (klein.includes(` ${woord} `)) extra.push(...zoek.split(/\s+/));
  }
  for (const woord of woorden) {
    const kaal = woord.replace(/\*$/, "");
    if (WOORD.test(kaal) && [...kaal].length >= TYPFOUT) extra.push(`${kaal}~1`);
  }
  return [...woorden, ...extra].join(" ");
}

function stam() {
  const clause = lunr.Query.prototype.clause;
  lunr.Query.prototype.clause = function (c) {
    if (c.usePipeline === false && /^[^*]+\*$/.test(c.term)) c.usePipeline = true;
    return clause.call(this, c);
  };
  const runString = lunr.Pipeline.prototype.runString;
  lunr.Pipeline.prototype.runString = function (tekst, metadata) {
    if (typeof tekst === "string" && /^[^*]+\*$/.test(tekst)) {
      return runString.call(this, tekst.slice(0, -1), metadata).map((t) => t + "*");
    }
    return runString.call(this, tekst, metadata);
  };
}

// The least number of letters to change, add or remove to make ``woord`` the beginning of ``term``.
function beginAfstand(woord, term) {
  let rij = Array.from({ length: term.length + 1 }, () => 0); // any beginning of the term is free
  for (let i = 1; i <= woord.length; i++) {
    const nieuw = [i];
    for (let j = 1; j <= term.length; j++) {
      nieuw[j] = Math.min(rij[j] + 1, nieuw[j - 1] + 1, rij[j - 1] + (woord[i - 1] === term[j - 1] ? 0 : 1));
    }
    rij = nieuw;
  }
  return Math.min(...rij);
}

const TERMEN = new WeakMap(); // index -> every term it holds

// lunr's own fuzzy match ("woord~1") takes a trailing "*" as a letter. Here a word with an edit
// distance matches every term of the index whose beginning is that close to the word's stem, and
// the word counts as found on every page where it matched.
//
// Material marks a query word as missing from a page unless one of the page's matched terms starts
// with it; the index holds stems ("bezwar" for "bezwaar"), so words that did match were shown as
// missing ("Ontbreekt: bezwaar"). Each word that matched a page, by its stem or with a forgiven
// typo, is added to that page's matched terms, so only a word that is really not there is missing.
function gevondenWoorden() {
  lunr.Index.prototype.search = function (tekst) {
    const index = this;
    if (!TERMEN.has(index)) TERMEN.set(index, Object.keys(index.invertedIndex));
    const woorden = [];
    const resultaten = index.query((vraag) => {
      new lunr.QueryParser(tekst, vraag).parse();
      const gewoon = vraag.clauses.filter((c) => !c.editDistance);
      const extra = [];
      for (const c of vraag.clauses) {
        const kaal = c.term.replace(/^\*|\*$/g, "");
        const stam = (c.usePipeline ? index.pipeline.runString(kaal) : [kaal])[0] || kaal;
        woorden.push({ kaal, stam, afstand: c.editDistance || 0 });
        if (c.editDistance) {
          for (const term of TERMEN.get(index)) {
            if (Math.abs(term.length - stam.length) <= 4 && beginAfstand(stam, term) <= c.editDistance) {
              extra.push({ fields: c.fields, term, usePipeline: false, boost: c.boost, presence: c.presence });
            }
          }
        }
      }
      vraag.clauses = gewoon;
      for (const c of extra) vraag.clause(c);
    });
    for (const { matchData } of resultaten) {
      const termen = Object.keys(matchData.metadata);
      for (const { kaal, stam, afstand } of woorden) {
        if (!(kaal in matchData.metadata) && termen.some((t) => t.startsWith(stam) || beginAfstand(stam, t) <= afstand)) {
          matchData.metadata[kaal] = {};
        }
      }
    }
    return resultaten;
  };
}

function laad() {
  geladen ??= (async () => {
    const antwoord = await fetch(new URL(adres.get("index"), self.location.href));
    const { docs } = await antwoord.json();
    importScripts(adres.get("material"));
    stam();
    gevondenWoorden();
    await new Promise((verder) => {
      stilKlaar = verder;
      const data = { ...instellingen.data, docs };
      self.dispatchEvent(new MessageEvent("message", { data: { type: SETUP, data } }));
    });
    klaar = true;
  })();
  return geladen;
}

// Registered before Material's worker: the page's messages stop here. Until Material's worker is
// loaded they wait; after that each query goes on to it, widened (events sent from here are untrusted).
self.addEventListener("message", (ev) => {
  if (!ev.isTrusted || (klaar && ev.data.type !== QUERY)) return;
  ev.stopImmediatePropagation();
  if (ev.data.type === SETUP) {
    instellingen = ev.data;
    naarPagina({ type: READY });
  } else if (ev.data.type === QUERY && !String(ev.data.data ?? "").trim()) {
    naarPagina({ type: RESULT, data: { items: [] } }); // the page asks with an empty query when it is ready
  } else if (ev.data.type === QUERY) {
    wachtend = { ...ev.data, data: uitgebreid(String(ev.data.data)) };
    laad().then(() => {
      if (wachtend) {
        const vraag = wachtend;
        wachtend = null;
        self.dispatchEvent(new MessageEvent("message", { data: vraag }));
      }
    });
  }
});
