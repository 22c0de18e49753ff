// Material's search worker, with one fix: the query is stemmed like the index.
//
// Material turns every search word into a prefix query ("besluiten" -> "besluiten*"), and lunr
// skips its pipeline (and so the stemmer) for such a word. The index holds stems ("besluit"),
// so with a stemmer on, a whole word whose stem is shorter found nothing. Here a word with one
// trailing "*" goes through the pipeline too: "besluiten*" -> "besluit*", which finds "besluit",
// "besluiten" and "besluitvorming". (nabewerking.py points Material's configuration here.)
importScripts(new URL(self.location.href).searchParams.get("material"));

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
