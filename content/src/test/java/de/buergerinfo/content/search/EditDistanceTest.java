package de.buergerinfo.content.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EditDistanceTest {

  @ParameterizedTest
  @CsvSource({
    "ausweis, ausweis, 0",
    "ausweis, auswies, 1",
    "ausweis, ausweiss, 1",
    "ausweis, ausweis, 0",
    "ausweis, usweis, 1",
    "ausweis, auswxis, 1",
    "kimlik, klimik, 2",
    "'', abc, 3",
    "паспорт, паспорт, 0",
    "паспорт, пасорт, 1",
  })
  void countsSingleLetterEditsAndSwaps(String a, String b, int expected) {
    assertThat(EditDistance.between(a, b)).isEqualTo(expected);
    assertThat(EditDistance.between(b, a)).isEqualTo(expected);
    assertThat(EditDistance.isOneEdit(a, b)).isEqualTo(expected == 1);
    assertThat(EditDistance.isOneEdit(b, a)).isEqualTo(expected == 1);
  }

  @Test
  void theQuickOneEditCheckAgreesWithTheFullDistanceOnManyRandomWords() {
    Random random = new Random(42);
    for (int i = 0; i < 200_000; i++) {
      String a = randomWord(random);
      String b = random.nextBoolean() ? randomWord(random) : mutate(a, random);
      assertThat(EditDistance.isOneEdit(a, b))
          .as("'%s' / '%s'", a, b)
          .isEqualTo(EditDistance.between(a, b) == 1);
    }
  }

  /** Short words over three letters, so that near misses are frequent. */
  private static String randomWord(Random random) {
    StringBuilder word = new StringBuilder();
    for (int i = random.nextInt(6); i > 0; i--) {
      word.append((char) ('a' + random.nextInt(3)));
    }
    return word.toString();
  }

  private static String mutate(String word, Random random) {
    StringBuilder mutated = new StringBuilder(word);
    int position = word.isEmpty() ? 0 : random.nextInt(word.length());
    switch (random.nextInt(4)) {
      case 0 -> mutated.insert(position, (char) ('a' + random.nextInt(3)));
      case 1 -> {
        if (!word.isEmpty()) {
          mutated.deleteCharAt(position);
        }
      }
      case 2 -> {
        if (!word.isEmpty()) {
          mutated.setCharAt(position, (char) ('a' + random.nextInt(3)));
        }
      }
      default -> {
        if (position + 1 < word.length()) {
          mutated.setCharAt(position, word.charAt(position + 1));
          mutated.setCharAt(position + 1, word.charAt(position));
        }
      }
    }
    return mutated.toString();
  }
}
