-- Survey questions may be dates ("Milloin yhdistys on perustettu?"). SQLite cannot change a
-- CHECK constraint in place, so survey_questions is rebuilt. Dropping it while
-- survey_answers refers to it would cascade (foreign keys are on during migrations), so the
-- answers are rebuilt first against the new table, then both old tables go and the new
-- ones take their names (a rename rewrites the references that name the new table).
CREATE TABLE survey_questions_v5 (
    id        INTEGER PRIMARY KEY,
    survey_id INTEGER NOT NULL REFERENCES surveys (id) ON DELETE CASCADE,
    position  INTEGER NOT NULL,
    code      TEXT NOT NULL,
    text      TEXT NOT NULL,
    type      TEXT NOT NULL
              CHECK (type IN ('single_choice', 'multiple_choice', 'number', 'scale', 'text',
                              'date')),
    options   TEXT,                  -- JSON array of option labels
    UNIQUE (survey_id, code)
);
INSERT INTO survey_questions_v5 (id, survey_id, position, code, text, type, options)
    SELECT id, survey_id, position, code, text, type, options FROM survey_questions;

CREATE TABLE survey_answers_v5 (
    response_id INTEGER NOT NULL REFERENCES survey_responses (id) ON DELETE CASCADE,
    question_id INTEGER NOT NULL REFERENCES survey_questions_v5 (id) ON DELETE CASCADE,
    value       TEXT,                -- several choices joined by "\n"; a date as 2025-03-31
    number      REAL,
    PRIMARY KEY (response_id, question_id)
) WITHOUT ROWID;
INSERT INTO survey_answers_v5 (response_id, question_id, value, number)
    SELECT response_id, question_id, value, number FROM survey_answers;

DROP TABLE survey_answers;
DROP TABLE survey_questions;
ALTER TABLE survey_questions_v5 RENAME TO survey_questions;
ALTER TABLE survey_answers_v5 RENAME TO survey_answers;
CREATE INDEX survey_answers_question ON survey_answers (question_id);
