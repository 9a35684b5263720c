// TEMPORARY until the lead's runCheck lands on main: processes only.
export { processOnlyCheck as benchRunCheck } from '../../test/monitor/process-only-check.js';
