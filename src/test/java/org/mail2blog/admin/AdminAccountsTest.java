package org.mail2blog.admin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mail2blog.app.Database;
import org.mail2blog.testing.TestDatabase;

class AdminAccountsTest {
    private static final String PASSWORD = "sju sjösjuka sjömän";
    private final Database db = TestDatabase.open();
    private final AdminAccounts accounts = new AdminAccounts(db.jdbi());

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void addedAccountLogsInWithItsPassword() {
        assertThat(accounts.add("karin", "karin@example.com", PASSWORD)).isEqualTo(AddOutcome.ADDED);
        assertThat(accounts.authenticate("karin", PASSWORD)).hasValue("karin");
        assertThat(accounts.authenticate("karin", "sju sjösjuka sjömän!")).isEmpty();
    }

    @Test
    void addressIsStoredLowerCase() {
        accounts.add("karin", "Karin.Holm@Example.COM", PASSWORD);
        assertThat(accounts.emails()).containsExactly("karin.holm@example.com");
    }

    @Test
    void refusesATakenUserName() {
        accounts.add("karin", "karin@example.com", PASSWORD);
        assertThat(accounts.add("karin", "other@example.com", PASSWORD)).isEqualTo(AddOutcome.NAME_TAKEN);
        assertThat(accounts.list()).hasSize(1);
    }

    @Test
    void refusesATakenAddressWhateverItsCase() {
        accounts.add("karin", "karin@example.com", PASSWORD);
        assertThat(accounts.add("kalle", "KARIN@example.com", PASSWORD)).isEqualTo(AddOutcome.EMAIL_TAKEN);
        assertThat(accounts.authenticate("kalle", PASSWORD)).isEmpty();
    }

    @Test
    void listShowsNamesAndAddressesOldestFirst() {
        accounts.create("admin", "första lösenordet");
        accounts.add("karin", "karin@example.com", PASSWORD);
        assertThat(accounts.list()).extracting(AdminAccount::username).containsExactly("admin", "karin");
        assertThat(accounts.list().get(0).email()).isEmpty();
        assertThat(accounts.list().get(1).email()).hasValue("karin@example.com");
    }
}
