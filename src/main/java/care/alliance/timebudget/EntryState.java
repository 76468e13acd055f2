package care.alliance.timebudget;

/**
 * Where an AUTO entry stands (MANUAL entries have none). PROPOSED counts in the budget until the PWP
 * decides, so a week is never under-stated while they have not got round to confirming; REJECTED never
 * counts. CORRECTED keeps the captured minutes beside the PWP's.
 */
public enum EntryState {
    PROPOSED, CONFIRMED, CORRECTED, REJECTED;

    public boolean counts() {
        return this != REJECTED;
    }
}
