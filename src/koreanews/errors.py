"""The two error types users can meet; both carry a one-line, human message."""


class ArticleError(ValueError):
    """An article file cannot be analysed.

    The message is one line, starts with the file name and says what is wrong,
    e.g. ``missing.txt: no such file``.  The CLI prints it and exits with 2.
    """

    def __init__(self, path, problem: str):
        self.path = str(path)
        self.problem = problem
        super().__init__(f"{self.path}: {problem}")


class ResourceError(RuntimeError):
    """An NLTK resource the analysis needs is not installed and cannot be fetched."""


class NotInProjectError(FileNotFoundError):
    """A command that works on the notebook collection was run outside the project folder."""
