package id.pilar.ui.impl;

import id.pilar.core.api.db.DataKernel;
import id.pilar.core.api.db.KernelStatus;
import id.pilar.ui.api.Formats;
import id.pilar.ui.api.FxTopComponent;
import id.pilar.ui.api.UiExecutor;
import id.pilar.ui.spi.HomeTile;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javax.swing.SwingUtilities;
import org.netbeans.api.settings.ConvertAsProperties;
import org.openide.awt.ActionID;
import org.openide.awt.ActionReference;
import org.openide.util.Lookup;
import org.openide.util.NbBundle.Messages;
import org.openide.windows.TopComponent;

/**
 * The start page: one tile per module, each filled in the background once the database is ready.
 */
@ConvertAsProperties(dtd = "-//id.pilar.ui.impl//Beranda//EN", autostore = false)
@TopComponent.Description(preferredID = "BerandaTopComponent", persistenceType = TopComponent.PERSISTENCE_ALWAYS)
@TopComponent.Registration(mode = "editor", openAtStartup = true, position = 0)
@ActionID(category = "Window", id = "id.pilar.ui.impl.BerandaTopComponent")
@ActionReference(path = "Menu/Window", position = 0)
@TopComponent.OpenActionRegistration(displayName = "#CTL_BerandaAction", preferredID = "BerandaTopComponent")
@Messages({
    "CTL_BerandaAction=Beranda",
    "CTL_BerandaTopComponent=Beranda",
    "HINT_BerandaTopComponent=Halaman awal Pilar",
    "LBL_BerandaTitle=Pilar — Suku Dinas Sosial Jakarta Pusat",
    "# {0} - long date",
    "LBL_BerandaToday={0}",
    "LBL_Refresh=Muat ulang",
    "LBL_Loading=Memuat…",
    "LBL_WaitingForDatabase=Menunggu basis data…",
    "LBL_WaitingForLogin=Silakan masuk untuk melihat data",
    "LBL_TileFailed=Gagal dimuat",
    "LBL_TileNoAccess=Tidak ada akses",
    "LBL_Open=Buka",
    "# {0} - when loaded",
    "LBL_DemoBanner=Basis data ini berisi DATA CONTOH (dimuat {0}): orang-orang di dalamnya rekaan, untuk latihan. Hapus sebelum bekerja dengan data sebenarnya.",
    "BTN_ClearDemo=Hapus data contoh",
    "LBL_DemoClearAdminOnly=Hanya Admin yang dapat menghapus data contoh."
})
public final class BerandaTopComponent extends FxTopComponent {

    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(BerandaTopComponent.class.getName());
    /** Logged once, when the first tiles show data: the start-up benchmark waits for it. */
    static final String READY_MARK = "PILAR-BERANDA-READY";
    private static final java.util.concurrent.atomic.AtomicBoolean READY_LOGGED = new java.util.concurrent.atomic.AtomicBoolean();
    private static final java.util.Set<String> READY_TRIMMED = java.util.concurrent.ConcurrentHashMap.newKeySet();
    /**
     * The tiles' own threads: at start-up a tile on Hibernate waits in its service for the
     * SessionFactory, and must hold neither the tiles on plain JDBC nor the views' shared
     * background threads (a search typed meanwhile) behind it.
     */
    /** The first figures of this run: 0 not asked yet, 1 loading (Hibernate's bootstrap lets them go first), 2 shown. */
    private static final java.util.concurrent.atomic.AtomicInteger FIRST_FIGURES = new java.util.concurrent.atomic.AtomicInteger();
    private static final org.openide.util.RequestProcessor TILES = new org.openide.util.RequestProcessor("Pilar start page tiles", 4, true);
    private final java.util.concurrent.atomic.AtomicInteger pendingTiles = new java.util.concurrent.atomic.AtomicInteger();

    private FlowPane tiles;
    /**
     * The scene's root. Not {@code tiles.getScene()}: the tiles sit inside a ScrollPane, whose
     * skin adds them to the scene only at the scene's first layout, and tiles on plain JDBC can be
     * filled before that (a login typed before JavaFX had shown the start page).
     */
    private BorderPane root;
    /** For whom (database and user) the tiles are loading or loaded; null while they wait. */
    private Object loadingFor;
    /**
     * Made with the content, on the FX thread: a JavaFX node made in the constructor (the window
     * system builds the start page on the EDT right after the main window shows) started
     * JavaFX's renderer there, in front of the login dialog.
     */
    private HBox demoBanner;
    /**
     * The tiles start loading once the schema is migrated, while Hibernate may still be building its
     * SessionFactory: a tile on plain JDBC ({@code Transactions.query}) then shows its figures at
     * once, one on Hibernate waits inside its service until the kernel is ready. READY after
     * SCHEMA_READY therefore reloads nothing that is already loading for the same user.
     */
    private final Consumer<KernelStatus> statusListener = s -> {
        if (s.isSchemaReady()) {
            UiExecutor.standard().fx().execute(() -> {
                if (!(s.isReady() && loadingFor != null && loadingFor.equals(loadKey()))) {
                    reload();
                }
            });
        }
    };
    private final Runnable dataListener = () -> UiExecutor.standard().fx().execute(this::reload);
    /**
     * A sign-in starts the tiles' reads at once, on the signing-in thread's word, instead of when
     * the FX thread gets to {@link #reload()}: right after a start-up login that thread may still
     * be laying out this page for the first time (fonts, skins: a few hundred ms), and the reads
     * need no FX. The reload that follows takes the reads for its database and user.
     */
    private final Runnable userListener = () -> {
        prefetch();
        dataListener.run();
    };
    private final TileReads reads = new TileReads(TILES, BerandaTopComponent::timedLoad);

