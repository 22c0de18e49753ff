// Material's search worker, loaded only when someone searches, with one fix: the query is stemmed
// like the index.
//
// Loaded when needed: the page's script fetches search/search_index.json at once and sends it
// here. That file holds only the configuration; the pages are in search/ww-index.json (zoeken.py).
// This worker says "ready" straight away, and only at the first query loads Material's worker,
// lunr and the pages. A visit without a search so costs a few hundred bytes instead of about 40 KB.
//
// The stemming: Material turns every search word into a prefix query ("besluiten" -> "besluiten*"),
// and lunr skips its pipeline (and so the stemmer) for such a word. The index holds stems
// ("besluit"), so with a stemmer on, a whole word whose stem is shorter found nothing. Here a word
// with one trailing "*" goes through the pipeline too: "besluiten*" -> "besluit*", which finds
// "besluit", "besluiten" and "besluitvorming". (nabewerking.py points Material's configuration here.)
const adres = new URL(self.location.href).searchParams;
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
    naarPagina(bericht);
  }
};

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

function laad() {
  geladen ??= (async () => {
    const antwoord = await fetch(new URL(adres.get("index"), self.location.href));
    const { docs } = await antwoord.json();
    importScripts(adres.get("material"));
    stam();
    await new Promise((verder) => {
      stilKlaar = verder;
      const data = { ...instellingen.data, docs };
      self.dispatchEvent(new MessageEvent("message", { data: { type: SETUP, data } }));
    });
    klaar = true;
  })();
  return geladen;
}

// Registered before Material's worker: until that is loaded, the page's messages stop here.
self.addEventListener("message", (ev) => {
  if (klaar || !ev.isTrusted) return; // Material's worker answers (events sent from here are untrusted)
  ev.stopImmediatePropagation();
  if (ev.data.type === SETUP) {
    instellingen = ev.data;
    naarPagina({ type: READY });
  } else if (ev.data.type === QUERY && !String(ev.data.data ?? "").trim()) {
    naarPagina({ type: RESULT, data: { items: [] } }); // the page asks with an empty query when it is ready
  } else if (ev.data.type === QUERY) {
    wachtend = ev.data;
    laad().then(() => {
      if (wachtend) {
        const vraag = wachtend;
        wachtend = null;
        self.dispatchEvent(new MessageEvent("message", { data: vraag }));
      }
    });
  }
});
