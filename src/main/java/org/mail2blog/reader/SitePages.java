package org.mail2blog.reader;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Every page of the public site that a static copy holds, built by the same page beans the live
 * service renders: the front page, each published conversation and the not-found page. A page
 * that lives at {@code /x} goes to {@code x/index.html} (a static server answers {@code /x} with a
 * redirect to {@code /x/}), so {@code /t/{slug}} and {@code /t/{slug}/feed.atom} can live side by
 * side. New public pages (feeds, label pages) are one more line in {@link #list()}.
 */
public final class SitePages {
    private final ReaderPages reader;

    public SitePages(ReaderPages reader) {
        this.reader = reader;
    }

    /** The pages to write, front page first; only published conversations are in it. */
    public List<SitePage> list() {
        List<SitePage> pages = new ArrayList<>();
        IndexPage index = reader.index();
        pages.add(new SitePage("index.html", "reader/index.ftlh", index));
        pages.add(new SitePage("404.html", "reader/not-found.ftlh", Map.of()));
        for (IndexPage.Card card : index.conversations()) {
            reader.conversation(card.slug()).ifPresent(page ->
                    pages.add(new SitePage(conversationDir(card.slug()) + "index.html", "reader/conversation.ftlh", page)));
        }
        return pages;
    }

    /** The directory of a conversation's files, {@code t/{slug}/}. */
    static String conversationDir(String slug) {
        return "t/" + slug + "/";
    }
}
