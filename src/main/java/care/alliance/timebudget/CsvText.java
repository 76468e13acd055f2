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
        try {
            printer.printRecord(fields);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
