package care.alliance.digest;

import java.time.Instant;

import care.alliance.patients.AppointmentKind;

/**
 * One upcoming appointment in a PWP's digest inbox, with its latest digest if one is built.
 *
 * @param version   the latest digest's version, {@code null} while none is built
 * @param read      whether this PWP has opened that version
 * @param newDataAt when the patient's newest programme event was received, {@code null} when none was
 * @param riskFlagOpen whether the patient has a risk flag nobody has reviewed yet, now (H01: never silent)
 */
public record DigestInboxRow(long appointmentId, String appointment, long patientId, String patientName,
        AppointmentKind kind, Instant start, Integer version, Instant builtAt, boolean read, Instant newDataAt,
        boolean riskFlagOpen) {

    public boolean built() {
        return version != null;
    }

    /** Unread digests come first: a built version this PWP has not opened. */
    public boolean unread() {
        return built() && !read;
    }

    /** H06: data arrived after the build. */
    public boolean stale() {
        return built() && newDataAt != null && newDataAt.isAfter(builtAt);
    }
}
