package id.pilar.core.api.db;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The order of a windowed start: Hibernate's bootstrap waits for the first screen, and never for long. */
class FirstScreenTest {

    @AfterEach
    void forget() {
        FirstScreen.reset();
    }

    @Test
    void withoutAWindowNothingWaits() {
        // Batch jobs and tests: nobody called expect().
        assertTrue(FirstScreen.awaitShown() < 100);
    }

    @Test
    void heavyWorkStartsWhenTheLoginIsShown() throws Exception {
        FirstScreen.expect();
        CompletableFuture<Long> waited = CompletableFuture.supplyAsync(FirstScreen::awaitShown);
        Thread.sleep(300);
        assertTrue(!waited.isDone(), "waits while the window system starts");
        FirstScreen.mainWindowShown();
        Thread.sleep(100);
        assertTrue(!waited.isDone(), "the login dialog follows the main window: still waiting");
        FirstScreen.shown();
        long ms = waited.get(5, TimeUnit.SECONDS);
        assertTrue(ms >= 350, "waited for the dialog: " + ms + " ms");
        assertTrue(FirstScreen.awaitShown() < 100, "later opens (another database) do not wait again");
    }

    @Test
    void withoutALoginTheMainWindowIsEnoughAfterTheGrace() throws Exception {
        FirstScreen.expect();
        FirstScreen.mainWindowShown();
        long ms = CompletableFuture.supplyAsync(FirstScreen::awaitShown).get(FirstScreen.GRACE_MS + 5_000, TimeUnit.MILLISECONDS);
        assertTrue(ms >= FirstScreen.GRACE_MS - 100, "a product without a login waits for the grace only: " + ms + " ms");
    }

    @Test
    void aClerkWaitingForAnAnswerGoesFirst() throws Exception {
        FirstScreen.expect();
        FirstScreen.shown();
        FirstScreen.userWaiting(); // the password being checked
        CompletableFuture<Long> waited = CompletableFuture.supplyAsync(FirstScreen::awaitShown);
        Thread.sleep(300);
        assertTrue(!waited.isDone(), "the next bootstrap step waits while the clerk does");
        FirstScreen.userServed();
        assertTrue(waited.get(5, TimeUnit.SECONDS) >= 250);
        FirstScreen.userServed(); // one too many is harmless
        assertTrue(FirstScreen.awaitShown() < 100);
    }
}
