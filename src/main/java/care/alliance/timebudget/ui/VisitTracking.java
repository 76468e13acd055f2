package care.alliance.timebudget.ui;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import com.vaadin.flow.component.ComponentUtil;

import care.alliance.security.CurrentUser;
import care.alliance.security.Role;
import care.alliance.timebudget.ActiveTime;
import care.alliance.timebudget.TimeCapture;
import care.alliance.timebudget.VisitSurface;

/**
 * Measures a PWP's visit to a page about one patient (issue #7): the server notes the moment of each
 * input, pointer, wheel, touch or focus event on the page, at most one per {@link #THROTTLE_MS} (the
 * browser throttles, so an active reader costs a request every few seconds, and 60-second idle windows
 * stay accurate), and reports the visit through {@link TimeCapture#recordVisit} when the page is left or
 * shows another patient. Server-side listeners only: no JavaScript of ours, nothing in browser storage
 * (H12). Managers' visits are not measured (the ledger is the PWP's). A page can also be detached with
 * nobody signed in on the thread (the session expired, or the closed tab's UI is cleaned up later): the
 * visit is then recorded as the PWP who made it, whose sign-in was kept with the visit for that alone.
 */
@Component
public class VisitTracking {

    static final int THROTTLE_MS = 5_000;
    private static final List<String> ACTIVITY = List.of("keydown", "pointerdown", "wheel", "touchmove", "focusin",
            "input");
    private static final Logger LOG = LoggerFactory.getLogger(VisitTracking.class);

    /** The visit in progress on a page, kept in the page component's data. */
    private static final class Visit {
        final long patientId;
        final VisitSurface surface;
        final UUID id = UUID.randomUUID();
        final Instant start;
        final Authentication who;
        final List<Instant> activity = new ArrayList<>();

        Visit(long patientId, VisitSurface surface, Instant start, Authentication who) {
            this.patientId = patientId;
            this.surface = surface;
            this.start = start;
            this.who = who;
        }
    }

    /** Marks a page whose listeners are registered, so showing another patient does not add them twice. */
    private record Listening() {
    }

    private final TimeCapture capture;
    private final CurrentUser currentUser;
    private final Clock clock;

    VisitTracking(TimeCapture capture, CurrentUser currentUser, Clock clock) {
        this.capture = capture;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Starts measuring a visit of the patient on the page, reporting the page's previous visit first. */
    public void track(com.vaadin.flow.component.Component page, long patientId, VisitSurface surface) {
        if (currentUser.find().filter(user -> user.role() == Role.PWP).isEmpty()) {
            return;
        }
        end(page);
        if (ComponentUtil.getData(page, Listening.class) == null) {
            ComponentUtil.setData(page, Listening.class, new Listening());
            for (String event : ACTIVITY) {
                page.getElement().addEventListener(event, e -> activity(page)).throttle(THROTTLE_MS);
            }
            page.addDetachListener(e -> end(page));
        }
        ComponentUtil.setData(page, Visit.class, new Visit(patientId, surface, clock.instant(),
                SecurityContextHolder.getContext().getAuthentication()));
    }

    private void activity(com.vaadin.flow.component.Component page) {
        Visit visit = ComponentUtil.getData(page, Visit.class);
        if (visit != null && visit.activity.size() < ActiveTime.MAX_ACTIVITY) {
            visit.activity.add(clock.instant());
        }
    }

    private void end(com.vaadin.flow.component.Component page) {
        Visit visit = ComponentUtil.getData(page, Visit.class);
        if (visit == null) {
            return;
        }
        ComponentUtil.setData(page, Visit.class, null);
        Instant end = clock.instant();
        // a page left open overnight: only its last 12 hours can be a visit
        Instant start = visit.start.isBefore(end.minus(ActiveTime.LONGEST_VISIT)) ? end.minus(ActiveTime.LONGEST_VISIT)
                : visit.start;
        List<Instant> activity = visit.activity.stream().filter(moment -> !moment.isBefore(start)
                && !moment.isAfter(end)).toList();
        boolean borrowed = SecurityContextHolder.getContext().getAuthentication() == null && visit.who != null;
        if (borrowed) { // the visit's own PWP, for this call only; the service still checks their access
            SecurityContext context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(visit.who);
            SecurityContextHolder.setContext(context);
        }
        try {
            capture.recordVisit(visit.patientId, visit.surface, visit.id, start, end, activity);
        } catch (RuntimeException e) {
            // a lost measurement must never break leaving the page; the PWP can still add the time by hand
            LOG.warn("Visit {} not recorded: {}", visit.id, e.toString());
        } finally {
            if (borrowed) {
                SecurityContextHolder.clearContext();
            }
        }
    }
}
