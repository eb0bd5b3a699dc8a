"""Article extraction, in separate steps: numbers → figures → attributes (qualifier, category, nesting)
→ attribution (claimant, loser) → periods and regions. :func:`losstrack.extract.article.parse_article`
runs them all."""
