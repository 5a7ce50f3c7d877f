-- An article's claims counted by status (the articles list's progress bars, 50 articles a page)
-- from the index alone, instead of fetching every claim row of those articles.
CREATE INDEX "Claim_articleId_status_teamId_idx" ON "Claim"("articleId", "status", "teamId");
