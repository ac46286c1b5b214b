package org.iosemu.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Times a fresh emulator process from start to its first prompt on standard output. With
 * {@code viaPty} the process runs under util-linux `script`, so it sees a terminal and starts the JLine
 * console; otherwise it reads a pipe and starts the line-fed console.
 */
final class FirstPrompt {

    private FirstPrompt() {}

    /** Milliseconds from process start until {@code prompt} appeared; -1 if it never did. */
    static long measure(List<String> javaCommand, String prompt, boolean viaPty)
            throws IOException, InterruptedException {
        List<String> command = viaPty ? underScript(javaCommand) : javaCommand;
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        try {
            if (!waitFor(process.getInputStream(), prompt)) {
                return -1;
            }
            return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        } finally {
            process.getOutputStream().close(); // end of input: the line-fed console exits
            if (viaPty || !process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroy(); // `script` keeps its terminal open; hang it up
            }
            process.waitFor();
        }
    }

    /** The median of {@code runs} measurements. */
    static long median(List<String> javaCommand, String prompt, boolean viaPty, int runs)
            throws IOException, InterruptedException {
        long[] times = new long[runs];
        for (int i = 0; i < runs; i++) {
            times[i] = measure(javaCommand, prompt, viaPty);
        }
        Arrays.sort(times);
        return times[runs / 2];
    }

    private static boolean waitFor(InputStream output, String prompt) throws IOException {
        StringBuilder seen = new StringBuilder();
        byte[] chunk = new byte[4096];
        int n;
        while ((n = output.read(chunk)) > 0) {
            seen.append(new String(chunk, 0, n, StandardCharsets.ISO_8859_1));
            if (seen.indexOf(prompt) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static List<String> underScript(List<String> javaCommand) {
        List<String> command = new ArrayList<>(List.of("script", "-qfec"));
        command.add(String.join(" ", javaCommand.stream().map(FirstPrompt::shellQuote).toList()));
        command.add("/dev/null");
        return command;
    }

    private static String shellQuote(String word) {
        return "'" + word.replace("'", "'\\''") + "'";
    }
}
