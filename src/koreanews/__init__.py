"""koreanews: who says what, and how, in a news article about the two Koreas.

The package holds every algorithm of the notebook collection, one module per
pipeline stage: ``loading`` → ``cleaning`` → ``frequency`` → ``quotations`` →
``sentiment`` → ``charts``.  Notebooks import from here and carry only narrative.
"""

from koreanews.errors import ArticleError, ResourceError
from koreanews.loading import Article, Block, load_article

__all__ = ["Article", "ArticleError", "Block", "ResourceError", "load_article"]
__version__ = "1.0.0"
