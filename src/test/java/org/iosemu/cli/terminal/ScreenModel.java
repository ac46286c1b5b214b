package org.iosemu.cli.terminal;

import java.util.ArrayList;
import java.util.List;

/**
 * What a VT100-style screen shows after some output: printable characters, CR, LF, BS, and the cursor and
 * erase sequences the line editor uses (CSI n C/D/A/B, CSI K). Unbounded in width, so a line that would
 * wrap on a real screen shows as longer than its width.
 */
final class ScreenModel {

    private final List<StringBuilder> rows = new ArrayList<>(List.of(new StringBuilder()));
    private int row;
    private int column;

    static ScreenModel of(String output) {
        ScreenModel screen = new ScreenModel();
        screen.feed(output);
        return screen;
    }

    void feed(String output) {
        for (int i = 0; i < output.length(); i++) {
            char c = output.charAt(i);
            if (c == '\u001B' && i + 1 < output.length() && output.charAt(i + 1) == '[') {
                int end = i + 2;
                while (end < output.length() && !Character.isLetter(output.charAt(end))) {
                    end++;
                }
                String arg = output.substring(i + 2, end);
                control(end < output.length() ? output.charAt(end) : ' ', arg.isEmpty() || !arg.chars().allMatch(Character::isDigit) ? 1 : Integer.parseInt(arg));
                i = end;
            } else if (c == '\r') {
                column = 0;
            } else if (c == '\n') {
                moveRow(1);
            } else if (c == '\b') {
                column = Math.max(0, column - 1);
            } else if (c >= ' ') {
                StringBuilder line = rows.get(row);
                while (line.length() < column) {
                    line.append(' ');
                }
                if (column < line.length()) {
                    line.setCharAt(column, c);
                } else {
                    line.append(c);
                }
                column++;
            }
        }
    }

    private void control(char command, int n) {
        switch (command) {
            case 'C' -> column += n;
            case 'D' -> column = Math.max(0, column - n);
            case 'A' -> moveRow(-n);
            case 'B' -> moveRow(n);
            case 'K' -> {
                StringBuilder line = rows.get(row);
                if (column < line.length()) {
                    line.setLength(column);
                }
            }
            default -> { } // attributes, keypad modes: nothing on screen
        }
    }

    private void moveRow(int delta) {
        row = Math.max(0, row + delta);
        while (rows.size() <= row) {
            rows.add(new StringBuilder());
        }
    }

    List<String> rows() {
        return rows.stream().map(StringBuilder::toString).toList();
    }

    int cursorColumn() {
        return column;
    }
}
