package com.benchcrm.local.stack;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * The smallest SMTP client that sends one raw message (EHLO, MAIL, RCPT, DATA with dot-stuffing,
 * QUIT): what the demo and the tests use to mail the embedded stack, as any mail client would.
 */
public final class SmtpClient {

    private SmtpClient() {}

    /** Sends {@code raw} to {@code recipient}; throws with the server's answer when it refuses. */
    public static void send(int port, String from, String recipient, byte[] raw) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
            socket.setSoTimeout(120_000);
            BufferedReader in =
                    new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
            OutputStream out = socket.getOutputStream();
            expect(in, "220");
            command(out, "EHLO demo.localhost");
            expect(in, "250");
            command(out, "MAIL FROM:<" + from + ">");
            expect(in, "250");
            command(out, "RCPT TO:<" + recipient + ">");
            expect(in, "250");
            command(out, "DATA");
            expect(in, "354");
            out.write(dotStuffed(raw));
            out.write(".\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            expect(in, "250");
            command(out, "QUIT");
        }
    }

    private static void command(OutputStream out, String line) throws IOException {
        out.write((line + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    /** Reads a (possibly multi-line) reply and checks its code. */
    private static void expect(BufferedReader in, String code) throws IOException {
        String line;
        do {
            line = in.readLine();
            if (line == null) {
                throw new IOException("the SMTP server closed the connection");
            }
        } while (line.length() > 3 && line.charAt(3) == '-');
        if (!line.startsWith(code)) {
            throw new IOException("SMTP server answered: " + line);
        }
    }

    /** CRLF line ends, a leading dot doubled, a final line end. */
    static byte[] dotStuffed(byte[] raw) {
        String text = new String(raw, StandardCharsets.ISO_8859_1)
                .replace("\r\n", "\n")
                .replace("\r", "\n");
        StringBuilder b = new StringBuilder(text.length() + 64);
        for (String line : text.split("\n", -1)) {
            b.append(line.startsWith(".") ? "." : "").append(line).append("\r\n");
        }
        if (text.endsWith("\n")) {
            b.setLength(b.length() - 2);
        }
        return b.toString().getBytes(StandardCharsets.ISO_8859_1);
    }
}
