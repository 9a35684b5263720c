// The renderer shows times in the computer's own zone; the tests read them as a UK office in
// November would (GMT, the same as UTC). Imported first by every renderer test.
process.env.TZ = 'UTC';
