package de.buergerinfo.content.search;

import de.buergerinfo.content.catalog.Catalog;
import de.buergerinfo.content.catalog.GlossaryConcept;
import de.buergerinfo.content.catalog.Service;
import de.buergerinfo.content.language.Language;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.SingleInstanceLockFactory;

/**
 * The search over a catalogue's services: built in memory from a {@link Catalog}, immutable, safe
 * for many threads. A query matches the citizen's own language, German as the language every
 * service has, compound parts, typos, the word still being typed, and, through the glossary, the
 * German terms of the concepts the query mentions in any language.
 */
public final class ServiceIndex implements AutoCloseable {

  static final String ID = "id";
  static final String GRAMS = "grams";

  /** How much each kind of match counts. */
  static final float NAME = 4f;

  static final float KEYWORDS = 3f;
  static final float TEXT = 1f;
  static final float FUZZY = 0.6f;
  static final float PREFIX = 1.5f;
  static final float GERMAN_FALLBACK = 0.8f;
  static final float GLOSSARY = 1.2f;
  static final float COMPOUND = 0.15f;
  static final float LIFE_SITUATION = 2f;
  static final String SITUATION = "situation";

  private static final Set<Language> LATIN_SCRIPT =
      java.util.EnumSet.of(
          Language.GERMAN,
          Language.GERMAN_EASY,
          Language.ENGLISH,
          Language.TURKISH,
          Language.POLISH);

  private final ByteBuffersDirectory directory;
  private final DirectoryReader reader;
  private final IndexSearcher searcher;
  private final String[] idsByDocument;
  private final GlossaryMatcher glossary;
  private final LifeSituationMatcher situations;
  private final SuggestionFinder suggestions;

  private ServiceIndex(
      ByteBuffersDirectory directory,
      DirectoryReader reader,
      GlossaryMatcher glossary,
      LifeSituationMatcher situations,
      SuggestionFinder suggestions) {
    this.directory = directory;
    this.reader = reader;
    this.searcher = new IndexSearcher(reader);
    this.idsByDocument = idsByDocument(reader);
    this.glossary = glossary;
    this.situations = situations;
    this.suggestions = suggestions;
  }

  /** Indexes every service of {@code catalog}; its glossary drives the cross-lingual finding. */
  public static ServiceIndex build(Catalog catalog) {
    return build(catalog, catalog.glossary());
  }

