-- The staff list's default order (newest first): a top-N index scan instead of sorting every claim.
CREATE INDEX claim_created_order_idx ON claim (created_at DESC NULLS LAST, id);
