package care.alliance.ingest;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import tools.jackson.databind.JsonNode;

import care.alliance.outcomes.Instrument;
import care.alliance.outcomes.InvalidQuestionnaireException;
import care.alliance.outcomes.QuestionnaireScoring;
import care.alliance.programme.DiaryStatus;
import care.alliance.programme.FactContent;
import care.alliance.programme.NotificationKind;
import care.alliance.programme.NotificationStatus;
import care.alliance.programme.ProgrammeModules;

/**
 * Validates one event of api.md field by field. Sizes follow the fact tables' columns, so nothing
 * valid here can be refused or truncated by the database. A questionnaire's total is never read:
 * {@link QuestionnaireScoring} recomputes it from the items (H03).
 */
final class EventReader {

    static final int MAX_PATIENT = 64;
    static final int MAX_REASON = 40;
    static final int MAX_NOTIFICATION_ID = 64;
    static final int MAX_ACTIVITY = 200;
    static final int MAX_TEXT = 4000;

    private final Clock clock;

    EventReader(Clock clock) {
        this.clock = clock;
    }

    ParsedEvent read(int index, JsonNode event) {
        if (event == null || !event.isObject()) {
            return new ParsedEvent.Invalid(index, null, "event must be a JSON object");
        }
        Fields fields = new Fields(event, clock);
        String id = fields.id("id");
        String patient = fields.text("patient", MAX_PATIENT);
        EventType type = fields.oneOf("type", EventType.class);
        Instant occurredAt = fields.instant("occurredAt");
        FactContent content = type == null ? null : content(type, fields);
        if (!fields.ok()) {
            return new ParsedEvent.Invalid(index, id, fields.message());
        }
        return new ParsedEvent.Valid(index, id, patient, occurredAt, CanonicalJson.sha256(event), content);
    }

    /** Reads the type's own fields; returns null (with problems recorded) when any is invalid. */
    private static FactContent content(EventType type, Fields f) {
        return switch (type) {
            case MOOD -> {
                Integer score = f.integer("score", 1, 10);
                yield score == null ? null : new FactContent.Mood(score);
            }
            case QUESTIONNAIRE -> questionnaire(f);
            case LOGIN -> {
                Boolean success = f.bool("success");
                String reason = f.optionalText("reason", MAX_REASON);
                yield f.ok() ? new FactContent.Login(success, reason) : null;
            }
            case MODULE_PROGRESS -> {
                String module = f.text("module", ProgrammeModules.MAX_CODE_LENGTH);
                if (module != null && !ProgrammeModules.isWellFormed(module)) {
                    f.problem("module must be a module code of upper-case letters, digits and underscores, e.g. "
                            + ProgrammeModules.MANDATORY.getFirst());
                }
                Integer percent = f.integer("percent", 0, 100);
                yield f.ok() ? new FactContent.ModuleProgress(module, percent) : null;
            }
            case NOTIFICATION -> {
                String notificationId = f.text("notificationId", MAX_NOTIFICATION_ID);
                NotificationKind kind = f.oneOf("kind", NotificationKind.class);
                NotificationStatus status = f.oneOf("status", NotificationStatus.class);
                yield f.ok() ? new FactContent.Notification(notificationId, kind, status) : null;
            }
            case DIARY -> {
                String activity = f.text("activity", MAX_ACTIVITY);
                DiaryStatus status = f.oneOf("status", DiaryStatus.class);
                yield f.ok() ? new FactContent.Diary(activity, status) : null;
            }
            case MESSAGE -> {
                String text = f.text("text", MAX_TEXT);
                yield text == null ? null : new FactContent.Message(text);
            }
        };
    }

    private static FactContent questionnaire(Fields f) {
        Instrument instrument = f.oneOf("instrument", Instrument.class);
        if (instrument == null) {
            return null;
        }
        List<Integer> items = f.integers("items", instrument.itemCount(), Instrument.MIN_ITEM, Instrument.MAX_ITEM);
        if (items == null) {
            return null;
        }
        try {
            return new FactContent.Questionnaire(QuestionnaireScoring.score(instrument, items));
        } catch (InvalidQuestionnaireException e) { // the checks above should make this unreachable
            f.problem("items: " + e.getMessage());
            return null;
        }
    }
}
