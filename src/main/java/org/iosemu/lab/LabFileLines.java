package org.iosemu.lab;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.iosemu.cli.session.LenientUtf8;

/**
 * The meaningful lines of a lab folder's plain-text file (links, engines, NAT): `!` starts a comment, blank lines
 * are skipped, each line is its text and its words. A missing file has none.
 */
record LabFileLines(Path file, List<Line> lines) {

    /** One line as written (for error messages) and split on blanks. */
    record Line(String text, String[] words) {}

    static LabFileLines read(Path file) throws IOException {
        List<Line> lines = new ArrayList<>();
        if (Files.exists(file)) {
            for (String line : LenientUtf8.lines(Files.readAllBytes(file), (n, problem) -> { })) {
                String text = line.replaceFirst("!.*", "").strip();
                if (!text.isEmpty()) {
                    lines.add(new Line(text, text.split("\\s+")));
                }
            }
        }
        return new LabFileLines(file, List.copyOf(lines));
    }

    boolean exists() {
        return Files.exists(file);
    }
}
