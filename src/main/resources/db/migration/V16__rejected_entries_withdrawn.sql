-- Issue #7: the budget reads appointments and ledger entries without joining them, which holds while an
-- entry not flagged origin_withdrawn always stands for an ATTENDED appointment (TimeBudget's javadoc).
-- AppointmentCapture now flags REJECTED entries too when their appointment stops being attended; this
-- brings entries rejected before the change into line. (PROPOSED ones were already deleted, CONFIRMED
-- and CORRECTED ones already flagged.)
UPDATE time_entry t
  JOIN appointment a ON a.id = t.appointment_id
   SET t.origin_withdrawn = TRUE, t.version = t.version + 1
 WHERE t.state = 'REJECTED' AND NOT t.origin_withdrawn AND a.status <> 'ATTENDED';
