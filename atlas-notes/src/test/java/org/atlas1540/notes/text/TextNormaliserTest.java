package org.atlas1540.notes.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextNormaliserTest {
    private final TextNormaliser normaliser = new TextNormaliser();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            CRLF line ends                        | a\\r\\nb                                     | a\\nb
            CR line ends                          | a\\rb                                        | a\\nb
            non-breaking and thin spaces          | a\\u00A0b\\u2009c                             | a b c
            zero-width and soft hyphen removed    | co\\u00ADoperation\\u200B                     | cooperation
            trailing spaces and blank-line runs   | a  \\n\\n\\n\\nb\\t                             | a\\n\\nb
            leading blank lines                   | \\n\\n\\nInformation Note¹\\n\\nEvent\\tX         | Information Note\\n\\nEvent\\tX
            inline formatting tags                | <i>States:</i> <b>Chile</b>                  | States: Chile
            script is text, not formatting        | <script>x</script>                           | <script>x</script>
            footnote inside a sentence            | With resolution 1977\\n\\n¹ For information only.\\n\\n(2011) the Council | With resolution 1977 (2011) the Council
            footnote between bullets              | - First.\\n\\n¹ For information only-not a report\\n\\n- Second. | - First.\\n- Second.
            footnote between paragraphs           | One.\\n\\n¹ For information only.\\n\\nTwo.  | One.\\n\\nTwo.
            footnote splitting a hyphenated word  | imple-\\n\\n¹ For information only.\\n\\nmentation | implementation
            curly quotes kept as written          | the “Workshop”                               | the “Workshop”
            """)
    void normalises(String rule, String input, String expected) {
        assertThat(normaliser.normalise(unescape(input))).isEqualTo(unescape(expected));
    }

    private static String unescape(String s) {
        var out = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                switch (n) {
                    case 'n' -> out.append('\n');
                    case 'r' -> out.append('\r');
                    case 't' -> out.append('\t');
                    case 'u' -> {
                        out.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16));
                        i += 4;
                    }
                    default -> out.append(n);
                }
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
