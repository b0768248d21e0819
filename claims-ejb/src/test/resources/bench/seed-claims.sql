-- 100,000 claims of 20,000 customers for the staff-list benchmarks: ClaimSearchBenchmark (JMH) and
-- scripts/load-console.sh (the console under load). Statuses, airlines, flags and dates spread evenly.
INSERT INTO customer (id, email) SELECT md5('c' || i)::uuid, 'customer' || i || '@example.com'
  FROM generate_series(1, 20000) i ON CONFLICT DO NOTHING;
INSERT INTO claim (id, reference, customer_id, status, regime, itinerary_json, disruption_json,
    assessment_json, amount, currency, manual_review, deadline, first_flight_date, payout_iban_enc,
    payout_iban_masked, payout_holder, terms_version, consent_at, created_at, flight_number, airline,
    flagged)
SELECT md5('x' || i)::uuid, 'FC-2025-' || lpad(i::text, 6, '0'), md5('c' || (1 + i % 20000))::uuid,
       (ARRAY['SUBMITTED','UNDER_REVIEW','DOCUMENTS_REQUESTED','RESUBMITTED','APPROVED','REJECTED',
              'PAID','WITHDRAWN'])[1 + i % 8], 'EU261', '[]', '{}', '{}', 400, 'EUR', false,
       current_date + (i % 1000), current_date - (i % 700), 'x', 'x', 'Holder', '2026-01',
       now(), now() - make_interval(mins => i * 5),
       (ARRAY['LH','BA','AF','KL','IB','FR','U2'])[1 + i % 7] || (100 + i % 900),
       (ARRAY['LH','BA','AF','KL','IB','FR','U2'])[1 + i % 7], i % 50 = 0
  FROM generate_series(1, 100000) i ON CONFLICT DO NOTHING;
INSERT INTO claim_passenger SELECT md5('x' || i)::uuid, 0, 'First' || (i % 5000), 'Last' || i,
       'B' || lpad(i::text, 6, '0') FROM generate_series(1, 100000) i ON CONFLICT DO NOTHING;
ANALYZE;
