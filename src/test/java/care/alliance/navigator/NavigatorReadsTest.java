package care.alliance.navigator;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * H01: the navigator learns that a risk flag is open and whom to tell, nothing clinical. Checked on the
 * types: nothing a navigator's service method returns can carry a flag's reason, a review or a score.
 */
class NavigatorReadsTest {

    @Test
    @DisplayName("H01_ no navigator method returns a risk flag's reason, its review or any score")
    void H01_nothingClinicalReachesTheNavigator() {
        Set<String> fields = new HashSet<>();
        for (Class<?> service : new Class<?>[] {NavigatorQueue.class, IssueActions.class, Onboarding.class,
                ReminderSchedules.class, NotificationHealth.class, DataSummaries.class}) {
            for (Method method : service.getDeclaredMethods()) {
                if (Modifier.isPublic(method.getModifiers())) {
                    collect(method.getGenericReturnType(), fields, new HashSet<>());
                }
            }
        }

        assertThat(fields).contains("riskflagopen", "pwpname", "notes", "stepsdone", "seenat", "changenote",
                "duplicates", "openproblems", "words");
        assertThat(fields).noneMatch(name -> name.contains("reason") || name.contains("review")
                || name.contains("score") || name.contains("phq") || name.contains("gad") || name.contains("item"));
    }

    private static void collect(Type type, Set<String> fields, Set<Type> seen) {
        if (!seen.add(type)) {
            return;
        }
        if (type instanceof ParameterizedType generic) {
            for (Type argument : generic.getActualTypeArguments()) {
                collect(argument, fields, seen);
            }
        } else if (type instanceof Class<?> cls && cls.isRecord()) {
            for (RecordComponent component : cls.getRecordComponents()) {
                fields.add(component.getName().toLowerCase(Locale.ROOT));
                collect(component.getGenericType(), fields, seen);
            }
        }
    }
}
