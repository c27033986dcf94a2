-- A member appointed by a process (a vacancy filled, A 5.7) has had no appraisal yet; uploads still
-- require the column, but a stored appointment may lack a rating.
ALTER TABLE board_member ALTER COLUMN appraisal_rating DROP NOT NULL;
