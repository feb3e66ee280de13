package de.buergerinfo.content.search;

import de.buergerinfo.content.language.Language;
import java.util.EnumMap;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ar.ArabicNormalizationFilter;
import org.apache.lucene.analysis.ar.ArabicStemFilter;
import org.apache.lucene.analysis.de.GermanLightStemFilter;
import org.apache.lucene.analysis.de.GermanNormalizationFilter;
import org.apache.lucene.analysis.en.EnglishMinimalStemFilter;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.fa.PersianNormalizationFilter;
import org.apache.lucene.analysis.ngram.NGramTokenFilter;
import org.apache.lucene.analysis.pl.PolishAnalyzer;
import org.apache.lucene.analysis.ru.RussianLightStemFilter;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tr.ApostropheFilter;
import org.apache.lucene.analysis.tr.TurkishLowerCaseFilter;
import org.apache.lucene.analysis.uk.UkrainianMorfologikAnalyzer;
import org.tartarus.snowball.ext.TurkishStemmer;

/**
 * How words of each language are normalised for search: lower case, script normalisation and a
 * light stemmer where Lucene has one (German, English, Turkish, Arabic, Russian); Ukrainian, Polish
 * and Persian rely on normalisation plus typo tolerance. Plus character n-grams of German, which
 * find the parts of compounds ("Personalausweisverlust").
 */
final class LanguageAnalyzers {

  /** Length of the character n-grams for compounds. */
  static final int GRAM_MIN = 4;

  static final int GRAM_MAX = 5;

  private static final Map<Language, Analyzer> ANALYZERS = new EnumMap<>(Language.class);

  static {
    for (Language language : Language.values()) {
      ANALYZERS.put(language, analyzer(language));
    }
  }

  private LanguageAnalyzers() {}

  static Analyzer of(Language language) {
    return ANALYZERS.get(language);
  }

  private static Analyzer analyzer(Language language) {
    // Lucene's own analysers where the common module has no stemmer: Stempel for Polish, the
    // Morfologik lemmatiser (with its Ukrainian dictionary) for Ukrainian.
    if (language == Language.POLISH) {
      return new PolishAnalyzer();
    }
    if (language == Language.UKRAINIAN) {
      return new UkrainianMorfologikAnalyzer();
    }
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer tokenizer = new StandardTokenizer();
        return new TokenStreamComponents(tokenizer, filters(language, tokenizer));
      }

      @Override
      protected TokenStream normalize(String fieldName, TokenStream in) {
        return new LowerCaseFilter(in);
      }
    };
  }

  private static TokenStream filters(Language language, TokenStream source) {
    return switch (language) {
      case GERMAN, GERMAN_EASY ->
          new GermanLightStemFilter(new GermanNormalizationFilter(new LowerCaseFilter(source)));
      case ENGLISH ->
          new EnglishMinimalStemFilter(new LowerCaseFilter(new EnglishPossessiveFilter(source)));
      case TURKISH ->
          new SnowballFilter(
              new TurkishLowerCaseFilter(new ApostropheFilter(source)), new TurkishStemmer());
      case ARABIC ->
          new ArabicStemFilter(new ArabicNormalizationFilter(new LowerCaseFilter(source)));
      case PERSIAN ->
          new PersianNormalizationFilter(
              new ArabicNormalizationFilter(new LowerCaseFilter(source)));
      case RUSSIAN -> new RussianLightStemFilter(new LowerCaseFilter(source));
      case UKRAINIAN, POLISH -> new LowerCaseFilter(source); // not used: see analyzer()
    };
  }

  private static final Analyzer GERMAN_GRAMS = createGermanGrams();

  /** German words cut into character n-grams, for compound parts. */
  static Analyzer germanGrams() {
    return GERMAN_GRAMS;
  }

  private static Analyzer createGermanGrams() {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer tokenizer = new StandardTokenizer();
        TokenStream stream = new GermanNormalizationFilter(new LowerCaseFilter(tokenizer));
        return new TokenStreamComponents(
            tokenizer, new NGramTokenFilter(stream, GRAM_MIN, GRAM_MAX, false));
      }
    };
  }
}
