package care.alliance.demo;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Synthetic display names in the product's style, an initial and a surname ("A. Patel"). Common
 * surnames make them look ordinary; the initials keep them from being anyone in particular.
 */
final class PatientNames {

    private static final String INITIALS = "ABCDEFGHIJKLMNOPRSTWY";
    private static final List<String> SURNAMES = List.of("Patel", "Smith", "Jones", "Williams", "Brown",
            "Taylor", "Davies", "Evans", "Thomas", "Johnson", "Roberts", "Walker", "Wright", "Robinson",
            "Thompson", "White", "Hughes", "Edwards", "Green", "Hall", "Wood", "Harris", "Martin", "Jackson",
            "Clarke", "Khan", "Ali", "Hussain", "Begum", "Shah", "Singh", "Kaur", "Nowak", "Kowalski", "Murphy",
            "Kelly", "O'Brien", "Campbell", "Stewart", "Morgan", "Griffiths", "Lewis", "Okafor", "Mensah",
            "Adeyemi", "Chen", "Wong", "Nguyen", "Silva", "Costa", "Ahmed", "Rahman", "Mitchell", "Cooper",
            "Ward", "Turner", "Parker", "Bennett", "Carter", "Phillips");

    private PatientNames() {
    }

    static String next(SplittableRandom random) {
        return INITIALS.charAt(random.nextInt(INITIALS.length())) + ". "
                + SURNAMES.get(random.nextInt(SURNAMES.size()));
    }
}
