package org.faultline.corpus;

import org.faultline.model.Article;
import org.faultline.model.Document;

/**
 * One generated article, the incident it reports, and the report-level extraction a perfect coder would give
 * (with the imprecision real reports carry: some give only the month, some no place, some no target).
 */
public record GeneratedArticle(Article article, String incidentId, Document expected) {
}
