package care.alliance.digest.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import care.alliance.digest.DigestContent;
import care.alliance.digest.DigestContent.IssueLine;
import care.alliance.digest.DigestContent.ModuleLine;
import care.alliance.digest.DigestContent.RiskFlagLine;
import care.alliance.outcomes.LiveStatus;
import care.alliance.shared.ui.DisplayText;

/**
 * The suggested agenda (clinical.md §6): exactly three bullets. Rules are tried in clinical priority,
 * risk first (H01), then worsening, then what blocks the programme; fallbacks fill what is left, so a
 * quiet fortnight still gets a useful agenda. Each rule adds at most one bullet.
 */
final class AgendaRules {

    static final int BULLETS = 3;

    private AgendaRules() {
    }

    /** {@code content} is the digest so far; its agenda is ignored. */
    static List<String> agenda(DigestContent content) {
        List<String> bullets = new ArrayList<>();
        content.riskFlags().stream().filter(RiskFlagLine::open).findFirst()
                .ifPresent(flag -> bullets.add("Review risk first: " + flag.reason()));
        if (content.questionnaires().status() == LiveStatus.RELIABLY_DETERIORATED) {
            bullets.add("Discuss the deterioration: " + content.questionnaires().verdict());
        } else if (content.mood().trend() != null && content.mood().trend() < 0) {
            bullets.add("Explore the falling mood (mean " + content.mood().mean() + ", lowest "
                    + content.mood().lowest() + ")");
        }
        content.modules().stream().filter(ModuleLine::stuck).findFirst().ifPresent(module -> bullets.add(
                "Problem-solve the stuck module: " + DisplayText.code(module.module()) + " at " + module.percent() + " %"));
        content.openIssues().stream().filter(AgendaRules::open).findFirst()
                .ifPresent(issue -> bullets.add("Check the technical issue: " + issue.category()));
        if (content.unreadMessages() > 0) {
            bullets.add("Go through " + content.unreadMessages() + " unread message"
                    + (content.unreadMessages() == 1 ? "" : "s"));
        }
        currentModule(content.modules()).ifPresent(module -> bullets.add("Review progress on " + DisplayText.code(module)));
        bullets.add("Review the activity diary: " + content.diary().completed() + " of "
                + content.diary().planned() + " planned done");
        bullets.add("Look at the mood ratings together: " + content.mood().daysRated() + " of "
                + content.mood().days() + " days rated");
        bullets.add("Agree the next online review");
        return List.copyOf(bullets.subList(0, BULLETS));
    }

    /** The furthest module not yet completed: the one the patient is working on. */
    private static java.util.Optional<String> currentModule(List<ModuleLine> modules) {
        return modules.stream().filter(module -> module.percent() < 100)
                .max(Comparator.comparingInt(ModuleLine::percent)).map(ModuleLine::module);
    }

    /** Issues resolved in the period are listed for information; only unresolved ones need time. */
    private static boolean open(IssueLine issue) {
        return !"RESOLVED".equals(issue.status());
    }
}
