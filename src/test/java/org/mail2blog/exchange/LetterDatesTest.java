package org.mail2blog.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LetterDatesTest {
    private final LetterDates dates = new LetterDates(ZoneId.of("Europe/Stockholm"));

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Mon, 11 Jul 2011 09:14:00 +0200        | 2011-07-11T09:14+02:00",
        "Mon, 11 Jul 2011 09:14:00 +0000 (UTC)  | 2011-07-11T09:14Z",
        "11 juli 2011 09:14                     | 2011-07-11T09:14+02:00",
        "den 11 juli 2011 kl. 09:14             | 2011-07-11T09:14+02:00",
        "måndag den 11 juli 2011 09:14          | 2011-07-11T09:14+02:00",
        "mån 11 juli 2011 kl 9.14               | 2011-07-11T09:14+02:00",
        "July 11, 2011 at 9:14 AM               | 2011-07-11T09:14+02:00",
        "Mon, Jul 11, 2011 at 9:14 PM           | 2011-07-11T21:14+02:00",
        "Monday, July 11, 2011 12:05 AM         | 2011-07-11T00:05+02:00",
        "11 July 2011 at 09:14:07 CEST          | 2011-07-11T09:14:07+02:00",
        "11 Jan 2011 09:14 GMT+1                | 2011-01-11T09:14+01:00",
        "2011-07-11 09:14                       | 2011-07-11T09:14+02:00",
        "2011-01-11 09:14                       | 2011-01-11T09:14+01:00",
        "11 okt. 2011                           | 2011-10-11T00:00+02:00"})
    void readsWhatClientsPrint(String printed, String expected) {
        assertThat(dates.parse(printed)).contains(OffsetDateTime.parse(expected));
    }

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @ValueSource(strings = {"", "igår", "7/11/2011 9:14 AM", "31 februari 2011 10:00", "Monday at 9:14"})
    void leavesOutWhatItCannotRead(String printed) {
        assertThat(dates.parse(printed)).isEmpty();
    }
}
