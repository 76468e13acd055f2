package care.alliance.demo;

import java.util.ArrayList;
import java.util.List;

/**
 * Who works in the demo service. The named accounts are the ones a presenter signs in with; a
 * larger spec adds numbered PWPs ({@code pwp.0009}, ...), alternating between the two services.
 * Services are referred to by code; {@code null} means no service (the administrator).
 */
final class DemoStaff {

    record Member(String username, String displayName, String role, String serviceCode) {

        boolean pwp() {
            return "PWP".equals(role);
        }
    }

    record Service(String code, String name) {
    }

    static final List<Service> SERVICES = List.of(new Service("north", "North Talking Therapies"),
            new Service("south", "South Talking Therapies"));

    /** pwp.jones first: the demo's problem patients are on the first PWP's caseload. */
    private static final List<Member> NAMED_PWPS = List.of(
            new Member("pwp.jones", "Sam Jones", "PWP", "north"),
            new Member("pwp.smith", "Alex Smith", "PWP", "north"),
            new Member("pwp.brown", "Jordan Brown", "PWP", "south"),
            new Member("pwp.patel", "Priya Patel", "PWP", "north"),
            new Member("pwp.wilson", "Chris Wilson", "PWP", "south"),
            new Member("pwp.taylor", "Morgan Taylor", "PWP", "south"),
            new Member("pwp.evans", "Rhys Evans", "PWP", "north"),
            new Member("pwp.okafor", "Ada Okafor", "PWP", "south"));

    private static final List<Member> OTHERS = List.of(
            new Member("nav.ahmed", "Yusuf Ahmed", "NAVIGATOR", "north"),
            new Member("manager.lee", "Jo Lee", "MANAGER", "north"),
            new Member("admin", "Service Administrator", "ADMIN", null));

    private DemoStaff() {
    }

    /** The PWPs first, in caseload order, then the navigator, the manager and the administrator. */
    static List<Member> roster(int pwps) {
        List<Member> members = new ArrayList<>(NAMED_PWPS.subList(0, Math.min(pwps, NAMED_PWPS.size())));
        for (int n = NAMED_PWPS.size() + 1; n <= pwps; n++) {
            String code = SERVICES.get(n % 2).code();
            members.add(new Member("pwp.%04d".formatted(n), "Demo PWP %d".formatted(n), "PWP", code));
        }
        members.addAll(OTHERS);
        return members;
    }
}
