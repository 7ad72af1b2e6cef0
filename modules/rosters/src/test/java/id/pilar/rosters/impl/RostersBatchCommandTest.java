package id.pilar.rosters.impl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pilar.testkit.TestDatabase;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netbeans.api.sendopts.CommandException;

/** The batch jobs: a report to a file, a member import with its reject report, clear refusals. */
class RostersBatchCommandTest {

    @TempDir
    Path dir;

    @Test
    void writesReportsAndImportsMembersWithoutAWindow() throws Exception {
        try (TestDatabase db = TestDatabase.create()) {
            RostersBatchCommand cmd = new RostersBatchCommand();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            PrintStream ps = new PrintStream(out, true, StandardCharsets.UTF_8);

            Path csv = dir.resolve("anggota.csv");
            Files.writeString(csv, "nik,nama,jenis_kelamin\n3171011201900001,Joko Susilo,L\n123,Salah,L\n");
            Path rejects = dir.resolve("tolak.csv");
            cmd.run(Map.of(RostersBatchCommand.IMPORT, new String[] {csv.toString()},
                    RostersBatchCommand.REJECTS, new String[] {rejects.toString()}), ps, ps);
            assertThat(Files.readString(rejects)).contains("NIK harus 16 angka");

            Path xlsx = dir.resolve("wilayah.xlsx");
            cmd.run(Map.of(RostersBatchCommand.REPORT, new String[] {"wilayah"}, RostersBatchCommand.OUT, new String[] {xlsx.toString()},
                    RostersBatchCommand.FROM, new String[] {"01/01/2026"}, RostersBatchCommand.TO, new String[] {"2026-12-31"}), ps, ps);
            assertThat(xlsx).isNotEmptyFile();
            assertThat(out.toString(StandardCharsets.UTF_8)).contains(Bundle.MSG_ImportDone(1, 1));

            assertThatThrownBy(() -> cmd.run(Map.of(RostersBatchCommand.REPORT, new String[] {"gaji"},
                    RostersBatchCommand.OUT, new String[] {dir.resolve("x.pdf").toString()}), ps, ps))
                    .isInstanceOfSatisfying(CommandException.class, e -> {
                        assertThat(e.getExitCode()).isEqualTo(RostersBatchCommand.FAILED);
                        assertThat(e.getLocalizedMessage()).contains("gaji");
                    });
            assertThat(cmd.requested(Map.of(RostersBatchCommand.OUT, new String[] {"x"}))).isFalse();
        }
    }
}
