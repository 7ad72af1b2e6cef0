package id.pilar.registry.ui;

import id.pilar.core.api.reference.Kelurahan;
import id.pilar.core.api.reference.ReferenceData;

/** An address as one line: street, RT/RW, kelurahan and kecamatan. */
final class Addresses {

    private Addresses() {
    }

    static String format(String street, String rt, String rw, String kodeKelurahan) {
        StringBuilder b = new StringBuilder(street == null ? "" : street);
        if (rt != null || rw != null) {
            b.append(b.length() > 0 ? ", " : "").append("RT ").append(rt == null ? "-" : rt).append("/RW ").append(rw == null ? "-" : rw);
        }
        if (kodeKelurahan != null) {
            String kel = ReferenceData.get().kelurahan(kodeKelurahan).map(Kelurahan::toString).orElse(kodeKelurahan);
            b.append(b.length() > 0 ? ", " : "").append(kel);
        }
        return b.toString();
    }
}
