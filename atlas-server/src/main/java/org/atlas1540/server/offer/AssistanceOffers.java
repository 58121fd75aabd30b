package org.atlas1540.server.offer;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.atlas1540.server.assistance.AssistanceArea;
import org.atlas1540.server.assistance.FormValues;
import org.atlas1540.server.audit.AuditLog;
import org.atlas1540.server.web.Clocks;
import org.atlas1540.server.web.ConcurrentEditException;
import org.atlas1540.server.web.FieldProblems;
import org.atlas1540.server.web.InvalidInputException;
import org.atlas1540.server.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The module's API: create and edit offers, and read them (all public). */
@Service
@Transactional
public class AssistanceOffers {
    /** How the audit log names offers. */
    public static final String RECORD_TYPE = "assistance-offer";

    private final OfferRepository offers;
    private final OfferFormReader reader;
    private final AuditLog audit;
    private final Clock clock;

    AssistanceOffers(OfferRepository offers, OfferFormReader reader, AuditLog audit, Clock clock) {
        this.offers = offers;
        this.reader = reader;
        this.audit = audit;
        this.clock = clock;
    }

    /** @throws InvalidInputException naming each problem; nothing is stored */
    public AssistanceOfferId create(OfferForm form, String actor) {
        NewOffer offer = read(form, null);
        AssistanceOfferId id = offers.insert(offer, now());
        audit.record(RECORD_TYPE, id.toString(), "create", null, get(id));
        return id;
    }

    /** @throws ConcurrentEditException when someone else saved it since {@code form.version()} */
    public AssistanceOffer update(AssistanceOfferId id, OfferForm form, String actor) {
        AssistanceOffer before = get(id);
        var problems = new FieldProblems();
        Integer version = problems.parse("version", form.version(), FormValues::version);
        NewOffer offer = reader.read(form, LocalDate.now(clock), problems);
        problems.throwIfAny();
        refuseDuplicate(offer, id);
        if (!offers.update(id, version, offer, now())) {
            throw new ConcurrentEditException("This offer was changed by someone else after you opened it. "
                    + "Its current values are shown; make your change again if it is still needed.");
        }
        AssistanceOffer after = get(id);
        audit.record(RECORD_TYPE, id.toString(), "update", before, after);
        return after;
    }

    @Transactional(readOnly = true)
    public Optional<AssistanceOffer> find(AssistanceOfferId id) {
        return offers.find(id);
    }

    /** @param provider null for all; @param area null for all */
    @Transactional(readOnly = true)
    public List<AssistanceOffer> list(Provider provider, AssistanceArea area, long offset, int limit) {
        return offers.list(provider, area, offset, limit);
    }

    @Transactional(readOnly = true)
    public long count(Provider provider, AssistanceArea area) {
        return offers.count(provider, area);
    }

    @Transactional(readOnly = true)
    public List<AssistanceOffer> all() {
        return offers.list(null, null, 0, Integer.MAX_VALUE);
    }

    /** The offers a State makes, for the State's page. */
    @Transactional(readOnly = true)
    public List<AssistanceOffer> ofState(String code) {
        return offers.list(new Provider(Provider.Kind.STATE, code), null, 0, Integer.MAX_VALUE);
    }

    /** The offers an organisation makes, for the organisation's page. */
    @Transactional(readOnly = true)
    public List<AssistanceOffer> ofOrganisation(String id) {
        return offers.list(new Provider(Provider.Kind.ORGANISATION, id), null, 0, Integer.MAX_VALUE);
    }

    @Transactional(readOnly = true)
    public Map<Integer, Long> offeredByYear() {
        return offers.offeredByYear();
    }

    private NewOffer read(OfferForm form, AssistanceOfferId except) {
        var problems = new FieldProblems();
        NewOffer offer = reader.read(form, LocalDate.now(clock), problems);
        problems.throwIfAny();
        refuseDuplicate(offer, except);
        return offer;
    }

    private void refuseDuplicate(NewOffer offer, AssistanceOfferId except) {
        if (offers.programmeExists(offer.provider(), offer.programme(), except)) {
            throw InvalidInputException.of("programme", offer.provider().name()
                    + " already offers a programme with this name.");
        }
    }

    private AssistanceOffer get(AssistanceOfferId id) {
        return offers.find(id).orElseThrow(() -> new NotFoundException("assistance offer", id.toString()));
    }

    private OffsetDateTime now() {
        return Clocks.storedNow(clock);
    }
}
