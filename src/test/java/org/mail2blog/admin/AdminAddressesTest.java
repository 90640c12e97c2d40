package org.mail2blog.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mail2blog.app.Database;
import org.mail2blog.testing.TestDatabase;

class AdminAddressesTest {
    private final Database db = TestDatabase.open();
    private final AdminAccounts accounts = new AdminAccounts(db.jdbi());

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void configuredAddressesComeFirstThenTheAccountsOwnWithoutRepeats() {
        AdminAddresses addresses = new AdminAddresses(List.of("roger@example.com", "karin@example.com"), accounts);
        accounts.add("karin", "Karin@example.com", "ett långt lösenord");
        accounts.add("nils", "nils@example.com", "ett annat långt lösenord");
        assertThat(addresses.get()).containsExactly("roger@example.com", "karin@example.com", "nils@example.com");
    }

    @Test
    void anAccountAddedLaterCountsAtOnce() {
        AdminAddresses addresses = new AdminAddresses(List.of(), accounts);
        assertThat(addresses.get()).isEmpty();
        accounts.add("nils", "nils@example.com", "ett annat långt lösenord");
        assertThat(addresses.get()).containsExactly("nils@example.com");
    }
}
