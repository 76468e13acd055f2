-- Issue #7, after review of the join-free budget load (V16, TimeBudget's javadoc):
-- 1. The budget's entry half groups minutes AND captured_minutes per PWP, week, kind, state and link;
--    with captured_minutes in the index the statement reads the index alone (no row look-up per entry).
--    ix_time_entry_appointment_load served the join of appointments to entries, which is gone.
ALTER TABLE time_entry
    ADD INDEX ix_time_entry_pwp_budget (pwp_id, work_date, kind, state, minutes, captured_minutes, appointment_id,
                                        origin_withdrawn),
    DROP INDEX ix_time_entry_pwp_load,
    DROP INDEX ix_time_entry_appointment_load;

-- 2. V16 flagged only rejected entries; any confirmed or corrected entry of an appointment no longer
--    attended that escaped the capture's flag (a bulk status change without the event, outside the nightly
--    catch-up's window) is flagged here too. PROPOSED ones are left to the catch-up: they count their
--    captured minutes either way, so they change no budget.
UPDATE time_entry t
  JOIN appointment a ON a.id = t.appointment_id
   SET t.origin_withdrawn = TRUE, t.version = t.version + 1, t.updated_at = UTC_TIMESTAMP(6)
 WHERE t.state <> 'PROPOSED' AND NOT t.origin_withdrawn AND a.status <> 'ATTENDED';
