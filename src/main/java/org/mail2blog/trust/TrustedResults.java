package org.mail2blog.trust;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The results a mail's Authentication-Results headers hold from trusted authserv-ids, and a note on
 * what was ignored: headers of other authserv-ids (anyone can write those), unreadable headers, and
 * headers beyond {@link #MAX_HEADERS}. One instance per mail; not thread-safe while it is read.
 */
final class TrustedResults {
    /** Headers read per mail; a real mail has a handful, a hostile one may have thousands. */
    static final int MAX_HEADERS = 100;
    /** How many foreign authserv-ids the note names. */
    private static final int NAMED = 3;
    /** Longest stranger-written text (an authserv-id, a reason) the note quotes. */
    private static final int MAX_QUOTED = 120;

    /** One result and the server that vouches for it. */
    record Vouched(String authservId, AuthResult result) {
    }

    private final List<Vouched> results = new ArrayList<>();
    private final Set<String> trustedSeen = new LinkedHashSet<>();
    private final Set<String> foreign = new LinkedHashSet<>();
    private final List<String> unreadable = new ArrayList<>();
    private int foreignHeaders;
    private int skipped;

    private TrustedResults() {
    }

    /** Reads {@code values} (top to bottom as in the mail), keeping what the {@code trusted} ids (lower-case) wrote. */
    static TrustedResults read(List<String> values, Set<String> trusted, AuthResultsParser parser) {
        TrustedResults read = new TrustedResults();
        read.skipped = Math.max(0, values.size() - MAX_HEADERS);
        for (String value : values.subList(0, Math.min(values.size(), MAX_HEADERS))) {
            try {
                read.add(parser.parse(value), trusted);
            } catch (UnreadableHeader unreadable) {
                read.unreadable.add(unreadable.getMessage());
            }
        }
        return read;
    }

    private void add(AuthenticationResults header, Set<String> trusted) {
        if (trusted.contains(header.authservId())) {
            trustedSeen.add(header.authservId());
            header.results().forEach(r -> results.add(new Vouched(header.authservId(), r)));
        } else {
            foreignHeaders++;
            foreign.add(shown(header.authservId()));
        }
    }

    List<Vouched> results() {
        return List.copyOf(results);
    }

    /** True when at least one header came from a trusted authserv-id (even one that says {@code none}). */
    boolean hasTrustedHeader() {
        return !trustedSeen.isEmpty();
    }

    /** What was not believed, as a sentence starting with a space; empty when everything was read and trusted. */
    String ignoredNote() {
        List<String> parts = new ArrayList<>();
        if (foreignHeaders > 0) {
            String names = foreign.stream().limit(NAMED).collect(Collectors.joining(", "))
                    + (foreign.size() > NAMED ? ", …" : "");
            parts.add(foreignHeaders + (foreignHeaders == 1 ? " header" : " headers")
                    + " from an authserv-id that is not trusted (" + names + ")");
        }
        if (!unreadable.isEmpty()) {
            parts.add(unreadable.size() + " unreadable " + (unreadable.size() == 1 ? "header" : "headers")
                    + " (" + shown(unreadable.get(0)) + ")");
        }
        if (skipped > 0) {
            parts.add(skipped + " headers beyond the first " + MAX_HEADERS);
        }
        return parts.isEmpty() ? "" : " Ignored: " + String.join("; ", parts) + ".";
    }

    /** Text written by a stranger, made safe to quote: no control characters, cut short. */
    private static String shown(String text) {
        String clean = text.replaceAll("\\p{Cntrl}", " ");
        return clean.length() <= MAX_QUOTED ? clean : clean.substring(0, MAX_QUOTED) + "…";
    }
}
