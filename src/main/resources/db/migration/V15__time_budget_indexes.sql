-- The team time budget (issue #7) reads each PWP's appointments and ledger entries over 12 weeks in one
-- statement (LoadQuery): for a service of 200 PWPs about 50,000 appointments and as many entries. With
-- the V1/V14 indexes every one of those rows cost a look-up of its full row (and, for the entry of an
-- appointment, two): covering indexes answer the statement from the indexes alone. Each replaces the
-- narrower index it starts with (same leading columns, so the foreign keys keep their index).
ALTER TABLE appointment
    ADD INDEX ix_appointment_pwp_load (pwp_id, start_at, status, kind, minutes),
    DROP INDEX ix_appointment_pwp_start;

ALTER TABLE time_entry
    ADD INDEX ix_time_entry_pwp_load (pwp_id, work_date, kind, state, minutes, appointment_id, origin_withdrawn),
    DROP INDEX ix_time_entry_pwp_date,
    ADD INDEX ix_time_entry_appointment_load (appointment_id, state, kind, minutes);
