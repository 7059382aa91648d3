"""Archive link checking: the core of `citekit check`.

`requests` is imported only by the modules that fetch, never at `import citekit` time.
"""
