package care.alliance.timebudget;

/** AUTO: captured by Alliance from what it saw, for the PWP to confirm; MANUAL: entered by the PWP. */
public enum EntrySource {
    AUTO, MANUAL
}
