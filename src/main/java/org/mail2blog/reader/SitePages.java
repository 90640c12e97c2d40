package org.mail2blog.reader;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Every page of the public site that a static copy holds, built by the same page beans the live
 * service renders: the front page, each published conversation and label, the not-found page and the Atom feeds (search
 * needs the service). A page
 * that lives at {@code /x} goes to {@code x/index.html} (a static server answers {@code /x} with a
 * redirect to {@code /x/}), so {@code /t/{slug}} and {@code /t/{slug}/feed.atom} can live side by
 * side. New public pages (feeds, label pages) are one more line in {@link #list()}.
 */
public final class SitePages {
    private static final String FEED_TEMPLATE = "feed/atom.ftlx";
    private final ReaderPages reader;
    private final Feeds feeds;

    public SitePages(ReaderPages reader, Feeds feeds) {
        this.reader = reader;
        this.feeds = feeds;
    }

    /** The pages to write, front page first; only published conversations are in it. */
    public List<SitePage> list() {
        List<SitePage> pages = new ArrayList<>();
        IndexPage index = reader.index();
        pages.add(new SitePage("index.html", "reader/index.ftlh", index));
        pages.add(new SitePage("404.html", "reader/not-found.ftlh", Map.of()));
        pages.add(new SitePage("feed.atom", FEED_TEMPLATE, feeds.site()));
        Set<String> labels = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        for (IndexPage.Card card : index.conversations()) {
            reader.conversation(card.slug()).ifPresent(page -> {
                pages.add(new SitePage(conversationDir(card.slug()) + "index.html", "reader/conversation.ftlh", page));
                labels.addAll(page.labels());
            });
            feeds.conversation(card.slug()).ifPresent(feed ->
                    pages.add(new SitePage(conversationDir(card.slug()) + "feed.atom", FEED_TEMPLATE, feed)));
        }
        for (String label : labels) {
            // A label with a slash cannot be one directory name; its page exists only on the live site.
            if (!label.contains("/")) {
                reader.label(label).ifPresent(page ->
                        pages.add(new SitePage("labels/" + label + "/index.html", "reader/label.ftlh", page)));
            }
        }
        return pages;
    }

    /** The directory of a conversation's files, {@code t/{slug}/}. */
    static String conversationDir(String slug) {
        return "t/" + slug + "/";
    }
}
