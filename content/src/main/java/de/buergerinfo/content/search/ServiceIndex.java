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
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;

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

  private final ByteBuffersDirectory directory;
  private final DirectoryReader reader;
  private final IndexSearcher searcher;
  private final GlossaryMatcher glossary;

  private ServiceIndex(
      ByteBuffersDirectory directory, DirectoryReader reader, GlossaryMatcher glossary) {
    this.directory = directory;
    this.reader = reader;
    this.searcher = new IndexSearcher(reader);
    this.glossary = glossary;
  }

  /** Indexes every service of {@code catalog}; its glossary drives the cross-lingual finding. */
  public static ServiceIndex build(Catalog catalog) {
    return build(catalog, catalog.glossary());
  }

  /** Indexes every service of {@code catalog} and finds across languages with {@code glossary}. */
  public static ServiceIndex build(Catalog catalog, List<GlossaryConcept> glossary) {
    ByteBuffersDirectory directory = new ByteBuffersDirectory();
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
          directory, DirectoryReader.open(directory), new GlossaryMatcher(glossary));
    } catch (IOException e) {
      throw new UncheckedIOException("opening the search index failed", e);
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
    return document;
  }

  /** The best services for the request, best first; an empty query finds nothing. */
  public List<SearchHit> search(SearchRequest request) {
    Optional<Query> query = query(request);
    if (query.isEmpty()) {
      return List.of();
    }
    try {
      List<SearchHit> hits = new ArrayList<>();
      for (ScoreDoc hit : searcher.search(query.get(), request.limit()).scoreDocs) {
        String id = searcher.storedFields().document(hit.doc).get(ID);
        Optional<String> explanation =
            request.explain()
                ? Optional.of(searcher.explain(query.get(), hit.doc).toString())
                : Optional.empty();
        hits.add(new SearchHit(id, hit.score, explanation));
      }
      return hits;
    } catch (IOException e) {
      throw new UncheckedIOException("searching the in-memory index failed", e);
    }
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
    addWords(query, own, language, 1f, unfinished);
    if (language != Language.GERMAN) {
      addWords(query, german, Language.GERMAN, GERMAN_FALLBACK, unfinished);
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
      concepts.addAll(glossary.conceptsIn(Language.ENGLISH, english));
    }
    for (GlossaryConcept concept : concepts) {
      for (String term : concept.termsIn(Language.GERMAN)) {
        List<String> words =
            Tokens.of(LanguageAnalyzers.of(Language.GERMAN), field("name", Language.GERMAN), term);
        addWords(query, words, Language.GERMAN, GLOSSARY / Math.max(1, words.size()), false);
      }
    }
    for (String gram : Tokens.of(LanguageAnalyzers.germanGrams(), GRAMS, request.text())) {
      query.add(
          new BoostQuery(new TermQuery(new Term(GRAMS, gram)), COMPOUND),
          BooleanClause.Occur.SHOULD);
    }
    return Optional.of(query.build());
  }

  /** Each word may match the name, the keywords or the text; the best of these counts. */
  private static void addWords(
      BooleanQuery.Builder query,
      List<String> words,
      Language language,
      float weight,
      boolean lastUnfinished) {
    for (int i = 0; i < words.size(); i++) {
      String word = words.get(i);
      List<Query> alternatives = new ArrayList<>();
      alternatives.add(boost(new TermQuery(new Term(field("name", language), word)), NAME));
      alternatives.add(boost(new TermQuery(new Term(field("keywords", language), word)), KEYWORDS));
      alternatives.add(boost(new TermQuery(new Term(field("text", language), word)), TEXT));
      if (word.length() >= GlossaryMatcher.FUZZY_MIN_LENGTH) {
        int edits = word.length() >= 8 ? 2 : 1;
        alternatives.add(
            boost(new FuzzyQuery(new Term(field("name", language), word), edits, 1), NAME * FUZZY));
        alternatives.add(
            boost(
                new FuzzyQuery(new Term(field("keywords", language), word), edits, 1),
                KEYWORDS * FUZZY));
      }
      if (lastUnfinished && i == words.size() - 1 && word.length() >= 2) {
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

  private static Query boost(Query query, float boost) {
    return boost == 1f ? query : new BoostQuery(query, boost);
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
