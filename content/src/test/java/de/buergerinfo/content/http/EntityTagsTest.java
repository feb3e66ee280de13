package de.buergerinfo.content.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/** If-None-Match uses the weak comparison: W/ is ignored on both sides, the rest must be equal. */
class EntityTagsTest {

  private static final String TAG = "\"v3-0123456789abcdef\"";

  @ParameterizedTest
  @ValueSource(
      strings = {
        TAG,
        "W/" + TAG,
        "*",
        " * ",
        "\"other\", " + TAG,
        TAG + ",\"other\"",
        " \"other\" ,  W/" + TAG + " ",
        "\"a\",\t\"b\" ,\t" + TAG,
        ", ," + TAG + ",,"
      })
  void matchesTheSameTagWeakOrStrongAloneOrInAListOrStar(String ifNoneMatch) {
    assertThat(EntityTags.matches(ifNoneMatch, TAG)).isTrue();
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(
      strings = {
        "",
        "  ",
        "\t",
        ",",
        " , ",
        "\"v2-0123456789abcdef\"",
        "\"V3-0123456789ABCDEF\"", // tags are case-sensitive
        "v3-0123456789abcdef", // unquoted
        "\"v3-0123456789abcdef", // half quoted
        "\"other\", W/\"v2-0123456789abcdef\"",
        "W/ " + TAG, // no space is allowed after W/
        "w/" + TAG // the W is uppercase
      })
  void doesNotMatchOtherTagsOrNothing(String ifNoneMatch) {
    assertThat(EntityTags.matches(ifNoneMatch, TAG)).isFalse();
  }

  @Test
  void aWeakCurrentTagMatchesItsStrongForm() {
    assertThat(EntityTags.matches(TAG, "W/" + TAG)).isTrue();
    assertThat(EntityTags.matches("W/" + TAG, "W/" + TAG)).isTrue();
  }
}
