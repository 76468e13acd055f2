package care.alliance.programme;

import java.util.Objects;

import care.alliance.outcomes.ScoredQuestionnaire;

/**
 * What one programme event says, already validated: the records refuse values the fact tables
 * would refuse, so a bug upstream fails loudly here instead of storing something odd.
 */
public sealed interface FactContent {

    /** The event type as the API and the raw store name it. */
    String type();

    /** Daily mood rating, 1–10. */
    record Mood(int score) implements FactContent {
        public Mood {
            if (score < 1 || score > 10) {
                throw new IllegalArgumentException("mood score must be 1..10, got " + score);
            }
        }

        public String type() {
            return "MOOD";
        }
    }

    /** A PHQ-9 or GAD-7, scored by {@link care.alliance.outcomes.QuestionnaireScoring} (H03). */
    record Questionnaire(ScoredQuestionnaire scored) implements FactContent {
        public Questionnaire {
            Objects.requireNonNull(scored, "scored");
        }

        public String type() {
            return "QUESTIONNAIRE";
        }
    }

    record Login(boolean success, String reason) implements FactContent {
        public String type() {
            return "LOGIN";
        }
    }

    record ModuleProgress(String module, int percent) implements FactContent {
        public ModuleProgress {
            if (!ProgrammeModules.isWellFormed(module)) {
                throw new IllegalArgumentException("malformed module code " + module);
            }
            if (percent < 0 || percent > 100) {
                throw new IllegalArgumentException("percent must be 0..100, got " + percent);
            }
        }

        public String type() {
            return "MODULE_PROGRESS";
        }
    }

    record Notification(String notificationId, NotificationKind kind, NotificationStatus status)
            implements FactContent {
        public Notification {
            Objects.requireNonNull(notificationId, "notificationId");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(status, "status");
        }

        public String type() {
            return "NOTIFICATION";
        }
    }

    /** A behavioural-activation diary entry. */
    record Diary(String activity, DiaryStatus status) implements FactContent {
        public Diary {
            Objects.requireNonNull(activity, "activity");
            Objects.requireNonNull(status, "status");
        }

        public String type() {
            return "DIARY";
        }
    }

    /** A message from the patient to their PWP; stored verbatim, unread. */
    record Message(String text) implements FactContent {
        public Message {
            Objects.requireNonNull(text, "text");
        }

        public String type() {
            return "MESSAGE";
        }
    }
}
