package org.mail2blog.mime;

import java.util.ArrayList;
import java.util.List;

/**
 * Undoes an inline OpenPGP cleartext signature (RFC 4880 §7): the "BEGIN PGP SIGNED MESSAGE"
 * line and its armor headers go, the signature block goes, and dash-escaped lines ("- -- ")
 * get their text back. The signed text itself is the letter. Text without the armor is returned
 * as it is; so is text whose armor is incomplete, since then we cannot tell where the letter ends.
 */
final class ClearSigned {
    private static final String BEGIN = "-----BEGIN PGP SIGNED MESSAGE-----";
    private static final String SIGNATURE = "-----BEGIN PGP SIGNATURE-----";
    private static final String END = "-----END PGP SIGNATURE-----";

    private ClearSigned() {
    }

    /** The signed text of {@code text} ({@code \n} line ends), with whatever stands around the armor. */
    static String unwrap(String text) {
        List<String> lines = text.lines().toList();
        int begin = lines.indexOf(BEGIN);
        int signature = lines.indexOf(SIGNATURE);
        int end = lines.indexOf(END);
        if (begin < 0 || signature < begin || end < signature) {
            return text;
        }
        int body = begin + 1;
        while (body < signature && !lines.get(body).isBlank()) {
            body++; // armor headers such as "Hash: SHA256" end at the first blank line
        }
        List<String> out = new ArrayList<>(lines.subList(0, begin));
        lines.subList(Math.min(body + 1, signature), signature).stream()
                .map(line -> line.startsWith("- ") ? line.substring(2) : line)
                .forEach(out::add);
        out.addAll(lines.subList(end + 1, lines.size()));
        return String.join("\n", out);
    }
}
