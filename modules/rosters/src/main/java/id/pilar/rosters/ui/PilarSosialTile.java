package id.pilar.rosters.ui;

import id.pilar.rosters.api.RosterReports;
import id.pilar.rosters.api.RostersOverview;
import id.pilar.ui.api.Formats;
import id.pilar.ui.spi.HomeTile;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.openide.util.NbBundle.Messages;
import org.openide.util.lookup.ServiceProvider;

/** Start-page tile: active members, organisations, expiring certificates, under-staffed shifts this week. */
@ServiceProvider(service = HomeTile.class, position = 300)
@Messages({
    "TILE_Title=Pilar sosial",
    "# {0} - members", "TILE_Members={0} anggota aktif",
    "# {0} - organisations", "TILE_Organisations={0} organisasi",
    "# {0} - certificates", "TILE_Expiring={0} sertifikat berakhir dalam 30 hari",
    "# {0} - certificates", "TILE_Expired={0} sertifikat sudah kedaluwarsa",
    "# {0} - shifts", "TILE_UnderStaffed={0} shift minggu ini kurang petugas",
    "TILE_AllStaffed=Semua shift minggu ini cukup petugas"
})
public final class PilarSosialTile implements HomeTile {

    @Override
    public String title() {
        return Bundle.TILE_Title();
    }

    @Override
    public Content load() {
        LocalDate today = LocalDate.now(Formats.JAKARTA);
        RostersOverview o = RosterReports.get().overview(today);
        long members = o.activeMembers();
        long organisations = o.organisations();
        long expired = o.certificatesExpired(); // lapsed within the last year: still calls for action
        long expiring = o.certificatesExpiring();
        long under = o.underStaffedShifts();
        List<String> lines = new ArrayList<>();
        lines.add(Bundle.TILE_Organisations(Formats.number(organisations)));
        lines.add(Bundle.TILE_Expiring(Formats.number(expiring)));
        if (expired > 0) {
            lines.add(Bundle.TILE_Expired(Formats.number(expired)));
        }
        lines.add(under == 0 ? Bundle.TILE_AllStaffed() : Bundle.TILE_UnderStaffed(Formats.number(under)));
        return new Content(Bundle.TILE_Members(Formats.number(members)), lines, expiring > 0 || under > 0);
    }

    @Override
    public boolean canOpen() {
        return true;
    }

    @Override
    public void open() {
        RosterTopComponent.openWindow();
    }
}