  /** Indexes every service of {@code catalog} and finds across languages with {@code glossary}. */
  public static ServiceIndex build(Catalog catalog, List<GlossaryConcept> glossary) {
    // One buffer per file: a query clones its inputs once per term, and cloning a file kept in
    // many small blocks copies every block's buffer (most of a query's garbage).
    ByteBuffersDirectory directory =
        new ByteBuffersDirectory(
            new SingleInstanceLockFactory(),
            ByteBuffersDataOutput::new,
            ByteBuffersDirectory.OUTPUT_AS_ONE_BUFFER);
    try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer()))) {
      for (Service service : catalog.services()) {
        writer.addDocument(document(service));
      }
      writer.forceMerge(1);
    } catch (IOException e) {
      throw new UncheckedIOException("building the search index in memory failed", e);
    }
    try {
      return new ServiceIndex(
          directory,
          DirectoryReader.open(directory),
          new GlossaryMatcher(glossary),
          new LifeSituationMatcher(catalog.lifeSituations()),
          new SuggestionFinder(catalog, glossary));
    } catch (IOException e) {
      throw new UncheckedIOException("opening the search index failed", e);
    }
  }

  /** Service ids by Lucene document number, read once: the index never changes. */
  private static String[] idsByDocument(DirectoryReader reader) {
    try {
      String[] ids = new String[reader.maxDoc()];
      var stored = reader.storedFields();
      for (int doc = 0; doc < ids.length; doc++) {
        ids[doc] = stored.document(doc).get(ID);
      }
      return ids;
    } catch (IOException e) {
      throw new UncheckedIOException("reading the in-memory index failed", e);
    }
  }

  static String field(String kind, Language language) {
    return kind + "." + language.tag();
  }

  private static Analyzer analyzer() {
    Map<String, Analyzer> perField = new HashMap<>();
    for (Language language : Language.values()) {
      for (String kind : List.of("name", "keywords", "text")) {
        perField.put(field(kind, language), LanguageAnalyzers.of(language));
      }
    }
    perField.put(GRAMS, LanguageAnalyzers.germanGrams());
    return new PerFieldAnalyzerWrapper(new StandardAnalyzer(), perField);
  }

  private static Document document(Service service) {
    Document document = new Document();
    document.add(new StringField(ID, service.id(), Field.Store.YES));
    service
        .name()
        .values()
        .forEach(
            (language, text) ->
                document.add(new TextField(field("name", language), text, Field.Store.NO)));
    service
        .keywords()
        .forEach(
            (language, words) ->
                document.add(
                    new TextField(
                        field("keywords", language), String.join(" , ", words), Field.Store.NO)));
    for (Language language : Language.values()) {
      String text =
          (service.shortText().in(language).orElse("")
                  + "\n"
                  + service.longText().in(language).orElse(""))
              .strip();
      if (!text.isEmpty()) {
        document.add(new TextField(field("text", language), text, Field.Store.NO));
      }
    }
    String compounds =
        service.name().in(Language.GERMAN).orElse("")
            + " "
            + String.join(" ", service.keywords().getOrDefault(Language.GERMAN, List.of()));
    document.add(new TextField(GRAMS, compounds, Field.Store.NO));
    for (String situation : service.lifeSituationIds()) {
      document.add(new StringField(SITUATION, situation, Field.Store.NO));
    }
    return document;
  }

  /** The best services for the request, best first; an empty query finds nothing. */
  public List<SearchHit> search(SearchRequest request) {
    Optional<Query> query = query(request);
    if (query.isEmpty()) {
      return List.of();
    }
    return hits(query.get(), request.limit(), request.explain());
  }

  private List<SearchHit> hits(Query query, int limit, boolean explain) {
    try {
      List<SearchHit> hits = new ArrayList<>();
      for (ScoreDoc hit : searcher.search(query, limit).scoreDocs) {
        String id = idsByDocument[hit.doc];
        Optional<String> explanation =
            explain ? Optional.of(searcher.explain(query, hit.doc).toString()) : Optional.empty();
        hits.add(new SearchHit(id, hit.score, explanation));
      }
      return hits;
    } catch (IOException e) {
      throw new UncheckedIOException("searching the in-memory index failed", e);
    }
  }

  /**
   * What to offer when {@link #search} finds nothing for {@code request}: the query with misspelt
   * words corrected (only if that finds something) and life situations to browse.
   */
  public Suggestions suggest(SearchRequest request) {
    return suggestions.suggest(
        request,
        corrected ->
            !search(new SearchRequest(corrected + " ", request.language(), 1, false)).isEmpty());
  }

  /**
   * The baseline the benchmarks compare with: plain BM25 over the same fields (the query's language
   * and German, each word analysed as the field is), without prefixes, typos, compounds, glossary
   * or weights.
   */
  List<SearchHit> searchPlainBm25(SearchRequest request) {
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    Set<Language> languages = new java.util.LinkedHashSet<>(List.of(request.language()));
    languages.add(Language.GERMAN);
    for (Language language : languages) {
      for (String word :
          Tokens.of(LanguageAnalyzers.of(language), field("name", language), request.text())) {
        for (String kind : List.of("name", "keywords", "text")) {
          query.add(
              new TermQuery(new Term(field(kind, language), word)), BooleanClause.Occur.SHOULD);
        }
      }
    }
    return hits(query.build(), request.limit(), false);
  }

  Optional<Query> query(SearchRequest request) {
    Language language = request.language();
    List<String> own =
        Tokens.of(LanguageAnalyzers.of(language), field("name", language), request.text());
    List<String> german =
        Tokens.of(
            LanguageAnalyzers.of(Language.GERMAN), field("name", Language.GERMAN), request.text());
    if (own.isEmpty() && german.isEmpty()) {
      return Optional.empty();
    }
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    boolean unfinished = request.lastWordUnfinished();
    Match typed = unfinished ? Match.TYPED_UNFINISHED : Match.TYPED;
    addWords(query, own, language, 1f, typed);
    if (language != Language.GERMAN) {
      addWords(query, german, Language.GERMAN, GERMAN_FALLBACK, typed);
    }
    // People mix in German and English words ("ID", "Anmeldung") whatever their language.
    Set<GlossaryConcept> concepts = glossary.conceptsIn(language, own);
    concepts.addAll(glossary.conceptsIn(Language.GERMAN, german));
    if (language != Language.ENGLISH) {
      List<String> english =
          Tokens.of(
              LanguageAnalyzers.of(Language.ENGLISH),
              field("name", Language.ENGLISH),
              request.text());
      concepts.addAll(glossary.conceptsExactlyIn(Language.ENGLISH, english));
    }
    Set<String> situationIds = situations.namedIn(language, own);
    situationIds.addAll(situations.namedIn(Language.GERMAN, german));
    for (GlossaryConcept concept : concepts) {
      for (String term : concept.termsIn(Language.GERMAN)) {
        List<String> words =
            Tokens.of(LanguageAnalyzers.of(Language.GERMAN), field("name", Language.GERMAN), term);
        situationIds.addAll(situations.namedIn(Language.GERMAN, words));
        // Glossary terms are spelt right: no typo matching, which would cost a Levenshtein
        // automaton per word and per field on every keystroke.
        addWords(query, words, Language.GERMAN, GLOSSARY / Math.max(1, words.size()), Match.EXACT);
      }
    }
    // "Geburt", "Umzug": services of a life situation the query names rank higher.
    for (String situation : situationIds) {
      query.add(
          new BoostQuery(
              new ConstantScoreQuery(new TermQuery(new Term(SITUATION, situation))),
              LIFE_SITUATION),
          BooleanClause.Occur.SHOULD);
    }
    for (String gram : Tokens.of(LanguageAnalyzers.germanGrams(), GRAMS, request.text())) {
      query.add(
          new BoostQuery(new TermQuery(new Term(GRAMS, gram)), COMPOUND),
          BooleanClause.Occur.SHOULD);
    }
    return Optional.of(query.build());
  }

  /** How loosely words are matched. */
  private enum Match {
    /** Exactly (after analysis). */
    EXACT,
    /** As typed by a person: with typos. */
    TYPED,
    /** As typed, and the last word is still being typed: also as a prefix. */
    TYPED_UNFINISHED
  }

  /** Each word may match the name, the keywords or the text; the best of these counts. */
  private void addWords(
      BooleanQuery.Builder query,
      List<String> words,
      Language language,
      float weight,
      Match match) {
    for (int i = 0; i < words.size(); i++) {
      String word = words.get(i);
      // Typo matching costs a Levenshtein automaton per field: only for words the catalogue does
      // not know as they are, and that could be written in the field's script at all.
      boolean mayBeTypo =
          match != Match.EXACT
              && word.length() >= GlossaryMatcher.FUZZY_MIN_LENGTH
              && canBeWrittenIn(language, word)
              && !known(language, word);
      List<Query> alternatives = new ArrayList<>();
      alternatives.add(boost(new TermQuery(new Term(field("name", language), word)), NAME));
      alternatives.add(boost(new TermQuery(new Term(field("keywords", language), word)), KEYWORDS));
      alternatives.add(boost(new TermQuery(new Term(field("text", language), word)), TEXT));
      if (mayBeTypo) {
        // Two typos only in the query's own language: a German word inside a Turkish or Polish
        // query gets one, as two cost several milliseconds per long word.
        // The word still being typed gets one as well: its prefix query does most of the work.
        boolean last = i == words.size() - 1;
        int edits =
            word.length() >= 8 && weight == 1f && !(last && match == Match.TYPED_UNFINISHED)
                ? 2
                : 1;
        alternatives.add(
            boost(new FuzzyQuery(new Term(field("name", language), word), edits, 1), NAME * FUZZY));
        alternatives.add(
            boost(
                new FuzzyQuery(new Term(field("keywords", language), word), edits, 1),
                KEYWORDS * FUZZY));
      }
      if (match == Match.TYPED_UNFINISHED
          && i == words.size() - 1
          && word.length() >= 2
          && canBeWrittenIn(language, word)) {
        alternatives.add(
            boost(new PrefixQuery(new Term(field("name", language), word)), NAME * PREFIX / 2));
        alternatives.add(
            boost(
                new PrefixQuery(new Term(field("keywords", language), word)),
                KEYWORDS * PREFIX / 2));
      }
      query.add(
          boost(new DisjunctionMaxQuery(alternatives, 0.1f), weight), BooleanClause.Occur.SHOULD);
    }
  }

  /** Whether some service has {@code word} in its name, keywords or text in {@code language}. */
  private boolean known(Language language, String word) {
    try {
      for (String kind : List.of("name", "keywords", "text")) {
        if (reader.docFreq(new Term(field(kind, language), word)) > 0) {
          return true;
        }
      }
      return false;
    } catch (IOException e) {
      throw new UncheckedIOException("reading the in-memory index failed", e);
    }
  }

  /**
   * False for a word that cannot occur in {@code language}'s texts: Cyrillic or Arabic letters in
   * German fields, say, where a query in Russian also looks.
   */
  private static boolean canBeWrittenIn(Language language, String word) {
    if (!LATIN_SCRIPT.contains(language)) {
      return true;
    }
    return word.codePoints()
        .filter(Character::isLetter)
        .allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN);
  }

  private static Query boost(Query query, float boost) {
    return boost == 1f ? query : new BoostQuery(query, boost);
  }

  /** Bytes of the index files, all of which live in memory. */
  public long sizeInBytes() {
    try {
      long bytes = 0;
      for (String file : directory.listAll()) {
        bytes += directory.fileLength(file);
      }
      return bytes;
    } catch (IOException e) {
      throw new UncheckedIOException("measuring the in-memory index failed", e);
    }
  }

  /** How many services are indexed. */
  public int size() {
    return reader.numDocs();
  }

  @Override
  public void close() {
    try {
      reader.close();
      directory.close();
    } catch (IOException e) {
      throw new UncheckedIOException("closing the search index failed", e);
    }
  }
}
