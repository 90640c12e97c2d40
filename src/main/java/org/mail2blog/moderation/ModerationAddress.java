package org.mail2blog.moderation;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.mail2blog.blog.ReplyAddress;

/**
 * The moderation address of one pending letter for one admin:
 * {@code <local>+mod-<letterId>-<signature>@<domain>}. A reply to it is that admin's decision about
 * that letter. The signature is HMAC-SHA256, keyed with the server secret, over the letter id and
 * the admin's lower-cased address, cut to 100 bits and written with the 32 lower-case letters and
 * digits of reply tokens, so a mail server that lower-cases the local part changes nothing. An
 * address is therefore valid only for its letter and only from its admin; signatures are compared
 * in constant time. Immutable and thread-safe.
 */
public final class ModerationAddress {
    private static final String ALGORITHM = "HmacSHA256";
    private static final char[] ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789".toCharArray();
    private static final int SIGNATURE_CHARS = 20;
    private static final String PREFIX = "mod-";
    private static final Pattern TOKEN = Pattern.compile("mod-([1-9][0-9]{0,17})-([a-km-np-z2-9]{20})");
    private final ReplyAddress replyAddress;
    private final SecretKeySpec key;

    /** A moderation token as found in an address: the letter it names and its signature, not yet checked. */
    public record Claim(long letterId, String signature) {
    }

    /**
     * @param replyAddress the blog's plus-addressing
     * @param secret       the server secret (at least 16 bytes); whoever has it can sign for any admin
     */
    public ModerationAddress(ReplyAddress replyAddress, byte[] secret) {
        if (secret.length < 16) {
            throw new IllegalArgumentException("the moderation secret has " + secret.length
                    + " bytes; it needs at least 16");
        }
        this.replyAddress = replyAddress;
        this.key = new SecretKeySpec(secret.clone(), ALGORITHM);
    }

    /** The address that {@code admin} replies to about letter {@code letterId}. */
    public String forLetter(long letterId, String admin) {
        return replyAddress.forToken(PREFIX + letterId + "-" + signature(letterId, admin));
    }

    /** The token of the first moderation address among {@code recipients} ("mod-…", lower-case), if any. */
    public Optional<String> tokenIn(List<String> recipients) {
        return recipients.stream().map(replyAddress::tokenIn).flatMap(Optional::stream)
                .filter(t -> t.startsWith(PREFIX)).findFirst();
    }

    /** The letter and signature a token claims; empty when it is not shaped like one of ours. */
    public Optional<Claim> parse(String token) {
        Matcher m = TOKEN.matcher(token.toLowerCase(Locale.ROOT));
        return m.matches() ? Optional.of(new Claim(Long.parseLong(m.group(1)), m.group(2))) : Optional.empty();
    }

    /** True when the claim's signature was made for its letter and for {@code sender} (any case). */
    public boolean isSignedFor(Claim claim, String sender) {
        byte[] expected = signature(claim.letterId(), sender).getBytes(StandardCharsets.US_ASCII);
        byte[] given = claim.signature().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, given);
    }

    private String signature(long letterId, String admin) {
        byte[] mac = mac("mail2blog moderation\n" + letterId + "\n" + admin.strip().toLowerCase(Locale.ROOT));
        StringBuilder out = new StringBuilder(SIGNATURE_CHARS);
        for (int i = 0; i < SIGNATURE_CHARS; i++) {
            out.append(ALPHABET[fiveBits(mac, i * 5)]);
        }
        return out.toString();
    }

    /** The five bits of {@code bytes} starting at bit {@code offset}, most significant first. */
    private static int fiveBits(byte[] bytes, int offset) {
        int pair = (bytes[offset / 8] & 0xff) << 8 | (bytes[offset / 8 + 1] & 0xff);
        return pair >>> (11 - offset % 8) & 0x1f;
    }

    private byte[] mac(String message) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("every Java runtime has " + ALGORITHM, e);
        }
    }
}
