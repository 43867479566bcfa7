package org.actorgraph.resolve;

import java.util.List;
import org.actorgraph.annotate.AnnotatedArticle;
import org.actorgraph.mention.Mention;

/** Groups an article's mentions into entities, links them and mints their IRIs. */
public interface EntityResolver {

  ResolvedArticle resolve(AnnotatedArticle article, List<Mention> mentions);
}
