package org.ecites.report.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.ecites.platform.problem.ProblemException;
import org.ecites.platform.security.Caller;
import org.ecites.platform.security.Roles;
import org.ecites.platform.tenancy.PartyScope;
import org.ecites.reference.CodeLists;
import org.ecites.report.repository.TradeLines;

/**
 * Who may read which Party's report: a Management Authority its own Party's, the Secretariat every Party's.
 * Bad input is named before any access decision (a year out of range, a code that is no country). A country is
 * in the code lists released with the service, or one the registry's lists took in later: the caller's own Party
 * (onboarded against them) and, for the Secretariat, any Party that a document has given lines to report since.
 * A Management Authority is not told whether another Party has trade.
 */
@ApplicationScoped
public class ReportAccess {

    /** The earliest year of CITES trade: the Convention entered into force on 1 July 1975. */
    private static final int FIRST_YEAR = 1975;
    private static final CodeLists RELEASED = CodeLists.load();

    private final Caller caller;
    private final Clock clock;
    private final TradeLines lines;

    ReportAccess(Caller caller, Clock clock, TradeLines lines) {
        this.caller = caller;
        this.clock = clock;
        this.lines = lines;
    }

    /** @param scope the database scope the work runs under: the Party itself, or every Party for the Secretariat */
    public record Grant(String party, String scope) {
    }

    public Grant toRead(String party, int year) {
        checkYear(year);
        checkParty("party", party);
        if (caller.hasRole(Roles.SECRETARIAT)) {
            return new Grant(party, PartyScope.EVERY_PARTY);
        }
        return ownParty(party);
    }

    /** Only the Party's own Management Authority submits its report. */
    public Grant toSubmit(String party, int year) {
        checkYear(year);
        checkParty("party", party);
        return ownParty(party);
    }

    private Grant ownParty(String party) {
        if (!party.equals(caller.party())) {
            throw ProblemException.forbidden("the reports of " + party + " are that Party's and the Secretariat's");
        }
        return new Grant(party, party);
    }

    public void checkYear(int year) {
        int current = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).getYear();
        if (year < FIRST_YEAR || year > current) {
            throw ProblemException.invalidField("year", "a report year is from " + FIRST_YEAR + " to " + current);
        }
    }

    public void checkParty(String field, String party) {
        if (party == null || !party.matches("[A-Z]{2}") || !isCountry(party)) {
            throw ProblemException.invalidField(field, "must be the ISO 3166-1 alpha-2 code of a country");
        }
    }

    private boolean isCountry(String party) {
        return RELEASED.isCountry(party) || caller.partyIfAny().filter(party::equals).isPresent()
                || caller.hasRole(Roles.SECRETARIAT)
                && PartyScope.inTransaction(PartyScope.EVERY_PARTY, () -> lines.anyReportedBy(party));
    }
}
