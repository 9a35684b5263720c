/** Shown instead of the UI when `dist/renderer/` has not been built (no inline script, so the CSP holds). */
export const MISSING_RENDERER_PAGE = `<!doctype html>
<html lang="en-GB">
<head><meta charset="utf-8"><title>Sync Doctor</title></head>
<body>
<h1>Sync Doctor</h1>
<p>The window's files have not been built yet. Run <code>npm run build</code>, then start Sync Doctor again.</p>
<p>The command line works meanwhile: <code>npx sync-doctor check</code>.</p>
</body>
</html>
`;
