package org.iosemu.remote.telnet;

import org.iosemu.remote.SingleByteRead;
import static org.iosemu.remote.telnet.TelnetCodes.AO;
import static org.iosemu.remote.telnet.TelnetCodes.AYT;
import static org.iosemu.remote.telnet.TelnetCodes.DO;
import static org.iosemu.remote.telnet.TelnetCodes.DONT;
import static org.iosemu.remote.telnet.TelnetCodes.EC;
import static org.iosemu.remote.telnet.TelnetCodes.EL;
import static org.iosemu.remote.telnet.TelnetCodes.IAC;
import static org.iosemu.remote.telnet.TelnetCodes.IP;
import static org.iosemu.remote.telnet.TelnetCodes.OPT_NAWS;
import static org.iosemu.remote.telnet.TelnetCodes.SB;
import static org.iosemu.remote.telnet.TelnetCodes.SE;
import static org.iosemu.remote.telnet.TelnetCodes.WILL;
import static org.iosemu.remote.telnet.TelnetCodes.WONT;

import java.io.IOException;
import java.io.InputStream;
import java.util.function.Consumer;
import org.jline.terminal.Size;

/**
 * The data a telnet client typed, with the protocol taken out: IAC IAC becomes one 0xFF byte,
 * negotiation goes to {@link TelnetOptions}, a NAWS subnegotiation reports the window size, IP/EC/EL
 * become ^C/DEL/^U, AYT is answered. Malformed sequences are dropped, never thrown.
 */
final class TelnetInput extends InputStream {

    private static final int MAX_SUBNEGOTIATION = 64;
    private static final byte[] AYT_ANSWER = "\r\n[Yes]\r\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private enum State { DATA, IAC, OPTION, SUB, SUB_IAC }

    private final InputStream raw;
    private final TelnetOptions options;
    private final TelnetOptions.Sender protocolOut;
    private final Consumer<Size> windowSizeListener;
    private final byte[] sub = new byte[MAX_SUBNEGOTIATION];
    private State state = State.DATA;
    private int pendingCommand;
    private int subLength;
    private volatile Size windowSize;

    TelnetInput(InputStream raw, TelnetOptions options, TelnetOptions.Sender protocolOut,
            Consumer<Size> windowSizeListener) {
        this.raw = raw;
        this.options = options;
        this.protocolOut = protocolOut;
        this.windowSizeListener = windowSizeListener;
    }

    /** The last size the client reported with NAWS, or null. */
    Size windowSize() {
        return windowSize;
    }

    @Override
    public int read() throws IOException {
        return SingleByteRead.from(this);
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        byte[] chunk = new byte[Math.min(length, 8192)];
        while (true) {
            int n = raw.read(chunk, 0, chunk.length);
            if (n < 0) {
                return -1;
            }
            int produced = decode(chunk, n, buffer, offset);
            if (produced > 0) {
                return produced;
            }
        }
    }

    @Override
    public int available() {
        // raw bytes may all be protocol, so nothing is promised without blocking
        return 0;
    }

    @Override
    public void close() throws IOException {
        raw.close();
    }

    /** Every input byte yields at most one output byte, so {@code out} needs only {@code n} bytes. */
    private int decode(byte[] in, int n, byte[] out, int offset) throws IOException {
        int produced = 0;
        for (int i = 0; i < n; i++) {
            int b = in[i] & 0xff;
            switch (state) {
                case DATA -> {
                    if (b == IAC) {
                        state = State.IAC;
                    } else {
                        out[offset + produced++] = (byte) b;
                    }
                }
                case IAC -> {
                    state = State.DATA;
                    int translated = command(b);
                    if (translated >= 0) {
                        out[offset + produced++] = (byte) translated;
                    }
                }
                case OPTION -> {
                    state = State.DATA;
                    options.receive(pendingCommand, b);
                }
                case SUB -> {
                    if (b == IAC) {
                        state = State.SUB_IAC;
                    } else {
                        appendSub(b);
                    }
                }
                case SUB_IAC -> {
                    if (b == SE) {
                        state = State.DATA;
                        subnegotiationDone();
                    } else if (b == IAC) {
                        state = State.SUB;
                        appendSub(b);
                    } else {
                        // a broken client forgot SE; drop the subnegotiation and resynchronise
                        state = State.IAC;
                        subLength = 0;
                        i--;
                    }
                }
            }
        }
        return produced;
    }

    /** Handles the byte after IAC; returns a data byte to deliver, or -1. */
    private int command(int b) throws IOException {
        switch (b) {
            case IAC:
                return IAC;
            case WILL, WONT, DO, DONT:
                pendingCommand = b;
                state = State.OPTION;
                return -1;
            case SB:
                subLength = 0;
                state = State.SUB;
                return -1;
            case IP:
                return 0x03;
            case EC:
                return 0x7f;
            case EL:
                return 0x15;
            case AYT:
                protocolOut.send(AYT_ANSWER);
                return -1;
            case AO:
            default:
                return -1;
        }
    }

    private void appendSub(int b) {
        if (subLength < sub.length) {
            sub[subLength++] = (byte) b;
        }
    }

    private void subnegotiationDone() {
        if (subLength == 5 && (sub[0] & 0xff) == OPT_NAWS) {
            int columns = (sub[1] & 0xff) << 8 | (sub[2] & 0xff);
            int rows = (sub[3] & 0xff) << 8 | (sub[4] & 0xff);
            if (columns > 0 && rows > 0) {
                Size size = new Size(columns, rows);
                windowSize = size;
                windowSizeListener.accept(size);
            }
        }
        subLength = 0;
    }
}
