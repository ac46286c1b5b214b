package org.iosemu.remote;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.utils.NonBlockingReader;

/**
 * A stand-in for the CLI front end: prints a prompt, collects a line from the terminal (the terminal's
 * line discipline echoes it and maps CR to LF), answers "got[...]" and exits on "exit". "flood N" prints
 * N lines, "size" prints the terminal size.
 */
public final class LineHandler implements ConnectionHandler {

    public final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    public final List<RemotePeer> peers = new CopyOnWriteArrayList<>();
    public final List<Size> sizes = new CopyOnWriteArrayList<>();

    @Override
    public void run(Terminal terminal, RemotePeer peer) throws Exception {
        peers.add(peer);
        PrintWriter out = terminal.writer();
        NonBlockingReader reader = terminal.reader();
        out.print("R1>");
        terminal.flush();
        StringBuilder line = new StringBuilder();
        int c;
        while ((c = reader.read()) >= 0) {
            if (c != '\n') {
                line.append((char) c);
                continue;
            }
            String text = line.toString();
            line.setLength(0);
            lines.add(text);
            sizes.add(terminal.getSize());
            if (text.equals("exit")) {
                return;
            }
            if (text.startsWith("flood ")) {
                int count = Integer.parseInt(text.substring(6));
                for (int i = 0; i < count; i++) {
                    out.print("flood line " + i + " ....................................................\n");
                }
            } else if (text.equals("size")) {
                out.print("size " + terminal.getSize().getColumns() + "x" + terminal.getSize().getRows() + "\n");
            } else {
                out.print("got[" + (text.length() > 100 ? text.length() + " chars" : text) + "]\n");
            }
            out.print("R1>");
            terminal.flush();
        }
    }
}
