package org.atlas1540.server.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SnippetTest {

    @Test
    void asHtmlTheTextIsEscapedAndOnlyTheMatchesAreMarkup() {
        var snippet = new Snippet.Builder().text("a <script>alert('x')</script> & ").mark("<b>export</b>").text(" done")
                .build();

        assertThat(snippet.html()).isEqualTo(
                "a &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; <mark>&lt;b&gt;export&lt;/b&gt;</mark> done");
    }

    @Test
    void whiteSpaceRunsBecomeOneSpaceAndTheEndsAreTrimmed() {
        var snippet = new Snippet.Builder().text("\n  the  ").mark("Belgrade").text("\n\n workshop \t").build();

        assertThat(snippet.parts()).containsExactly(new Snippet.Part("the ", false), new Snippet.Part("Belgrade", true),
                new Snippet.Part(" workshop", false));
    }

    @Test
    void neighbouringPartsOfTheSameKindAreJoined() {
        var snippet = new Snippet.Builder().text("export ").text("control").mark("a").mark("b").build();

        assertThat(snippet.parts()).containsExactly(new Snippet.Part("export control", false),
                new Snippet.Part("ab", true));
    }

    @Test
    void aPostgresHeadlineBecomesSnippetsWithItsMarkersAsMarkedParts() {
        String headline = "the \ue000Belgrade\ue001 workshop\ue002 held in \ue000Belgrade\ue001";

        List<Snippet> snippets = PostgresSearchIndex.snippets(headline, true);

        assertThat(snippets).hasSize(2);
        assertThat(snippets.get(0).html()).isEqualTo("the <mark>Belgrade</mark> workshop");
        assertThat(snippets.get(1).html()).isEqualTo("held in <mark>Belgrade</mark>");
    }

    @Test
    void aPostgresHeadlineIsEscapedLikeAnyText() {
        List<Snippet> snippets = PostgresSearchIndex.snippets("<script>\ue000alert\ue001(1)</script>", true);

        assertThat(snippets.get(0).html()).isEqualTo("&lt;script&gt;<mark>alert</mark>(1)&lt;/script&gt;");
    }

    @Test
    void withoutQueryWordsAPostgresHitShowsTheOpeningOfItsNoteCutAtAWord() {
        String opening = "word ".repeat(60).substring(0, 200);

        List<Snippet> snippets = PostgresSearchIndex.snippets(opening, false);

        assertThat(snippets).singleElement().satisfies(s -> {
            assertThat(s.hasMarks()).isFalse();
            assertThat(s.text()).endsWith("word").hasSizeLessThan(200);
        });
    }
}
