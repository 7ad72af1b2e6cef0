package id.pilar.registry.ui;

import id.pilar.registry.api.HouseholdAddress;
import id.pilar.registry.api.HouseholdService;
import id.pilar.registry.api.HouseholdSummary;
import id.pilar.registry.api.PersonSummary;
import id.pilar.ui.api.UiExecutor;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Moving a KK (issue 17 item 5): finds the members who live at the old address, lets the clerk
 * choose which of them move along (all ticked at first), then moves the KK and those members in
 * one service call. The choice is asked through {@link Chooser} (a dialog in the application,
 * a fake in tests), on the background thread.
 */
public final class HouseholdMoveModel {

    /** Asks which residents move along; null when the clerk cancelled. Called off the FX thread. */
    @FunctionalInterface
    public interface Chooser {
        List<String> choose(Choice choice) throws InterruptedException;
    }

    /** The residents offered, each ticked or not; every one is ticked at first. */
    public static final class Choice {
        private final Map<PersonSummary, Boolean> ticked = new LinkedHashMap<>();

        public Choice(List<PersonSummary> residents) {
            residents.forEach(p -> ticked.put(p, true));
        }

        public List<PersonSummary> residents() {
            return List.copyOf(ticked.keySet());
        }

        public boolean isTicked(PersonSummary p) {
            return Boolean.TRUE.equals(ticked.get(p));
        }

        public void tick(PersonSummary p, boolean on) {
            if (ticked.containsKey(p)) {
                ticked.put(p, on);
            }
        }

        public List<String> tickedIds() {
            List<String> out = new ArrayList<>();
            ticked.forEach((p, on) -> {
                if (on) {
                    out.add(p.id());
                }
            });
            return out;
        }
    }

    private final HouseholdService households;
    private final UiExecutor ex;
    private final Chooser chooser;
    private final Supplier<LocalDate> today;

    public HouseholdMoveModel(HouseholdService households, UiExecutor ex, Chooser chooser, Supplier<LocalDate> today) {
        this.households = households;
        this.ex = ex;
        this.chooser = chooser;
        this.today = today;
    }

    /**
     * Moves the KK; {@code done} gets the moved KK on the FX thread, or nothing when the clerk
     * cancelled the choice; {@code failed} a refusal (an invalid address, a changed KK).
     */
    public void move(String householdId, HouseholdAddress to, Consumer<HouseholdSummary> done, Consumer<Throwable> failed) {
        ex.background().execute(() -> {
            try {
                List<PersonSummary> residents = households.residents(householdId);
                List<String> moving = residents.isEmpty() ? List.of() : chooser.choose(new Choice(residents));
                if (moving == null) {
                    return;
                }
                HouseholdSummary moved = households.move(householdId, to, moving, today.get());
                ex.fx().execute(() -> done.accept(moved));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException e) {
                ex.fx().execute(() -> failed.accept(e));
            }
        });
    }
}