    private void prefetch() {
        if (!DataKernel.get().status().isSchemaReady() || !id.pilar.core.api.security.AccessControl.get().signedIn()) {
            reads.clear();
            return;
        }
        reads.start(loadKey(), Lookup.getDefault().lookupAll(HomeTile.class));
    }

    private static HomeTile.Content timedLoad(HomeTile tile) {
        long t0 = System.nanoTime();
        HomeTile.Content c;
        try {
            c = tile.load();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new java.util.concurrent.CompletionException(e); // shown on the tile as its failure
        }
        LOG.log(java.util.logging.Level.FINE, "Beranda tile {0} loaded in {1} ms",
                new Object[] {tile.getClass().getSimpleName(), (System.nanoTime() - t0) / 1_000_000});
        return c;
    }

    public BerandaTopComponent() {
        setName(Bundle.CTL_BerandaTopComponent());
        setToolTipText(Bundle.HINT_BerandaTopComponent());
        putClientProperty(TopComponent.PROP_CLOSING_DISABLED, Boolean.FALSE);
        putClientProperty(id.pilar.ui.api.UserWindows.KEEP, Boolean.TRUE); // reloads for the next user
    }

    @Override
    protected Parent createContent() {
        Label title = new Label(Bundle.LBL_BerandaTitle());
        title.getStyleClass().add("page-title");
        Label today = new Label(Bundle.LBL_BerandaToday(Formats.longDate(LocalDate.now(Formats.JAKARTA))));
        today.getStyleClass().add("page-subtitle");
        Button refresh = new Button(Bundle.LBL_Refresh());
        refresh.setOnAction(e -> reload());
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox header = new HBox(12, new VBox(4, title, today), grow, refresh);
        tiles = new FlowPane(16, 16);
        tiles.setPadding(new Insets(16, 0, 0, 0));
        ScrollPane scroll = new ScrollPane(tiles);
        scroll.setFitToWidth(true);
        scroll.setStyle("-fx-background-color: transparent; -fx-background: #f6f7f9;");
        demoBanner = new HBox(12);
        demoBanner.getStyleClass().add("notice-banner");
        demoBanner.setManaged(false);
        demoBanner.setVisible(false);
        root = new BorderPane(scroll);
        root.setTop(new VBox(12, header, demoBanner));
        root.setPadding(new Insets(20));
        reload();
        return root;
    }

    /**
     * Listens while open: createContent runs once per component, but the start page can be closed
     * and opened again, so the listeners follow open and close, not the content.
     */
    @Override
    protected void componentOpened() {
        super.componentOpened();
        DataKernel.get().addStatusListener(statusListener);
        id.pilar.ui.api.DataChanges.addListener(dataListener);
        id.pilar.core.api.security.AccessControl.get().addUserListener(userListener);
        UiExecutor.standard().fx().execute(this::reload); // reopened: the tiles may be stale
    }

    /** Rebuilds the tiles; each loads its content in the background. */
    private void reload() {
        if (tiles == null) {
            return;
        }
        tiles.getChildren().clear();
        boolean dbReady = DataKernel.get().status().isSchemaReady();
        boolean signedIn = id.pilar.core.api.security.AccessControl.get().signedIn();
        boolean ready = dbReady && signedIn;
        loadingFor = ready ? loadKey() : null;
        if (ready) {
            LOG.log(java.util.logging.Level.FINE, "Beranda tiles start at uptime {0} ms",
                    java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime());
            if (FIRST_FIGURES.compareAndSet(0, 1)) {
                id.pilar.core.api.db.FirstScreen.userWaiting(); // the first figures go before Hibernate's next step
            }
        }
        String waiting = !dbReady ? Bundle.LBL_WaitingForDatabase() : Bundle.LBL_WaitingForLogin();
        java.util.Collection<? extends HomeTile> all = Lookup.getDefault().lookupAll(HomeTile.class);
        pendingTiles.set(ready ? all.size() : -1);
        if (dbReady && !signedIn) {
            markReady("waiting-for-login"); // ready for the user: the data waits only for the login
        }
        for (HomeTile tile : all) {
            tiles.getChildren().add(tileView(tile, ready, waiting));
        }
        showDemoBanner(ready);
    }

    /** The database and the user the tiles are for. */
    private static Object loadKey() {
        return java.util.List.of(String.valueOf(DataKernel.get().target()),
                id.pilar.core.api.security.AccessControl.get().currentUser().username());
    }

