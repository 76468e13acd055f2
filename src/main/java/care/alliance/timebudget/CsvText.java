package care.alliance.timebudget;

import java.util.List;

/**
 * RFC 4180 text: fields separated by commas, records ended by CRLF, a field quoted when it holds a
 * comma, a double quote, a line break or leading/trailing space, quotes doubled inside. Written here
 * (a dozen lines) rather than a library: the project has no CSV dependency and builds offline.
 */
public final class CsvText {

    private final StringBuilder text = new StringBuilder();

    public CsvText(List<String> header) {
        row(header.toArray());
    }

    public CsvText row(Object... fields) {
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                text.append(',');
            }
            text.append(field(fields[i]));
        }
        text.append("\r\n");
        return this;
    }

    static String field(Object value) {
        String s = value == null ? "" : value.toString();
        boolean quote = s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0
                || (!s.isEmpty() && (Character.isWhitespace(s.charAt(0))
                        || Character.isWhitespace(s.charAt(s.length() - 1))));
        return quote ? '"' + s.replace("\"", "\"\"") + '"' : s;
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
