package care.alliance.demo;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** One appointment of an episode: kind and status use the strings of the appointment table's CHECKs. */
record Slot(String kind, LocalDate day, int minuteOfDay, String status) {

    static final String ASSESSMENT = "ASSESSMENT";
    static final String FACE_TO_FACE = "FACE_TO_FACE";
    static final String ONLINE_REVIEW = "ONLINE_REVIEW";
    static final String ATTENDED = "ATTENDED";
    static final String DID_NOT_ATTEND = "DID_NOT_ATTEND";
    static final String CANCELLED = "CANCELLED";
    static final String BOOKED = "BOOKED";
    /** PWP sessions are about 30 minutes (clinical.md section 4); 12 of them stay within 6 hours. */
    static final int MINUTES = 30;

    LocalDateTime startUtc() {
        return DemoTime.utc(day, minuteOfDay);
    }

    boolean attended() {
        return ATTENDED.equals(status);
    }

    /** Online reviews count as sessions: the protocol's 11 are 6 face-to-face and 5 online. */
    boolean attendedTreatment() {
        return attended() && !ASSESSMENT.equals(kind);
    }

    /** Questionnaires come with the assessment and every face-to-face session, i.e. every other session. */
    boolean measured() {
        return attended() && !ONLINE_REVIEW.equals(kind);
    }
}