    /** On every start page of a database that holds demo data, until it is cleared. */
    private void showDemoBanner(boolean ready) {
        if (demoBanner == null) {
            return; // no content yet
        }
        demoBanner.setVisible(false);
        demoBanner.setManaged(false);
        id.pilar.core.api.demo.DemoData demo = id.pilar.core.api.demo.DemoData.get();
        if (!ready || demo == null) {
            return;
        }
        UiExecutor ex = UiExecutor.standard();
        ex.background().execute(() -> {
            java.time.Instant on;
            try {
                on = demo.loadedOn();
            } catch (RuntimeException e) {
                LOG.log(java.util.logging.Level.WARNING, "Reading the demo-data mark failed", e);
                return;
            }
            if (on == null) {
                return;
            }
            boolean mayClear = id.pilar.core.api.security.AccessControl.get().isPermitted(id.pilar.core.api.demo.DemoPermissions.CLEAR);
            ex.fx().execute(() -> {
                Label text = new Label(Bundle.LBL_DemoBanner(Formats.dateTime(on)));
                text.setWrapText(true);
                HBox.setHgrow(text, Priority.ALWAYS);
                Button clear = new Button(Bundle.BTN_ClearDemo());
                clear.setId("demo-clear");
                clear.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
                clear.setDisable(!mayClear);
                if (!mayClear) {
                    clear.setTooltip(new javafx.scene.control.Tooltip(Bundle.LBL_DemoClearAdminOnly()));
                }
                clear.setOnAction(e -> SwingUtilities.invokeLater(DemoDataClearing::ask));
                demoBanner.getChildren().setAll(text, clear);
                demoBanner.setVisible(true);
                demoBanner.setManaged(true);
            });
        });
    }

    private VBox tileView(HomeTile tile, boolean ready, String waiting) {
        Label title = new Label(tile.title());
        title.getStyleClass().add("tile-title");
        Label headline = new Label(ready ? Bundle.LBL_Loading() : waiting);
        headline.getStyleClass().add("tile-headline");
        headline.setWrapText(true);
        VBox lines = new VBox(2);
        Button open = new Button(Bundle.LBL_Open());
        open.setOnAction(e -> SwingUtilities.invokeLater(tile::open));
        VBox box = new VBox(6, title, headline, lines);
        if (tile.canOpen()) {
            box.getChildren().add(open);
        }
        box.getStyleClass().add("tile");
        if (ready) {
            UiExecutor ex = UiExecutor.standard();
            reads.take(loadKey(), tile).whenComplete((content, failure) -> {
                HomeTile.Content c = content;
                if (failure != null) {
                    Throwable e = failure instanceof java.util.concurrent.CompletionException && failure.getCause() != null
                            ? failure.getCause() : failure;
                    boolean denied = e instanceof id.pilar.core.api.security.AccessDeniedException;
                    c = new HomeTile.Content(denied ? Bundle.LBL_TileNoAccess() : Bundle.LBL_TileFailed(),
                            java.util.List.of(id.pilar.ui.api.UserMessages.of(e)), !denied);
                }
                HomeTile.Content shown = c;
                ex.fx().execute(() -> {
                    show(box, headline, lines, shown);
                    tileShown();
                });
            });
        }
        return box;
    }

    private void tileShown() {
        if (pendingTiles.decrementAndGet() == 0) {
            if (FIRST_FIGURES.compareAndSet(1, 2)) {
                id.pilar.core.api.db.FirstScreen.userServed();
            }
            markReady("data-shown");
            id.pilar.ui.api.UiTrace.shown(root.getScene(), "beranda.data");
        }
    }

    /** Logs, once per run, that the start page is ready; the start-up benchmark waits for it. */
    private static void markReady(String state) {
        if (READY_LOGGED.compareAndSet(false, true)) {
            LOG.info(READY_MARK + " state=" + state + " uptime-ms=" + java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime());
            for (java.util.logging.Handler h : java.util.logging.Logger.getLogger("").getHandlers()) {
                h.flush(); // the mark must reach messages.log now, not at the next periodic flush
            }
        }
        if (READY_TRIMMED.add(state)) {
            HeapTrim.startPageReady(state); // once for the bootstrap's garbage, once after the first tiles
        }
    }

    private static void show(VBox box, Label headline, VBox lines, HomeTile.Content c) {
        headline.setText(c.headline());
        List<Label> ls = c.lines().stream().map(t -> {
            Label l = new Label(t);
            l.getStyleClass().add("tile-line");
            l.setWrapText(true);
            return l;
        }).toList();
        lines.getChildren().setAll(ls);
        if (c.alert()) {
            box.getStyleClass().add("tile-alert");
        }
    }

    @Override
    protected void componentClosed() {
        super.componentClosed();
        DataKernel.get().removeStatusListener(statusListener);
        id.pilar.ui.api.DataChanges.removeListener(dataListener);
        id.pilar.core.api.security.AccessControl.get().removeUserListener(userListener);
    }

    void writeProperties(java.util.Properties p) {
        p.setProperty("version", "1.0");
    }

    void readProperties(java.util.Properties p) {
        // nothing to restore: the tiles are rebuilt from the modules
    }
}
