package id.pilar.cases.ui;

import id.pilar.cases.api.CaseService;
import id.pilar.cases.api.CaseService.CaseFilter;
import id.pilar.cases.api.CaseService.CaseSummary;
import id.pilar.ui.api.UiExecutor;
import id.pilar.ui.api.UserMessages;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/** The case list: runs the filter in the background, drops answers to filters the user has since changed. */
public final class CaseListModel {

    public static final int PAGE = 500;

    private final CaseService cases;
    private final UiExecutor ui;
    private final Consumer<List<CaseSummary>> show;
    private final Consumer<String> failed;
    private final AtomicInteger generation = new AtomicInteger();

    public CaseListModel(CaseService cases, UiExecutor ui, Consumer<List<CaseSummary>> show, Consumer<String> failed) {
        this.cases = cases;
        this.ui = ui;
        this.show = show;
        this.failed = failed;
    }

    public void apply(CaseFilter filter) {
        int mine = generation.incrementAndGet();
        ui.load(() -> cases.list(filter), rows -> {
            if (generation.get() == mine) {
                show.accept(rows);
            }
        }, e -> failed.accept(UserMessages.of(e)));
    }
}
