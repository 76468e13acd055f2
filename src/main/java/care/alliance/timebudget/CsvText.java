package care.alliance.timebudget;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * An export's whole text in RFC 4180 (Apache Commons CSV): commas, CRLF record ends, a field quoted
 * when it holds a comma, a double quote, a line break or leading/trailing space, quotes doubled inside,
 * null as an empty field. Built in memory: an export is offered only once it is complete.
 *
 * <p>Text that starts like a spreadsheet formula ({@code = + - @}, tab, carriage return) gets a leading
 * apostrophe, as OWASP advises against CSV injection: a note typed as {@code =HYPERLINK(...)} must not run
 * when a manager opens the ledger in a spreadsheet. Only text is touched; numbers and dates go out as
 * they are. The apostrophe is visible in a text editor; that is the price of the protection.
 */
public final class CsvText {

    private final StringBuilder text = new StringBuilder();
    private final CSVPrinter printer;

    public CsvText(List<String> header) {
        try {
            printer = new CSVPrinter(text, CSVFormat.RFC4180);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringBuilder does not fail
        }
        row(header.toArray());
    }

    public CsvText row(Object... fields) {
        Object[] safe = new Object[fields.length];
        for (int i = 0; i < fields.length; i++) {
            safe[i] = fields[i] instanceof CharSequence text ? neutralised(text.toString()) : fields[i];
        }
        try {
            printer.printRecord(safe);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    static String neutralised(String text) {
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
