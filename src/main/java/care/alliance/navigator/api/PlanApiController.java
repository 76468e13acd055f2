package care.alliance.navigator.api;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import care.alliance.navigator.PlanFeed;
import care.alliance.navigator.ReminderSchedule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

/**
 * The patient's reminder plan for the programme. The version is the ETag, so a programme polling with
 * {@code If-None-Match} gets 304 until a navigator saves a new version.
 */
@RestController
class PlanApiController {

    record PlanJson(String patient, int version, Instant changedAt, String timeZone, Reminders reminders) {
    }

    record Reminders(boolean paused, LocalDate pausedUntil, List<String> days, QuietHoursJson quietHours,
            List<TimeJson> times) {
    }

    record QuietHoursJson(String start, String end) {
    }

    record TimeJson(String kind, String time) {
    }

    private final PlanFeed feed;

    PlanApiController(PlanFeed feed) {
        this.feed = feed;
    }

    @GetMapping("/api/v1/patients/{programmeId}/plan")
    @Operation(summary = "The patient's agreed reminder schedule (scope plans:read or outcomes:read)",
            description = "Version 0 with no times when none is agreed yet. Times are local (HH:mm) in timeZone; "
                    + "days are MON..SUN; quietHours may wrap midnight or be null; while paused, reminders resume on "
                    + "pausedUntil (null = until changed). ETag is the version: send If-None-Match to get 304 "
                    + "while it is unchanged. 404 for an unknown patient.")
    @ApiResponse(responseCode = "200", description = "The plan", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "304", description = "Unchanged since the version in If-None-Match")
    ResponseEntity<PlanJson> plan(@PathVariable String programmeId,
            @Parameter(description = "An ETag from an earlier answer")
            @RequestHeader(name = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch) {
        PlanFeed.PatientPlan plan = feed.plan(programmeId);
        String etag = "\"plan-v" + plan.schedule().version() + "\"";
        if (matches(ifNoneMatch, etag)) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(etag).build();
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).eTag(etag).body(json(plan));
    }

    static PlanJson json(PlanFeed.PatientPlan plan) {
        ReminderSchedule s = plan.schedule();
        return new PlanJson(plan.programmeId(), s.version(), s.changedAt(), s.zone().getId(), new Reminders(s.paused(),
                s.pausedUntil(), Arrays.stream(DayOfWeek.values()).filter(s.days()::contains)
                        .map(day -> day.name().substring(0, 3)).toList(),
                s.quietHours() == null ? null : new QuietHoursJson(s.quietHours().start().toString(),
                        s.quietHours().end().toString()),
                s.reminders().stream().map(r -> new TimeJson(r.kind().name(), r.time().toString())).toList()));
    }

    private static boolean matches(String ifNoneMatch, String etag) {
        return ifNoneMatch != null && Arrays.stream(ifNoneMatch.split(",")).map(String::strip)
                .anyMatch(tag -> tag.equals("*") || tag.equals(etag) || tag.equals("W/" + etag));
    }
}
