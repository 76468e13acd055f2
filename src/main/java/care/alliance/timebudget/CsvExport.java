package care.alliance.timebudget;

import java.nio.charset.StandardCharsets;

/** A CSV file built whole before anyone streams it: its name, its text, and the rows it holds (header aside). */
public record CsvExport(String fileName, String text, int rows) {

    public byte[] bytes() {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
