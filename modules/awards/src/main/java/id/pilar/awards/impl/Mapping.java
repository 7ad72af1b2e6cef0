package id.pilar.awards.impl;

import id.pilar.awards.api.AwardType;
import id.pilar.awards.api.ConferredAward;
import id.pilar.awards.api.DocumentMedia;
import id.pilar.awards.api.Nomination;
import id.pilar.awards.api.NominationState;
import id.pilar.awards.api.RecipientKind;
import id.pilar.awards.api.RequiredDocument;
import id.pilar.awards.impl.model.AwardCeremonyEntity;
import id.pilar.awards.impl.model.AwardEntity;
import id.pilar.awards.impl.model.AwardNominationEntity;
import id.pilar.awards.impl.model.AwardTypeDocumentEntity;
import id.pilar.awards.impl.model.AwardTypeEntity;
import java.time.MonthDay;
import java.util.Arrays;
import java.util.List;
import org.hibernate.Session;

/** Entities to the api's records; entities never leave impl. */
final class Mapping {

    private Mapping() {
    }

    static List<String> route(String text) {
        return Arrays.stream(text.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    static List<AwardTypeDocumentEntity> documents(Session s, String typeId) {
        return s.createSelectionQuery("from AwardTypeDocumentEntity d where d.typeId = :t order by d.position", AwardTypeDocumentEntity.class)
                .setParameter("t", typeId).getResultList();
    }

    static AwardType type(Session s, AwardTypeEntity e) {
        List<RequiredDocument> docs = documents(s, e.getId()).stream().map(d -> new RequiredDocument(d.code, d.name,
                DocumentMedia.valueOf(d.media), NominationState.valueOf(d.requiredFrom))).toList();
        MonthDay day = e.ceremonyMonth == null || e.ceremonyDay == null ? null : MonthDay.of(e.ceremonyMonth, e.ceremonyDay);
        return new AwardType(e.getId(), e.getVersion() == null ? 0 : e.getVersion(), e.code, e.name, RecipientKind.valueOf(e.recipientKind),
                e.rules, route(e.route), e.occasion, day, e.minGapYears, e.maxGapDays, e.active == 1, e.description, docs);
    }

    static Nomination nomination(AwardNominationEntity n, AwardTypeEntity t) {
        List<String> route = route(t.route);
        int level = Math.min(n.routeLevel, route.size() - 1);
        return new Nomination(n.getId(), n.getVersion() == null ? 0 : n.getVersion(), t.code, t.name, RecipientKind.valueOf(n.recipientKind),
                n.recipientId, n.recipientNik, n.recipientName, n.asOf, NominationState.valueOf(n.state), n.routeLevel, route.get(level),
                n.routeLevel >= route.size() - 1, n.eligible == 1, n.eligibilityReason, n.justification, n.flagged == 1, n.tier,
                n.decisionNumber, n.decidedOn, n.rejectionReason, n.stateSince, n.getCreatedBy());
    }

    static ConferredAward award(AwardEntity a, AwardTypeEntity t, AwardCeremonyEntity c) {
        return new ConferredAward(a.getId(), a.serialNumber, t.code, t.name, RecipientKind.valueOf(a.recipientKind), a.recipientId,
                a.recipientNik, a.recipientName, a.tier, a.conferredOn, c.getId(), c.name, c.place, c.presenter, a.decisionNumber,
                a.signatoryName, a.signatoryTitle, a.printCount, a.nominationId);
    }
}
