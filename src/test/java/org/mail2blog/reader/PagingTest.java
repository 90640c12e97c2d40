package org.mail2blog.reader;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class PagingTest {
    private static final List<Integer> TWENTY_FIVE = IntStream.rangeClosed(1, 25).boxed().toList();

    @Test
    void missingOrUnreadablePageNumberIsTheFirstPage() {
        assertThat(Paging.of(null, 25, 10)).map(Paging::page).contains(1);
        assertThat(Paging.of("två", 25, 10)).map(Paging::page).contains(1);
        assertThat(Paging.of("99999999999999", 25, 10)).map(Paging::page).contains(1);
    }

    @Test
    void pageBeyondTheLastOrZeroHasNoPage() {
        assertThat(Paging.of("4", 25, 10)).isEmpty();
        assertThat(Paging.of("0", 25, 10)).isEmpty();
    }

    @Test
    void emptyListHasOneEmptyPage() {
        Paging only = Paging.of("1", 0, 10).orElseThrow();
        assertThat(only.slice(List.of())).isEmpty();
        assertThat(only.hasPrevious() || only.hasNext()).isFalse();
    }

    @Test
    void lastPageHoldsTheRest() {
        Paging last = Paging.of("3", 25, 10).orElseThrow();
        assertThat(last.slice(TWENTY_FIVE)).containsExactly(21, 22, 23, 24, 25);
        assertThat(last.hasPrevious()).isTrue();
        assertThat(last.hasNext()).isFalse();
    }

    @Test
    void middlePageHasBothNeighbours() {
        Paging middle = Paging.of(" 2 ", 25, 10).orElseThrow();
        assertThat(middle.slice(TWENTY_FIVE)).startsWith(11).endsWith(20);
        assertThat(middle.hasPrevious() && middle.hasNext()).isTrue();
    }
}
